import { describe, expect, it } from 'vitest';
import {
  LATEST_PATCH_FACTS,
  compareVersions,
  defaultImageFor,
  latestPatchesText,
  minorOf,
  parseVersion,
  versionFromImage,
} from './versions.ts';

describe('reading the Milvus version a manifest runs', () => {
  it('takes it from the image tag', () => {
    expect(versionFromImage('milvusdb/milvus:v2.6.11')).toEqual({ major: 2, minor: 6, patch: 11 });
    expect(versionFromImage('registry.local:5000/milvusdb/milvus:v2.4.24')).toEqual({
      major: 2,
      minor: 4,
      patch: 24,
    });
    expect(versionFromImage('milvusdb/milvus:2.5.0-rc1')).toEqual({ major: 2, minor: 5, patch: 0 });
  });

  it('has none for latest, a digest, or a registry port without a tag', () => {
    expect(versionFromImage('milvusdb/milvus:latest')).toBeNull();
    expect(versionFromImage('milvusdb/milvus@sha256:abcd')).toBeNull();
    expect(versionFromImage('registry.local:5000/milvusdb/milvus')).toBeNull();
  });

  it('parses labels such as v2.5 and 2.6.3 and rejects words', () => {
    expect(parseVersion('v2.5')).toEqual({ major: 2, minor: 5, patch: 0 });
    expect(parseVersion('2.6.3')).toEqual({ major: 2, minor: 6, patch: 3 });
    expect(parseVersion('two')).toBeNull();
  });

  it('defaults each minor to its latest patch image', () => {
    expect(defaultImageFor('2.3')).toBe('milvusdb/milvus:v2.3.20');
    expect(defaultImageFor('2.6')).toBe('milvusdb/milvus:v2.6.22');
    expect(defaultImageFor('3.0')).toBe('milvusdb/milvus:v3.0.1');
  });

  it('orders versions and maps them to known minors', () => {
    expect(
      compareVersions({ major: 2, minor: 6, patch: 13 }, { major: 2, minor: 6, patch: 2 }),
    ).toBeGreaterThan(0);
    expect(minorOf({ major: 2, minor: 7, patch: 0 })).toBeNull();
  });
});

// The README names the latest patches once; LATEST_PATCH_FACTS is their one home.
describe('the latest patches in the README', () => {
  it('are the ones the version table holds', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const named = /<!-- latest-patches:start -->(.*?)<!-- latest-patches:end -->/s.exec(readme)?.[1];
    expect(named).toBe(latestPatchesText());
    expect(latestPatchesText()).toBe('2.3.20, 2.4.24, 2.5.26, 2.6.22 and 3.0.1');
  });

  it('each holds its source and when it was read', () => {
    for (const fact of Object.values(LATEST_PATCH_FACTS)) {
      expect(fact.source).not.toBe('');
      expect(fact.released).not.toBe('');
    }
  });
});
