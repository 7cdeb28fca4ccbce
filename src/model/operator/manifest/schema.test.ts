import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { manifestJsonSchema } from './jsonSchema.ts';
import { descriptionOf, enumValues, knownKeys, schemaAt, shapeOf } from './introspect.ts';
import { ComponentsSchema, DependenciesSchema, MILVUS_RESOURCES, MilvusV1beta1Schema } from './schema.ts';

type Json = { [key: string]: unknown };

/** Every field of an object level, recursively, with its path (free-form levels included). */
function fields(schema: z.core.$ZodType, path: string[] = []): { path: string; schema: z.core.$ZodType }[] {
  const shape = shapeOf(schema);
  const out: { path: string; schema: z.core.$ZodType }[] = [];
  if (shape.kind === 'object') {
    for (const [key, field] of Object.entries(shape.keys)) {
      out.push({ path: [...path, key].join('.'), schema: field }, ...fields(field, [...path, key]));
    }
  } else if (shape.kind === 'array') out.push(...fields(shape.element, [...path, '[]']));
  return out;
}

describe('the manifest schema', () => {
  it('declares the spec keys of each resource as the CRDs do', () => {
    const specKeys = (i: number) => knownKeys(MILVUS_RESOURCES[i]!.schema.shape.spec).sort();
    expect(specKeys(0)).toEqual(['components', 'config', 'dependencies', 'hookConfig', 'mode']);
    expect(specKeys(2)).toEqual(['components', 'config', 'dependencies']);
    expect(specKeys(1)).toHaveLength(33);
    expect(specKeys(1)).toEqual(
      expect.arrayContaining(['image', 'version', 'persistence', 'replicas', 'dependencies', 'config']),
    );
    expect(specKeys(1)).not.toContain('components');
  });

  it('declares the message-storage blocks with their exact field names', () => {
    const keys = (path: string[]) => knownKeys(schemaAt(DependenciesSchema, path)!).sort();
    expect(keys(['pulsar'])).toEqual(['endpoint', 'external', 'inCluster']);
    expect(keys(['kafka'])).toEqual(['brokerList', 'external', 'inCluster', 'secretRef']);
    expect(keys(['woodpecker'])).toEqual(['external', 'persistence', 'quorumBufferPools']);
    expect(keys(['rocksmq'])).toEqual(['persistence']);
    expect(keys(['natsmq'])).toEqual(['persistence']);
    expect(keys(['pulsar', 'inCluster'])).toEqual([
      'chartVersion',
      'deletionPolicy',
      'pvcDeletion',
      'values',
    ]);
  });

  it('prunes where the CRD prunes, and keeps keys where it is free-form', () => {
    const freeForm = (path: string[]) => {
      const shape = shapeOf(schemaAt(MilvusV1beta1Schema, path)!);
      return shape.kind === 'object' && shape.freeForm;
    };
    expect(freeForm(['spec', 'dependencies'])).toBe(false);
    expect(freeForm(['spec', 'dependencies', 'pulsar'])).toBe(false);
    expect(freeForm(['spec', 'components'])).toBe(false);
    expect(freeForm(['spec', 'dependencies', 'pulsar', 'inCluster', 'values'])).toBe(true);
    expect(freeForm(['spec', 'dependencies', 'customMsgStream'])).toBe(true);
    expect(
      freeForm(['spec', 'dependencies', 'rocksmq', 'persistence', 'persistentVolumeClaim', 'spec']),
    ).toBe(true);
    expect(freeForm(['spec', 'config'])).toBe(true);
  });

  it("has a description on every field (they become the editor's hover help)", () => {
    const missing = fields(MilvusV1beta1Schema)
      .concat(fields(MILVUS_RESOURCES[1].schema), fields(MILVUS_RESOURCES[2].schema))
      .filter((f) => !descriptionOf(f.schema))
      .map((f) => f.path);
    expect(missing).toEqual([]);
  });

  it('describes image as what decides the running Milvus', () => {
    expect(descriptionOf(ComponentsSchema.unwrap().shape.image)).toContain('decides which Milvus runs');
  });

  it('turns into a JSON Schema (for monaco-yaml) with enums, descriptions and closed CRD levels', () => {
    const schema = manifestJsonSchema() as Json;
    expect(schema.anyOf).toHaveLength(3);
    const v1beta1 = (schema.anyOf as Json[])[0] as Json;
    const spec = (v1beta1.properties as Json).spec as Json;
    const deps = (spec.properties as Json).dependencies as Json;
    expect(deps.additionalProperties).toBe(false);
    const msgStreamType = (deps.properties as Json).msgStreamType as Json;
    expect(msgStreamType.enum).toEqual(['rocksmq', 'natsmq', 'pulsar', 'kafka', 'woodpecker', 'custom', '']);
    expect(msgStreamType.description).toEqual(expect.any(String));
    const values = ((((deps.properties as Json).pulsar as Json).properties as Json).inCluster as Json)
      .properties as Json;
    expect((values.values as Json).additionalProperties).toEqual({});
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});

/**
 * Every `enum` of the CRDs of milvus-operator v1.3.8, read from config/crd/bases/
 * milvus.io_milvuses.yaml (v1beta1 and v1alpha1 Milvus) and milvus.io_milvusclusters.yaml
 * (v1alpha1 MilvusCluster) at tag v1.3.8 (commit a6dcc63's parent tag), as spec paths (`[]` steps
 * into a list). Kept here, not read at run time: a fresh clone has no copy of the CRDs. The API
 * server refuses a value outside these, and only these.
 */
const DELETION = ['Delete', 'Retain'];
const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer'];
const DEPENDENCY_ENUMS: Record<string, string[]> = {
  'spec.dependencies.etcd.inCluster.deletionPolicy': DELETION,
  'spec.dependencies.kafka.inCluster.deletionPolicy': DELETION,
  'spec.dependencies.msgStreamType': ['pulsar', 'kafka', 'woodpecker', 'rocksmq', 'natsmq', 'custom', ''],
  'spec.dependencies.pulsar.inCluster.deletionPolicy': DELETION,
  'spec.dependencies.storage.inCluster.deletionPolicy': DELETION,
  'spec.dependencies.storage.type': ['MinIO', 'S3', 'Azure', ''],
  'spec.dependencies.tei.inCluster.deletionPolicy': DELETION,
};
const COMPONENT_ENUMS: Record<string, string[]> = {
  'spec.components.imageUpdateMode': ['rollingUpgrade', 'rollingDowngrade', 'all', 'force'],
  'spec.components.proxy.serviceType': SERVICE_TYPES,
  'spec.components.standalone.serviceType': SERVICE_TYPES,
  'spec.components.targetPortType': ['string', 'integer'],
};
const CRD_ENUMS_V1_3_8: Record<string, Record<string, string[]>> = {
  'milvus.io/v1beta1 Milvus': {
    ...DEPENDENCY_ENUMS,
    ...COMPONENT_ENUMS,
    'spec.mode': ['cluster', 'standalone'],
  },
  'milvus.io/v1alpha1 Milvus': { ...DEPENDENCY_ENUMS, 'spec.serviceType': SERVICE_TYPES },
  'milvus.io/v1alpha1 MilvusCluster': { ...DEPENDENCY_ENUMS, ...COMPONENT_ENUMS },
};

describe("the manifest schema's enums", () => {
  it.each(MILVUS_RESOURCES.map((r) => [`${r.apiVersion} ${r.kind}`, r.schema] as const))(
    '%s: refuses a value outside a list exactly where the v1.3.8 CRD declares that list',
    (name, schema) => {
      const crd = CRD_ENUMS_V1_3_8[name]!;
      const enforced = Object.fromEntries(
        fields(schema.shape.spec, ['spec'])
          // spec.config is Milvus's milvus.yaml: free-form to the API server, which refuses nothing there.
          .filter((f) => !f.path.startsWith('spec.config.'))
          .flatMap((f) => {
            const values = enumValues(f.schema);
            return values ? [[f.path, [...values].sort()]] : [];
          }),
      );
      const declared = new Set(fields(schema.shape.spec, ['spec']).map((f) => f.path));
      const expected = Object.fromEntries(
        Object.entries(crd)
          .filter(([path]) => declared.has(path))
          .map(([path, values]) => [path, [...values].sort()]),
      );
      expect(enforced).toEqual(expected);
    },
  );
});
