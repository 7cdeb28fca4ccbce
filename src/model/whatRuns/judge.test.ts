// The seam: the operator's view and Helm values described alike, and the rules about Milvus judged
// once on that description, with the same verdict for the same Milvus whichever front end read it.
import { describe, expect, it } from 'vitest';
import { checkManifest } from '../operator/checker/index.ts';
import { checkHelm } from '../helm/check.ts';
import { describeOperator } from '../operator/resolve/toWhatRuns.ts';
import { judgeMilvus } from './judge.ts';

const manifest = (mq: string, mode: string, image: string) =>
  `apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: m\nspec:\n  mode: ${mode}\n  components:\n    image: ${image}\n  dependencies:\n    msgStreamType: ${mq}\n`;

describe('one judge for both front ends', () => {
  it('NATS on Milvus 2.6 in standalone: unsupported-storage from a manifest and from Helm values alike', () => {
    const op = checkManifest(manifest('natsmq', 'standalone', 'milvusdb/milvus:v2.6.15')).resolved[0]!.view;
    const fromOperator = judgeMilvus(describeOperator(op)).map((f) => f.code);
    const helm = checkHelm([
      {
        kind: 'file',
        name: 'v.yaml',
        text: 'cluster:\n  enabled: false\npulsarv3:\n  enabled: false\nstandalone:\n  messageQueue: natsmq\nimage:\n  all:\n    tag: v2.6.15\n',
      },
    ]);
    const fromHelm = judgeMilvus(helm.resolved!.whatRuns).map((f) => f.code);
    expect(fromOperator).toContain('unsupported-storage');
    expect(fromHelm).toContain('unsupported-storage');
    // The operator's own rule reaches the same verdict on the manifest.
    expect(
      checkManifest(manifest('natsmq', 'standalone', 'milvusdb/milvus:v2.6.15')).diagnostics.map(
        (d) => d.code,
      ),
    ).toContain('unsupported-storage');
  });

  it("the description points at the input's own keys: msgStreamType for a manifest, standalone.messageQueue for values", () => {
    const op = describeOperator(
      checkManifest(manifest('rocksmq', 'cluster', 'milvusdb/milvus:v2.5.16')).resolved[0]!.view,
    );
    expect(op.storage.at?.path).toEqual(['spec', 'dependencies', 'msgStreamType']);
    expect(judgeMilvus(op).find((f) => f.code === 'unsupported-storage')?.message).toMatch(
      /^msgStreamType is rocksmq in cluster mode/,
    );
    const helm = checkHelm([
      {
        kind: 'file',
        name: 'v.yaml',
        text: 'cluster:\n  enabled: false\nstandalone:\n  messageQueue: rocksmq\n',
      },
    ]);
    expect(helm.resolved!.whatRuns.storage.at?.path).toEqual(['standalone', 'messageQueue']);
  });
});
