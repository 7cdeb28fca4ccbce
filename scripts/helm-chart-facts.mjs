#!/usr/bin/env node
/**
 * Reads the milvus-helm chart's tagged versions from the mirror and writes the facts the Helm
 * front end needs as data: src/model/helm/chart/chartVersions.generated.ts (committed, so a fresh
 * clone needs no mirror). Run again after the mirror gains tags:
 *
 *   node scripts/helm-chart-facts.mjs [--git-dir /work/.mirror/zilliztech+milvus-helm/repo]
 *
 * What it reads, per tag milvus-4.2.* and milvus-5.0.*:
 * - charts/milvus/Chart.yaml: version, appVersion;
 * - charts/milvus/values.yaml: the message-storage defaults (DEFAULT_PATHS), its top-level keys and
 *   the child keys of the maps the chart (not a subchart) owns (OWNED_MAPS);
 * - charts/milvus/requirements.yaml: subcharts (name, alias, version, condition);
 * - charts/milvus/templates/config.tpl: the order of the three mq blocks' branches (which flags,
 *   which only in cluster), the standalone block's messageQueue values, whether it goes through
 *   the _helpers.tpl helper that keeps an earlier RocksMQ on upgrade;
 * - charts/milvus/templates/_helpers.tpl: that helper (the milvus.io/message-queue annotation).
 * Template facts are read with patterns; the script fails loudly when a template no longer matches,
 * so a changed template is read again by a person before the data changes.
 */
