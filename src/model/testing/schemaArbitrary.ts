/**
 * fast-check arbitraries read off the values schema and the storages' field tables, so the test
 * data covers every field a descriptor declares (a new field is in the tests without a line here).
 */
import { isEnvReference } from '../facts/secretsFromEnv.ts';
import fc from 'fast-check';
import type * as z from 'zod';
import type { FieldMeta } from '../storages/fieldSchemas.ts';
import { QUANTITY } from '../storages/fieldSchemas.ts';
import { getAt, setAt } from '../storages/fieldTable.ts';
import type { StorageDescriptor } from '../storages/index.ts';
import * as zod from 'zod';

type Schema = z.core.$ZodType;

/** The parts of zod's definitions this walk reads. */
interface Def {
  type: string;
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  entries?: Record<string, string>;
  checks?: { _zod: { def: { check: string; value?: number } } }[];
}

const defOf = (schema: Schema): Def => schema._zod.def as unknown as Def;
const metaOf = (schema: Schema): Partial<FieldMeta> =>
  (zod.globalRegistry.get(schema) ?? {}) as Partial<FieldMeta>;

export const hostPortArbitrary = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9.-]{0,15}[a-z0-9]$/), fc.integer({ min: 1, max: 65535 }))
  .map(([h, p]) => `${h}:${p}`);

/** Text as users type it into these fields: names, paths inside the pod, user names. */
const plainText = fc.oneof(
  fc.constant(''),
  fc.stringMatching(/^\/?[a-z][a-z0-9._-]{0,10}(\/[a-z0-9._-]{1,8})?$/),
);

const quantityText = fc.oneof(
  fc.constant(''),
  fc.stringMatching(QUANTITY).filter((q) => q.length < 20),
);

const helmValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: 0, max: 1000 }),
  fc.boolean(),
  fc.stringMatching(/^[A-Za-z0-9 _.-]{0,12}$/),
  fc.dictionary(fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,8}$/), fc.integer({ min: 0, max: 9 }), {
    maxKeys: 3,
  }),
);

function integerBetween(def: Def): fc.Arbitrary<number> {
  let min = Number.MIN_SAFE_INTEGER;
  let max = Number.MAX_SAFE_INTEGER;
  for (const c of def.checks ?? []) {
    if (c._zod.def.check === 'greater_than' && c._zod.def.value !== undefined) min = c._zod.def.value;
    if (c._zod.def.check === 'less_than' && c._zod.def.value !== undefined) max = c._zod.def.value;
  }
  // fc.integer stays within 32 bits; the bounds themselves are the large values worth trying.
  const small = fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31 - 1) });
  return fc.oneof({ arbitrary: small, weight: 4 }, { arbitrary: fc.constantFrom(min, max), weight: 1 });
}

/** Any value the schema accepts, made the way the form makes it. */
export function arbitraryOf(schema: Schema, meta: Partial<FieldMeta> = {}): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const own = { ...metaOf(schema), ...meta };
  switch (def.type) {
    case 'default':
    case 'prefault':
      return arbitraryOf(def.innerType as Schema, own);
    case 'optional':
      return fc.option(arbitraryOf(def.innerType as Schema, own), { nil: undefined });
    case 'pipe':
      // z.preprocess(fn, schema) is pipe(transform, schema).
      return arbitraryOf((defOf(def.in as Schema).type === 'transform' ? def.out : def.in) as Schema, own);
    case 'boolean':
      return fc.boolean();
    case 'number':
      return integerBetween(def);
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'string':
      if (own.format === 'host:port') return hostPortArbitrary;
      if (own.format === 'quantity') return quantityText;
      return plainText;
    case 'array':
      return fc.array(arbitraryOf(def.element as Schema), { maxLength: 3 });
    case 'record':
      return fc.dictionary(fc.stringMatching(/^[a-z][a-zA-Z]{0,10}$/), helmValue, { maxKeys: 3 });
    case 'object':
      return fc.record(
        Object.fromEntries(Object.entries(def.shape ?? {}).map(([key, field]) => [key, arbitraryOf(field)])),
      );
    default:
      throw new Error(`No arbitrary for zod type ${def.type}`);
  }
}

/**
 * A storage's block with random settings, as the form would hold them after the user chose a
 * side (`preset`, e.g. `{ external: true }`): what is not in effect there (`when`) keeps the schema's default, as it would after an import.
 */
export function storageArbitrary(
  storage: StorageDescriptor,
  preset: Record<string, unknown> = {},
): fc.Arbitrary<Record<string, unknown>> {
  const defaults = storage.schema.parse({}) as Record<string, unknown>;
  return arbitraryOf(storage.schema).map((raw) => {
    const own = storage.schema.parse({ ...(raw as object), ...preset }) as Record<string, unknown>;
    for (const f of storage.fields) {
      // A secret taken from the environment (Pulsar's authParams) is never typed in the form: the
      // file holds the variable's reference (facts/secretsFromEnv.ts).
      const fromEnv = f.secret === true && isEnvReference(f.codec.write('typed'));
      if (fromEnv || (f.when && !f.when(own))) setAt(own, f.value, structuredClone(getAt(defaults, f.value)));
    }
    return own;
  });
}
