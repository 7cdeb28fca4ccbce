// A relocation's fix moves a setting to its target: a target the CRD does not declare would only
// move the key to another place where the API server drops it.
import { describe, expect, it } from 'vitest';
import type { YamlPath } from '../../findings/diagnostics.ts';
import { shapeOf, schemaAt } from './introspect.ts';
import { RELOCATIONS, type MisplacedKey } from './relocations.ts';
import { MilvusV1beta1Schema } from './schema.ts';

/** Declared by the schema, or inside a part of it that keeps every key. */
function lands(path: YamlPath): boolean {
  for (let depth = path.length; depth >= 0; depth--) {
    const schema = schemaAt(MilvusV1beta1Schema, path.slice(0, depth));
    if (schema === undefined) continue;
    if (depth === path.length) return true;
    const shape = shapeOf(schema);
    return shape.kind === 'any' || shape.kind === 'record' || (shape.kind === 'object' && shape.freeForm);
  }
  return false;
}

const resource = { apiVersion: 'milvus.io/v1beta1', kind: 'Milvus' };

describe('relocations', () => {
  const cases = RELOCATIONS.flatMap((rule) =>
    rule.under.flatMap((under) =>
      (rule.keys === 'any' ? ['someChartValue'] : rule.keys).flatMap((key) => {
        const at: MisplacedKey = {
          parent: under === '' ? [] : under.split('.'),
          key,
          resource,
          value: () => undefined,
        };
        // A rule for another kind of resource (spec.mode of a v1alpha1 Milvus) is not one of these.
        return rule.when && !rule.when(at) ? [] : [{ where: `${under}.${key}`, to: rule.relocate(at).to }];
      }),
    ),
  );

  it('every target is a field the CRD declares, or sits in a free-form part of it', () => {
    expect(cases.length).toBeGreaterThan(30);
    expect(cases.filter(({ to }) => to !== null && !lands(to)).map((c) => c.where)).toEqual([]);
  });

  it('no key is relocated from a place where the CRD declares it', () => {
    const declared = (where: string) =>
      schemaAt(
        MilvusV1beta1Schema,
        where.split('.').filter((p) => p !== ''),
      ) !== undefined;
    expect(cases.filter(({ where }) => declared(where)).map((c) => c.where)).toEqual([]);
  });
});
