// Woodpecker as a service, judged once for manifests and Helm values (support.ts
// WOODPECKER_SERVICE_SINCE_PATCH: Milvus 2.6's WAL builder, pkg/streaming/walimpls/impls/wp/builder.go,
// opens Woodpecker embedded only, and 2.6.21 panics on woodpecker.storage.type: service).
import { describe, expect, it } from 'vitest';
import { woodpeckerServiceRefusal } from './woodpeckerService.ts';

describe('woodpeckerServiceRefusal', () => {
  it('lets a 3.0 cluster run the service', () => {
    expect(woodpeckerServiceRefusal('cluster', '3.0', false)).toBeNull();
    expect(woodpeckerServiceRefusal('cluster', '3.0', true)).toBeNull();
  });

  it('refuses it on a standalone, whatever the version', () => {
    for (const minor of ['2.6', '3.0'] as const)
      expect(woodpeckerServiceRefusal('standalone', minor, false)).toMatchObject({
        code: 'woodpecker-service-standalone',
        severity: 'error',
      });
  });

  it('calls a 2.6 that runs an error, and a 2.6 only believed from a tag a warning', () => {
    expect(woodpeckerServiceRefusal('cluster', '2.6', false)).toMatchObject({
      code: 'woodpecker-service-version',
      severity: 'error',
      reason: expect.stringContaining('milvus-io/milvus#50201'),
    });
    expect(woodpeckerServiceRefusal('cluster', '2.6', true)).toMatchObject({ severity: 'warning' });
  });

  it('adds only a warning below 2.6, where Woodpecker itself is the error', () => {
    expect(woodpeckerServiceRefusal('cluster', '2.5', false)).toMatchObject({
      code: 'woodpecker-service-version',
      severity: 'warning',
    });
  });
});
