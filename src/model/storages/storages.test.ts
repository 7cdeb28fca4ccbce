/**
 * Invariants of the storage registry: every place a descriptor writes is one the CRD keeps, every
 * field table reads back what it writes, and what the wizard writes from any valid values passes
 * the checker.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkManifest } from '../operator/checker/index.ts';
import { generateYaml } from '../operator/write/generate.ts';
import { shapeOf } from '../operator/manifest/introspect.ts';
import {
  MilvusClusterSchema,
  MilvusV1alpha1Schema,
  MilvusV1beta1Schema,
} from '../operator/manifest/schema.ts';
import { API_VERSIONS, DEPLOYMENT_MODES, MSG_STREAM_TYPES } from '../facts/operatorEnums.ts';
import { MQ_LABELS } from '../facts/support.ts';
import { storageArbitrary } from '../testing/schemaArbitrary.ts';
import { validValuesArbitrary } from '../testing/valuesArbitrary.ts';
import { fieldMetaOf } from '../wizard/fieldMeta.ts';
import { STORAGE_CATALOG } from './catalog.ts';
import { manifestPathOf, type StorageContext } from './descriptor.ts';
import { readFields, setAt, writeFields } from './fieldTable.ts';
import { STORAGES } from './index.ts';
import type * as z from 'zod';

const CONTEXTS: StorageContext[] = API_VERSIONS.flatMap((apiVersion) =>
  DEPLOYMENT_MODES.map((mode) => ({ apiVersion, mode })),
);

function manifestSchemaFor(ctx: StorageContext): z.core.$ZodType {
  if (ctx.apiVersion === 'v1beta1') return MilvusV1beta1Schema;
  return ctx.mode === 'cluster' ? MilvusClusterSchema : MilvusV1alpha1Schema;
}

/** Whether the CRD declares the path, or the path enters a part that keeps any key. */
function keptByCrd(schema: z.core.$ZodType, path: readonly (string | number)[]): boolean {
  let current = schema;
  for (const part of path) {
    const shape = shapeOf(current);
    if (shape.kind === 'any') return true;
    if (shape.kind === 'record') current = shape.value;
    else if (shape.kind === 'array' && typeof part === 'number') current = shape.element;
    else if (shape.kind === 'object') {
      const next = typeof part === 'string' && Object.hasOwn(shape.keys, part) ? shape.keys[part] : undefined;
      if (next === undefined) return shape.freeForm;
      current = next;
    } else return false;
  }
  return true;
}

describe('the storage registry', () => {
  it("registers every msgStreamType the wizard offers, in its order, with the catalog's names", () => {
    expect(STORAGES.map((s) => s.id)).toEqual([...MSG_STREAM_TYPES]);
    for (const s of STORAGES) {
      expect(s.label).toBe(STORAGE_CATALOG[s.id].label);
      expect(MQ_LABELS[s.id]).toBe(s.label);
    }
  });

  it('every field entry names a field of the values schema', () => {
    for (const s of STORAGES) {
      for (const f of s.fields)
        expect(fieldMetaOf([s.id, ...f.value].join('.')), `${s.id}.${f.value.join('.')}`).toBeDefined();
    }
  });

  it('every manifest path of every descriptor is declared by the manifest schema or sits in a free-form part', () => {
    for (const ctx of CONTEXTS) {
      const root = manifestSchemaFor(ctx);
      for (const s of STORAGES) {
        for (const f of s.fields) {
          const path = manifestPathOf(f, ctx);
          expect(
            keptByCrd(root, path),
            `${s.id}.${f.value.join('.')} -> ${path.join('.')} (${ctx.apiVersion} ${ctx.mode})`,
          ).toBe(true);
        }
      }
    }
  });

  for (const storage of STORAGES) {
    it(`${storage.id}: its field table reads back what it writes (every codec round-trips)`, () => {
      const defaults = storage.schema.parse({}) as Record<string, unknown>;
      fc.assert(
        fc.property(storageArbitrary(storage), fc.constantFrom(...CONTEXTS), (own, ctx) => {
          const manifest: Record<string, unknown> = {};
          for (const entry of writeFields(storage, own, ctx)) {
            if (entry.value !== undefined)
              setAt(manifest, entry.path.map(String), structuredClone(entry.value));
          }
          const notes: string[] = [];
          const back = structuredClone(defaults);
          readFields(storage, manifest, back, ctx, notes);
          expect(notes).toEqual([]);
          expect(back).toEqual(own);
        }),
        { numRuns: 200 },
      );
    });
  }
});

describe('what the wizard writes from random valid values', () => {
  it('passes the checker with no error', () => {
    fc.assert(
      fc.property(validValuesArbitrary(), (v) => {
        // A v1alpha1 Milvus exists only where the operator runs its webhook (the wizard writes it only then).
        const webhook = v.apiVersion === 'v1alpha1' && v.mode === 'standalone';
        const errors = checkManifest(generateYaml(v), { webhook }).diagnostics.filter(
          (d) => d.severity === 'error',
        );
        expect(errors).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
