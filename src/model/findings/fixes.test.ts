import { describe, expect, it } from 'vitest';
import { ALL_EXAMPLES } from '../examples/index.ts';
import { applyFixes, safeFixes } from './fixes.ts';
import { checkManifest } from '../operator/checker/runner.ts';
import { check, dedent, milvus } from '../operator/checker/testing.ts';

const STREAM = dedent(`
  # Credentials for the brokers: left exactly as written.
  apiVersion:   v1
  kind: Secret
  metadata: {name: kafka-user}
  stringData:
    username: milvus   # the SASL user
  ---
  # The search cluster.
  apiVersion: milvus.io/v1beta1
  kind: Milvus
  metadata:
    name: search
  spec:
    mode: cluster
    components:
      image: milvusdb/milvus:v2.6.15 # pinned
    dependencies:
      msgStreamType: kafka
      kafka:
        external: true
        # the platform brokers
        brokers:
          - kafka-0.platform:9092 # zone a
        # auth
        secretRef: kafka-user
        securityProtocol: SASL_SSL
    config:
      kafka:
        saslMechanisms: PLAIN
`);

describe('applying fixes', () => {
  it('keeps comments, leaves other documents byte for byte, and the fixed problems are gone', () => {
    const before = check(STREAM);
    expect(before.filter((d) => d.code === 'misplaced-field').map((d) => d.path)).toEqual([
      'spec.dependencies.kafka.brokers',
      'spec.dependencies.kafka.securityProtocol',
    ]);
    const fixed = applyFixes(STREAM, safeFixes(before));
    expect(fixed.slice(0, fixed.indexOf('---'))).toBe(STREAM.slice(0, STREAM.indexOf('---')));
    for (const comment of [
      '# The search cluster.',
      '# pinned',
      '# the platform brokers',
      '# zone a',
      '# auth',
    ]) {
      expect(fixed).toContain(comment);
    }
    expect(fixed).toContain(
      '# the platform brokers\n      brokerList:\n        - kafka-0.platform:9092 # zone a',
    );
    expect(fixed).toMatch(/config:\n\s+kafka:\n\s+saslMechanisms: PLAIN\n\s+securityProtocol: SASL_SSL/);
    const after = check(fixed);
    expect(after.filter((d) => d.code === 'misplaced-field')).toEqual([]);
    expect(after.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('with no fixes, the text is returned unchanged', () => {
    expect(applyFixes(STREAM, [])).toBe(STREAM);
  });

  it('a fix whose node is gone is skipped, not thrown', () => {
    const text = 'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata: {name: x}\nspec: {}\n';
    const fix = {
      title: 'x',
      safe: true,
      edits: [{ op: 'move' as const, from: ['spec', 'nothing'], to: ['spec', 'else'] }],
    };
    expect(applyFixes(text, [{ documentIndex: 0, fix }])).toBe(
      'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata: { name: x }\nspec: {}\n',
    );
  });

  it('moving onto an existing map merges the keys; onto an existing value it does nothing', () => {
    const text = dedent(`
      apiVersion: milvus.io/v1beta1
      kind: Milvus
      metadata: {name: x}
      spec:
        dependencies:
          natsmq:
            server:
              port: 4222
        config:
          natsmq:
            server:
              storeDir: /data/nats
    `);
    const [d] = check(text).filter((x) => x.code === 'misplaced-field');
    const fixed = applyFixes(text, [{ documentIndex: 0, fix: d!.fix! }]);
    expect(fixed).toMatch(/server:\n\s+storeDir: \/data\/nats\n\s+port: 4222/);
    expect(check(fixed).filter((x) => x.code === 'misplaced-field')).toEqual([]);
  });

  it('safeFixes keeps only safe fixes, each once', () => {
    const before = check(STREAM);
    const safe = safeFixes([...before, ...before]);
    expect(safe.length).toBe(before.filter((d) => d.fix?.safe).length);
    expect(safe.every((f) => f.fix.safe)).toBe(true);
  });

  it('refused input (too deep) comes back unchanged', () => {
    const text = '['.repeat(500) + ']'.repeat(500);
    const fix = { title: 'x', safe: true, edits: [{ op: 'set' as const, path: ['a'], value: 1 }] };
    expect(applyFixes(text, [{ documentIndex: 0, fix }])).toBe(text);
  });
});

describe('printing a fixed document again', () => {
  it('keeps sequences level with their key when the document writes them that way', () => {
    const text = dedent(`
      apiVersion: milvus.io/v1beta1
      kind: Milvus
      metadata:
        name: x
      spec:
        mode: cluster
        dependencies:
          msgStreamType: kafka
          kafka:
            external: true
            brokers:
            - k0:9092
            - k1:9092
        components:
          env:
          - name: A
            value: b
    `);
    const fixed = applyFixes(text, safeFixes(check(text)));
    expect(fixed).toContain('brokerList:\n      - k0:9092\n      - k1:9092');
    expect(fixed).toContain('env:\n    - name: A\n      value: b');
  });
});

describe('a comment on its own line after an empty value stays with the key below it', () => {
  it("the docs' NATS example moved into spec.config: logSizeLimit keeps its comment, logFile gets none", () => {
    const example = ALL_EXAMPLES.find((e) => e.id === 'docs-nats')!;
    const move = checkManifest(example.yaml).diagnostics.find((d) => d.code === 'misplaced-field' && d.fix)!;
    const fixed = applyFixes(example.yaml, [{ documentIndex: move.documentIndex, fix: move.fix! }]);
    expect(fixed).toMatch(/\n\s+logFile:\n\s+# \(B\) 0, unlimited by default[^\n]*\n\s+logSizeLimit: 0/);
    expect(fixed).not.toMatch(/logFile: #/);
  });

  it('in any map, when another key of the document is renamed', () => {
    const text = milvus(
      'config:\n  natsmq:\n    server:\n      a:\n      # about b\n      b: 1\n  rockmq:\n    retentionSizeInMB: 100',
    );
    const fixed = applyFixes(text, safeFixes(check(text)));
    expect(fixed).toContain('rocksmq:');
    expect(fixed).toMatch(/a:\n\s+# about b\n\s+b: 1/);
  });
});
