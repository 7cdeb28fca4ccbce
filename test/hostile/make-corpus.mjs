#!/usr/bin/env node
/**
 * Writes the hostile-input corpus into test/hostile/cases/. Run once when the list changes; the
 * files are committed so that a failing case can be opened and read. Large inputs (10 MB) are made
 * at test time instead (see hostile.test.ts).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'cases');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const head = (spec) => `apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: my-release\nspec:\n${spec}`;
const deps = (body) => head(`  mode: standalone\n  components:\n    image: milvusdb/milvus:v2.5.16\n  dependencies:\n${body}`);
const cases = [];
const add = (name, text) => cases.push([name, text]);

// 1. Syntax errors at every kind of place.
add('syntax-unclosed-flow-seq-top', 'apiVersion: [milvus.io/v1beta1\nkind: Milvus\n');
add('syntax-unclosed-flow-map-spec', head('  dependencies: {msgStreamType: kafka\n'));
add('syntax-unclosed-flow-seq-brokers', deps('    msgStreamType: kafka\n    kafka:\n      brokerList: [a:9092, b:9092\n'));
add('syntax-unclosed-double-quote', deps('    msgStreamType: "kafka\n'));
add('syntax-unclosed-single-quote', deps("    msgStreamType: 'pulsar\n"));
add('syntax-bad-indent-dedent', head('  mode: cluster\n dependencies:\n    msgStreamType: pulsar\n'));
add('syntax-tab-indent', head('\tmode: cluster\n'));
add('syntax-key-value-value', head('  mode: cluster: standalone\n'));
add('syntax-seq-in-map', head('  mode: cluster\n  - pulsar\n'));
add('syntax-map-in-seq-bad', deps('    kafka:\n      brokerList:\n        - a:9092\n        b: 1\n'));
add('syntax-stray-closing-bracket', head('  mode: cluster]\n  dependencies: {}\n'));
add('syntax-stray-closing-brace', 'apiVersion: milvus.io/v1beta1\n}\nkind: Milvus\n');
add('syntax-undefined-alias', head('  mode: *nothing\n'));
add('syntax-anchor-without-node', head('  mode: &a\n&b\n'));
add('syntax-bad-escape', deps('    msgStreamType: "kaf\\qka"\n'));
add('syntax-unknown-directive-version', '%YAML 9.9\n---\napiVersion: milvus.io/v1beta1\nkind: Milvus\n');
add('syntax-directive-without-document', '%YAML 1.2\napiVersion: milvus.io/v1beta1\n');
add('syntax-block-scalar-bad-indicator', head('  config: |x\n    a\n'));
add('syntax-implicit-key-too-long', head(`  ${'k'.repeat(1100)}: 1\n`));
add('syntax-multiline-implicit-key', head('  "multi\n  line": 1\n'));
add('syntax-flow-in-block-comment-mix', head('  dependencies: {a: 1 # comment\n  }\n'));
add('syntax-error-in-second-document', `${deps('    msgStreamType: rocksmq\n')}---\nkind: [unclosed\n`);
add('syntax-error-at-end-of-file', `${deps('    msgStreamType: rocksmq\n    rocksmq:\n      persistence: {enabled: true')}`);
add('syntax-error-first-line', ': no key\napiVersion: milvus.io/v1beta1\n');
add('syntax-only-colon', ':\n');
add('syntax-question-mark-complex-key', head('  ? [a, b]\n  : value\n'));
add('syntax-comma-in-block', head('  mode: cluster,\n  , dependencies: {}\n'));
add('syntax-several-errors', `apiVersion: [x\nkind: "Milvus\nmetadata:\n\tname: a\nspec: }\n`);
add('syntax-reserved-indicator-at', head('  mode: @cluster\n'));
add('syntax-reserved-indicator-backtick', head('  mode: `cluster`\n'));

// 2. Alias bombs.
const laughs = (levels, width) => {
  const lines = [`l0: &l0 [${Array(width).fill('"lol"').join(', ')}]`];
  for (let i = 1; i <= levels; i += 1) lines.push(`l${i}: &l${i} [${Array(width).fill(`*l${i - 1}`).join(', ')}]`);
  return lines.join('\n');
};
add('alias-bomb-billion-laughs', `${head('  mode: standalone\n')}  config:\n${laughs(9, 10).replace(/^/gm, '    ')}\n`);
add('alias-bomb-in-values', deps(`    msgStreamType: pulsar\n    pulsar:\n      inCluster:\n        values:\n${laughs(12, 6).replace(/^/gm, '          ')}\n`));
add('alias-bomb-top-level', `${laughs(15, 4)}\napiVersion: milvus.io/v1beta1\nkind: Milvus\n`);
add('alias-self-reference', head('  config: &c\n    again: *c\n'));

// 3. Deep documents.
add('deep-flow-seq-10000', `${head('  mode: standalone\n')}  config: ${'['.repeat(10000)}${']'.repeat(10000)}\n`);
add('deep-flow-map-5000', `${head('  mode: standalone\n')}  config: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}\n`);
add('deep-block-map-1000', `${head('  mode: standalone\n')}  config:\n${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(4 + i)}k${i}:`).join('\n')} 1\n`);
add('deep-unclosed-10000', `${head('  mode: standalone\n')}  config: ${'['.repeat(10000)}\n`);

// 4. Wrong types in every modelled field.
const wrong = [
  ['mode-number', head('  mode: 5\n')],
  ['mode-unknown', head('  mode: distributed\n')],
  ['msgstreamtype-list', deps('    msgStreamType: [kafka]\n')],
  ['msgstreamtype-unknown', deps('    msgStreamType: rabbitmq\n')],
  ['msgstreamtype-capitalised', deps('    msgStreamType: Kafka\n')],
  ['pulsar-external-yes', deps('    msgStreamType: pulsar\n    pulsar:\n      external: "yes"\n      endpoint: p:6650\n')],
  ['pulsar-endpoint-list', deps('    msgStreamType: pulsar\n    pulsar:\n      external: true\n      endpoint: [p:6650]\n')],
  ['pulsar-endpoint-number', deps('    msgStreamType: pulsar\n    pulsar:\n      external: true\n      endpoint: 6650\n')],
  ['pulsar-incluster-string', deps('    msgStreamType: pulsar\n    pulsar:\n      inCluster: yes\n')],
  ['pulsar-chartversion-v4', deps('    msgStreamType: pulsar\n    pulsar:\n      inCluster:\n        chartVersion: pulsar-v4\n')],
  ['pulsar-deletionpolicy-keep', deps('    msgStreamType: pulsar\n    pulsar:\n      inCluster:\n        deletionPolicy: Keep\n')],
  ['pulsar-pvcdeletion-string', deps('    msgStreamType: pulsar\n    pulsar:\n      inCluster:\n        pvcDeletion: "true"\n')],
  ['pulsar-values-string', deps('    msgStreamType: pulsar\n    pulsar:\n      inCluster:\n        values: "replicaCount: 1"\n')],
  ['kafka-external-number', deps('    msgStreamType: kafka\n    kafka:\n      external: 1\n      brokerList: [k:9092]\n')],
  ['kafka-brokerlist-string', deps('    msgStreamType: kafka\n    kafka:\n      external: true\n      brokerList: "k0:9092,k1:9092"\n')],
  ['kafka-brokerlist-numbers', deps('    msgStreamType: kafka\n    kafka:\n      external: true\n      brokerList: [9092, 9093]\n')],
  ['kafka-brokerlist-map', deps('    msgStreamType: kafka\n    kafka:\n      external: true\n      brokerList: {a: k:9092}\n')],
  ['kafka-secretref-map', deps('    msgStreamType: kafka\n    kafka:\n      external: true\n      brokerList: [k:9092]\n      secretRef: {name: s}\n')],
  ['kafka-securityprotocol-unknown', `${deps('    msgStreamType: kafka\n    kafka:\n      external: true\n      brokerList: [k:9092]\n')}  config:\n    kafka:\n      securityProtocol: TLS\n`],
  ['kafka-saslmechanisms-unknown', `${deps('    msgStreamType: kafka\n    kafka:\n      external: true\n      brokerList: [k:9092]\n')}  config:\n    kafka:\n      securityProtocol: SASL_SSL\n      saslMechanisms: GSSAPI\n      saslUsername: u\n      saslPassword: p\n`],
  ['kafka-incluster-deletionpolicy-lower', deps('    msgStreamType: kafka\n    kafka:\n      inCluster:\n        deletionPolicy: delete\n')],
  ['rocksmq-persistence-string', deps('    msgStreamType: rocksmq\n    rocksmq:\n      persistence: enabled\n')],
  ['rocksmq-enabled-on', deps('    msgStreamType: rocksmq\n    rocksmq:\n      persistence:\n        enabled: on\n')],
  ['rocksmq-pvcdeletion-number', deps('    msgStreamType: rocksmq\n    rocksmq:\n      persistence:\n        enabled: true\n        pvcDeletion: 0\n')],
  ['rocksmq-pvc-list', deps('    msgStreamType: rocksmq\n    rocksmq:\n      persistence:\n        enabled: true\n        persistentVolumeClaim: []\n')],
  ['rocksmq-existingclaim-map', deps('    msgStreamType: rocksmq\n    rocksmq:\n      persistence:\n        enabled: true\n        persistentVolumeClaim:\n          existingClaim: {name: c}\n')],
  ['rocksmq-labels-list', deps('    msgStreamType: rocksmq\n    rocksmq:\n      persistence:\n        enabled: true\n        persistentVolumeClaim:\n          labels: [a]\n')],
  ['rocksmq-retention-string', `${deps('    msgStreamType: rocksmq\n')}  config:\n    rocksmq:\n      retentionTimeInMinutes: three days\n`],
  ['natsmq-persistence-list', head('  components:\n    image: milvusdb/milvus:v2.4.17\n  dependencies:\n    msgStreamType: natsmq\n    natsmq:\n      persistence: [true]\n')],
  ['natsmq-port-string', `${head('  components:\n    image: milvusdb/milvus:v2.4.17\n  dependencies:\n    msgStreamType: natsmq\n')}  config:\n    natsmq:\n      server:\n        port: "four"\n`],
  ['natsmq-maxpayload-negative', `${head('  components:\n    image: milvusdb/milvus:v2.4.17\n  dependencies:\n    msgStreamType: natsmq\n')}  config:\n    natsmq:\n      server:\n        maxPayload: -1\n`],
  ['woodpecker-external-string', head('  components:\n    image: milvusdb/milvus:v2.6.15\n  dependencies:\n    msgStreamType: woodpecker\n    woodpecker:\n      external: "true"\n')],
  ['woodpecker-pools-map', head('  components:\n    image: milvusdb/milvus:v2.6.15\n  dependencies:\n    msgStreamType: woodpecker\n    woodpecker:\n      external: true\n      quorumBufferPools: {name: a}\n')],
  ['woodpecker-pool-without-seeds', head('  components:\n    image: milvusdb/milvus:v2.6.15\n  dependencies:\n    msgStreamType: woodpecker\n    woodpecker:\n      external: true\n      quorumBufferPools:\n        - name: a\n')],
  ['woodpecker-seeds-string', head('  components:\n    image: milvusdb/milvus:v2.6.15\n  dependencies:\n    msgStreamType: woodpecker\n    woodpecker:\n      external: true\n      quorumBufferPools:\n        - name: a\n          seeds: wp:18080\n')],
  ['woodpecker-storage-type-unknown', `${head('  components:\n    image: milvusdb/milvus:v2.6.15\n  dependencies:\n    msgStreamType: woodpecker\n')}  config:\n    woodpecker:\n      storage:\n        type: s3\n`],
  ['components-image-number', head('  components:\n    image: 2.5\n')],
  ['components-list', head('  components: [image]\n')],
  ['dependencies-list', head('  dependencies: [kafka]\n')],
  ['dependencies-string', head('  dependencies: kafka\n')],
  ['spec-string', 'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: a\nspec: standalone\n'],
  ['spec-list', 'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: a\nspec: [mode]\n'],
  ['config-list', head('  config: [rocksmq]\n')],
  ['metadata-name-number', 'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: 42\nspec: {}\n'],
  ['apiversion-number', 'apiVersion: 1\nkind: Milvus\n'],
  ['kind-list', 'apiVersion: milvus.io/v1beta1\nkind: [Milvus]\n'],
  ['root-scalar', 'just a string\n'],
  ['root-list', '- apiVersion: milvus.io/v1beta1\n  kind: Milvus\n'],
  ['root-number', '12345\n'],
  ['empty-document', ''],
  ['only-comments', '# nothing here\n# at all\n'],
  ['only-document-markers', '---\n---\n...\n'],
];
for (const [name, text] of wrong) add(`type-${name}`, text);

// 5. Binary data, prototype keys, markup, duplicates, streams.
add('binary-random-bytes', Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919 + 13) % 256)).toString('latin1'));
add('binary-nul-bytes', `apiVersion: milvus.io/v1beta1\u0000\u0000\nkind: Milvus\u0000\n`);
add('binary-control-characters', `apiVersion: milvus.io/v1beta1\nkind: Mil\u0007vus\u001b[31m\n`);
add('binary-bom-then-yaml', `\ufeff${deps('    msgStreamType: rocksmq\n')}`);
add('binary-lone-surrogates', `${deps('    msgStreamType: "\ud800kafka"\n')}`);
add('proto-key-in-dependencies', deps('    msgStreamType: rocksmq\n    __proto__:\n      polluted: true\n'));
add('proto-key-top-level', `__proto__: {admin: true}\n${deps('    msgStreamType: rocksmq\n')}`);
add('proto-constructor-prototype', deps('    msgStreamType: kafka\n    kafka:\n      constructor:\n        prototype:\n          polluted: true\n'));
add('proto-key-in-config', `${deps('    msgStreamType: rocksmq\n')}  config:\n    __proto__:\n      rocksmq: {}\n`);
add('script-in-name', 'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: "<script>alert(1)</script>"\nspec: {}\n');
add('script-in-endpoint', deps('    msgStreamType: pulsar\n    pulsar:\n      external: true\n      endpoint: "<img src=x onerror=alert(1)>:6650"\n'));
add('script-as-key', deps('    msgStreamType: rocksmq\n    "<script>alert(1)</script>": true\n'));
add('duplicate-key-msgstreamtype', deps('    msgStreamType: rocksmq\n    msgStreamType: kafka\n'));
add('duplicate-key-spec', `${deps('    msgStreamType: rocksmq\n')}spec:\n  mode: cluster\n`);
add('duplicate-key-in-flow', deps('    kafka: {external: true, external: false}\n'));
add('stream-no-milvus', 'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n');
add('stream-two-milvus-second-wrong', `${deps('    msgStreamType: rocksmq\n')}---\n${head('  mode: cluster\n  dependencies:\n    msgStreamType: rocksmq\n')}`);
add('stream-milvus-after-garbage', `--- !!binary\nAAAA\n---\n${deps('    msgStreamType: rocksmq\n')}`);
add('stream-empty-documents-between', `---\n---\n${deps('    msgStreamType: natsmq\n')}---\n`);
add('stream-other-api-group-milvus', 'apiVersion: example.com/v1\nkind: Milvus\nmetadata: {name: a}\n');
add('unknown-milvus-kind', 'apiVersion: milvus.io/v1beta1\nkind: MilvusBackup\nmetadata: {name: a}\n');
add('unknown-milvus-version', 'apiVersion: milvus.io/v2\nkind: Milvus\nmetadata: {name: a}\n');
add('tagged-values', deps('    msgStreamType: !!int 5\n    kafka: !!set {a, b}\n'));
add('very-long-line', deps(`    msgStreamType: ${'k'.repeat(200000)}\n`));
add('many-keys-under-dependencies', deps(Array.from({ length: 3000 }, (_, i) => `    key${i}: ${i}`).join('\n') + '\n'));

// 8. Shapes from an outside corpus (each answered in linear time; the large ones are made at test
//    time in hostile.test.ts): YAML 1.1 readings, encodings, line endings, merge keys, templates.
add('merge-key-over-scalars', `${deps('    msgStreamType: rocksmq\n')}  config:\n    <<: [1, 2]\n`);
add('merge-key-over-a-string', `${deps('    msgStreamType: rocksmq\n')}  config:\n    <<: text\n`);
add('octal-looking-port', `${deps('    msgStreamType: natsmq\n')}  config:\n    natsmq:\n      server:\n        port: 04222\n`);
add('cr-only-line-endings', deps('    msgStreamType: rocksmq\n').replace(/\n/g, '\r'));
add('crlf-line-endings', deps('    msgStreamType: rocksmq\n').replace(/\n/g, '\r\n'));
add('yaml11-booleans-and-nulls', deps('    msgStreamType: rocksmq\n    rocksmq:\n      persistence:\n        enabled: yes\n        storageClass: ~\n        pvcDeletion: off\n'));
add('tags-everywhere', `--- !Milvus\napiVersion: !!str milvus.io/v1beta1\nkind: !<tag:example.com,2000:Milvus> Milvus\nmetadata: !!map {name: a}\nspec: !custom\n  mode: cluster\n`);
add('helm-template', `apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  mode: {{ .Values.mode | default "cluster" }}\n{{- if .Values.kafka }}\n  dependencies:\n    msgStreamType: kafka\n{{- end }}\n`);
add('kind-list-of-milvus', `apiVersion: v1\nkind: List\nitems:\n- apiVersion: milvus.io/v1beta1\n  kind: Milvus\n  metadata: {name: a}\n  spec: {mode: cluster}\n`);
add('markup-in-keys-and-values', deps('    msgStreamType: rocksmq\n    "<b>bold</b>": "<i onmouseover=alert(1)>x</i>"\n    "]]></x><!--": "-->"\n'));
add('zero-width-space-in-indentation', head('\u200b  mode: cluster\n  dependencies: {}\n'));
add('nbsp-indentation', head('\u00a0\u00a0mode: cluster\n'));
add('bom-in-the-middle', `${deps('    msgStreamType: rocksmq\n')}\ufeff---\n${deps('    msgStreamType: kafka\n')}`);
add('anchors-2000-aliases-2000', `${deps('    msgStreamType: rocksmq\n')}  config:\n${Array.from({ length: 2000 }, (_, i) => `    a${i}: &x${i} v${i}\n    b${i}: *x${i}`).join('\n')}\n`);
add('flow-map-wide-one-line', `${deps('    msgStreamType: rocksmq\n')}  config: {${Array.from({ length: 5000 }, (_, i) => `k${i}: ${i}`).join(', ')}}\n`);
add('documents-1000-small', Array.from({ length: 1000 }, (_, i) => `---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c${i}}\n`).join(''));
add('documents-5000-empty', '---\n'.repeat(5000));
add('proto-keys-in-flow', deps('    msgStreamType: rocksmq\n    rocksmq: {__proto__: {persistence: {enabled: true}}, constructor: 1}\n'));

const written = new Set(readdirSync(dir));
cases.forEach(([name, text], i) => {
  const file = `${String(i + 1).padStart(3, '0')}-${name}.yaml`;
  if (written.has(file)) throw new Error(`duplicate case ${file}`);
  writeFileSync(join(dir, file), text, name.startsWith('binary-random') ? 'latin1' : 'utf8');
});
// Bytes that are not UTF-8 text: written as bytes, read as bytes (hostile.test.ts decodes them).
const utf8 = (text) => Buffer.from(text, 'utf8');
const byteCases = [
  ['bytes-invalid-utf8-in-value', Buffer.concat([utf8(deps('    msgStreamType: "kaf')), Buffer.from([0xff, 0xfe]), utf8('ka"\n')])],
  ['bytes-latin1-name', Buffer.concat([utf8('apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: caf'), Buffer.from([0xe9]), utf8('\n')])],
  ['bytes-utf16le-bom', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(deps('    msgStreamType: rocksmq\n'), 'utf16le')])],
  ['bytes-utf16be-bom', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(deps('    msgStreamType: rocksmq\n'), 'utf16le').swap16()])],
  ['bytes-utf32le-bom', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('a\0\0\0', 'latin1')])],
  ['bytes-truncated-utf8-sequence', Buffer.concat([utf8(deps('    msgStreamType: rocksmq\n')), Buffer.from([0xe2, 0x82])])],
];
byteCases.forEach(([name, bytes], i) => {
  const file = `${String(cases.length + i + 1).padStart(3, '0')}-${name}.yaml`;
  writeFileSync(join(dir, file), bytes);
});
console.log(`${cases.length + byteCases.length} cases written to ${dir}`);