import { execFileSync } from 'node:child_process';
import process from 'node:process';
import { writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const args = process.argv.slice(2);
const gitDirArg = args.indexOf('--git-dir');
const GIT_DIR = gitDirArg >= 0 ? args[gitDirArg + 1] : '/work/.mirror/zilliztech+milvus-helm/repo';
const SOURCE_REPO = 'zilliztech/milvus-helm';
const OUT = new URL('../src/model/helm/chart/chartVersions.generated.ts', import.meta.url);

const git = (...a) =>
  execFileSync('git', ['--git-dir', GIT_DIR, ...a], { encoding: 'utf8', maxBuffer: 64 << 20 });
const show = (tag, path) => {
  try {
    return git('show', `${tag}:charts/milvus/${path}`);
  } catch {
    return undefined;
  }
};

const DEFAULT_PATHS = [
  'nameOverride',
  'fullnameOverride',
  'cluster.enabled',
  'image.all.repository',
  'image.all.tag',
  'standalone.messageQueue',
  'standalone.persistence.enabled',
  'standalone.persistence.mountPath',
  'standalone.persistence.persistentVolumeClaim.existingClaim',
  'standalone.persistence.persistentVolumeClaim.storageClass',
  'standalone.persistence.persistentVolumeClaim.size',
  'streaming.enabled',
  'streaming.woodpecker.embedded',
  'streaming.woodpecker.storage.type',
  'pulsar.enabled',
  'pulsar.name',
  'pulsar.fullnameOverride',
  'pulsar.proxy.ports.pulsar',
  'pulsar.maxMessageSize',
  'pulsarv3.enabled',
  'pulsarv3.name',
  'pulsarv3.fullnameOverride',
  'pulsarv3.proxy.ports.pulsar',
  'pulsarv3.broker.configData.maxMessageSize',
  'kafka.enabled',
  'kafka.name',
  'kafka.fullnameOverride',
  'kafka.service.ports.client',
  'woodpecker.enabled',
  'woodpecker.replicaCount',
  'woodpecker.ports.service',
  'externalPulsar.enabled',
  'externalPulsar.host',
  'externalPulsar.port',
  'externalPulsar.maxMessageSize',
  'externalPulsar.tenant',
  'externalPulsar.namespace',
  'externalPulsar.authPlugin',
  'externalPulsar.authParams',
  'externalKafka.enabled',
  'externalKafka.brokerList',
  'externalKafka.securityProtocol',
  'externalKafka.sasl.mechanisms',
  'externalKafka.sasl.username',
  'externalKafka.sasl.password',
  'customConfigMap',
];
const OWNED_MAPS = [
  'cluster',
  'standalone',
  'streaming',
  'streamingNode',
  'woodpecker',
  'externalPulsar',
  'externalKafka',
  'image',
];

const get = (obj, path) =>
  path.split('.').reduce((o, k) => (o && typeof o === 'object' ? o[k] : undefined), obj);
const versionKey = (v) => v.split('.').map(Number);
const cmp = (a, b) => {
  const x = versionKey(a),
    y = versionKey(b);
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
};

function fail(tag, what) {
  throw new Error(`${tag}: ${what} — read the template and update scripts/helm-chart-facts.mjs`);
}

/** The branches of one `if … else if … end` chain whose first condition names `firstFlag`. */
function readChain(tag, tpl, firstFlag) {
  const lines = tpl.split('\n');
  const start = lines.findIndex((l) =>
    new RegExp(`^\\{\\{- if \\.Values\\.${firstFlag}\\.enabled \\}\\}`).test(l),
  );
  if (start < 0) fail(tag, `no block starting with ${firstFlag}.enabled in config.tpl`);
  const branches = [];
  let depth = 0; // nested ifs (addresses, SASL) inside a branch
  for (let i = start; i < lines.length; i++) {
    const l = lines[i].trim();
    const m = /^\{\{- (?:else )?if (and \.Values\.cluster\.enabled )?\.Values\.(\w+)\.enabled ?\}\}/.exec(l);
    if (depth === 0 && m && (i === start || l.startsWith('{{- else if')))
      branches.push({ flag: m[2], clusterOnly: Boolean(m[1]) });
    else if (depth === 0 && /^\{\{-? end/.test(l)) break;
    else if (depth === 0 && /^\{\{-? else/.test(l)) fail(tag, `unexpected branch "${l}"`);
    else if (/^\{\{-? (if|range|with) /.test(l)) depth++;
    else if (/^\{\{-? end/.test(l)) depth--;
  }
  return branches;
}

function readStandaloneBlock(tag, tpl) {
  const m =
    /\{\{- if not \.Values\.cluster\.enabled \}\}\s*\n\{\{- if or ([^\n]*)\}\}\s*\n\s*\nmq:\n\s*type: \{\{ ([^}]*)\}\}/.exec(
      tpl,
    );
  if (!m) fail(tag, 'no standalone mq block in config.tpl');
  const values = [...m[1].matchAll(/eq \.Values\.standalone\.messageQueue "(\w+)"/g)].map((x) => x[1]);
  const viaHelper = /include "milvus\.standalone\.messageQueue"/.test(m[2]);
  return { values, viaHelper };
}

const tags = git('tag', '--list', 'milvus-4.2.*', 'milvus-5.0.*')
  .split('\n')
  .filter(Boolean)
  .map((t) => t.slice('milvus-'.length))
  .sort(cmp);

const versions = tags.map((version) => {
  const tag = `milvus-${version}`;
  const chart = parse(show(tag, 'Chart.yaml'));
  if (chart.version !== version) fail(tag, `Chart.yaml says ${chart.version}`);
  const values = parse(show(tag, 'values.yaml'));
  const req = parse(show(tag, 'requirements.yaml') ?? 'dependencies: []');
  const tpl = show(tag, 'templates/config.tpl');
  const helpers = show(tag, 'templates/_helpers.tpl') ?? '';
  const defaults = {};
  for (const p of DEFAULT_PATHS) {
    const v = get(values, p);
    if (v !== undefined && (v === null || typeof v !== 'object')) defaults[p] = v;
  }
  const ownedKeys = {};
  for (const k of OWNED_MAPS) {
    const v = values[k];
    if (v && typeof v === 'object' && !Array.isArray(v)) ownedKeys[k] = Object.keys(v);
  }
  const standalone = readStandaloneBlock(tag, tpl);
  const keepsEarlierMq =
    standalone.viaHelper && /milvus\.io\/message-queue/.test(helpers) && /"rocksmq"/.test(helpers);
  return {
    version,
    appVersion: String(chart.appVersion),
    tag,
    commit: git('rev-list', '-n', '1', tag).trim(),
    defaults,
    topLevelKeys: Object.keys(values),
    ownedKeys,
    subcharts: (req.dependencies ?? []).map((d) => ({
      name: d.name,
      ...(d.alias ? { alias: d.alias } : {}),
      version: String(d.version),
      condition: d.condition,
    })),
    blocks: {
      pulsarSide: readChain(tag, tpl, 'externalPulsar'),
      kafkaSide: readChain(tag, tpl, 'externalKafka'),
      standalone: { messageQueues: standalone.values, keepsEarlierMqOnUpgrade: keepsEarlierMq },
    },
    woodpeckerService: /define "milvus\.woodpecker\.external\.enabled"/.test(helpers),
  };
});

// The same lists recur from version to version: each distinct value is written once as a constant
// and the versions name it, so the data stays a few tens of kB instead of 400.
const SHARED_FIELDS = ['defaults', 'topLevelKeys', 'ownedKeys', 'subcharts', 'blocks'];
const pools = new Map(SHARED_FIELDS.map((f) => [f, new Map()]));
const constName = (field, json) => {
  const pool = pools.get(field);
  if (!pool.has(json)) pool.set(json, `${field.toUpperCase()}_${pool.size}`);
  return pool.get(json);
};
const entries = versions.map((v) => {
  const fields = Object.entries(v).map(([k, val]) => {
    if (k === 'defaults') {
      // image.all.tag changes with nearly every version; the rest seldom does
      const { 'image.all.tag': imageTag, ...rest } = val;
      const tagPart = imageTag === undefined ? '' : `, 'image.all.tag': ${JSON.stringify(imageTag)}`;
      return `defaults: { ...${constName(k, JSON.stringify(rest))}${tagPart} }`;
    }
    return SHARED_FIELDS.includes(k)
      ? `${k}: ${constName(k, JSON.stringify(val))}`
      : `${k}: ${JSON.stringify(val)}`;
  });
  return `  { ${fields.join(', ')} },`;
});
const constants = [...pools].flatMap(([field, pool]) =>
  [...pool].map(([json, name]) => `const ${name}: ChartVersionFacts['${field}'] = ${json};`),
);

const text = `// Generated by scripts/helm-chart-facts.mjs from ${SOURCE_REPO} (git dir ${GIT_DIR}),
// tags milvus-${tags[0]} … milvus-${tags.at(-1)}: charts/milvus/{Chart.yaml,values.yaml,requirements.yaml,
// templates/config.tpl,templates/_helpers.tpl}. Do not edit: run the script again.
import type { ChartVersionFacts } from './types.ts';

export const CHART_SOURCE_REPO = ${JSON.stringify(SOURCE_REPO)};

${constants.join('\n')}

/** Oldest first. */
export const CHART_VERSIONS: readonly ChartVersionFacts[] = [
${entries.join('\n')}
];
`;
writeFileSync(OUT, text);
console.log(`wrote ${versions.length} chart versions (${tags[0]} … ${tags.at(-1)}) to ${OUT.pathname}`);
