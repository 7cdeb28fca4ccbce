/**
 * Which of config.tpl's blocks wins, and what the values asked for (chart 5.0.19
 * templates/config.tpl; branches per version in chart/chartVersions.generated.ts):
 * - a block written and then beaten by a later one (Kafka beats Pulsar and Woodpecker; in
 *   standalone, block C beats both);
 * - standalone.messageQueue that writes no block (pulsar or kafka with nothing of that kind
 *   enabled, or a value the template does not know, such as `Woodpecker`): Milvus runs its default;
 * - cluster mode with standalone.messageQueue set (ignored), or with nothing enabled (localhost:6650);
 * - a subchart deployed but unused (requirements.yaml deploys every enabled subchart):
 *   zilliztech/milvus-helm#116, milvus-io/milvus-helm#334.
 */
import { MQ_LABELS } from '../../facts/support.ts';
import { STANDALONE_MESSAGE_QUEUES } from '../chart/valuesSchema.ts';
import type { ReportInput } from '../../findings/reporter.ts';
import { truthy } from '../read/merge.ts';
import type { HelmRule } from './types.ts';
import { setFix } from './types.ts';

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

export const beatenBlocks: HelmRule = (r) => {
  if (!r.winner || r.customConfigMap) return [];
  return (
    r.blocks
      .filter((b) => b !== r.winner && b.type !== r.winner!.type && r.values.isSet(b.at))
      // A block the chart's defaults wrote (pulsarv3 on by default) is the idle-subchart rule's.
      .map((b) => ({
        severity: 'warning' as const,
        code: 'helm-block-overridden',
        message: `${b.block === 'C' ? `standalone.messageQueue: ${b.type}` : `${b.branch}.enabled`} writes an mq block for ${MQ_LABELS[b.type]}, but ${r.winner!.block === 'C' ? `standalone.messageQueue: ${r.winner!.type}${r.values.isSet(['standalone', 'messageQueue']) ? '' : " (the chart's default)"}` : `${r.winner!.branch}.enabled`} writes its block after it, and Milvus keeps the last mq.type: Milvus runs ${MQ_LABELS[r.winner!.type]}, not ${MQ_LABELS[b.type]}.${b.block !== 'C' && r.winner!.block === 'C' ? ` For ${MQ_LABELS[b.type]} in standalone, set standalone.messageQueue: ${b.type}.` : ''}`,
        path: b.at as string[],
        part: b.block === 'C' ? ('value' as const) : ('key' as const),
        ...(b.block !== 'C' && r.winner!.block === 'C' && (b.type === 'pulsar' || b.type === 'kafka')
          ? { fix: setFix(['standalone', 'messageQueue'], b.type) }
          : {}),
      }))
  );
};

export const standaloneQueue: HelmRule = (r) => {
  const at = r.values.get(['standalone', 'messageQueue']);
  const asked = str(at.value);
  const out: ReportInput[] = [];
  if (r.mode === 'cluster') {
    if (at.from === 'user' && asked !== '')
      out.push({
        severity: 'warning',
        code: 'helm-cluster-ignores-message-queue',
        message: `standalone.messageQueue is ${asked}, but cluster.enabled is true: cluster mode ignores it (config.tpl reads it only in standalone). The storage comes from the enabled subchart or external one${r.winner ? `: ${MQ_LABELS[r.winner.type]} (${r.winner.branch}.enabled)` : ''}.`,
        path: ['standalone', 'messageQueue'],
      });
    if (
      !r.winner &&
      !r.customConfigMap &&
      !r.userYaml?.overrides.some((k) => k === 'mq' || k === 'mq.type')
    ) {
      // Only the switches this chart version has (pulsarv3 from 4.2.21, woodpecker from 4.2.42).
      const has = (key: string) => r.chart.topLevelKeys.includes(key);
      const switches = [
        'pulsarv3',
        'pulsar',
        'kafka',
        'woodpecker',
        'externalPulsar',
        'externalKafka',
      ].filter(has);
      const enable = has('pulsarv3')
        ? `pulsarv3.enabled: true${has('woodpecker') ? ', or woodpecker.enabled: true on Milvus 2.6 and later' : ''}`
        : 'pulsar.enabled: true';
      out.push({
        severity: 'error',
        code: 'helm-cluster-no-storage',
        message: `Cluster mode with no message storage enabled (${switches.join(', ')} all off): the chart writes no mq block, and Milvus dials Pulsar at localhost:6650, where nothing listens. Enable one: ${enable}.`,
        path: ['cluster', 'enabled'],
        part: 'value',
      });
    }
    return out;
  }
  if (r.customConfigMap) return out;
  if (r.winner?.block === 'C' || asked === '') return out;
  if (r.winner && r.winner.type === asked) return out;
  const runs = r.winner ? MQ_LABELS[r.winner.type] : MQ_LABELS[r.milvusDefault];
  const lower = asked.toLowerCase();
  const known = (STANDALONE_MESSAGE_QUEUES as readonly string[]).includes(lower);
  const written = r.chart.blocks.standalone.messageQueues;
  let why: string;
  let fix: ReportInput['fix'] | undefined;
  if (!known || lower !== asked) {
    why = `"${asked}" is not a value config.tpl knows (it writes a block only for ${written.join(', ')}; pulsar and kafka work through their subchart or external block)`;
    if (known && written.includes(lower))
      fix = { ...setFix(['standalone', 'messageQueue'], lower, true), title: `Write ${lower}` };
  } else if (lower === 'pulsar' || lower === 'kafka') {
    const flags =
      lower === 'pulsar'
        ? 'pulsarv3.enabled, pulsar.enabled or externalPulsar.enabled'
        : 'kafka.enabled or externalKafka.enabled';
    why = r.winner
      ? `the block of ${r.winner.branch}.enabled is what the chart writes, and nothing enables ${MQ_LABELS[lower]}`
      : `standalone.messageQueue: ${lower} writes no block of its own: it takes effect only with ${flags} true, and none is`;
    fix = setFix([lower === 'pulsar' ? 'pulsarv3' : 'kafka', 'enabled'], true);
  } else {
    why = `chart ${r.chart.version}'s config.tpl writes a standalone block only for ${written.join(', ')}${r.chart.version === '4.2.42' ? ' (and, on 4.2.42, skips Woodpecker outside cluster mode: milvus-io/milvus#40889, fixed in 4.2.43)' : ''}`;
  }
  out.push({
    severity: 'error',
    code: 'helm-message-queue-ignored',
    message: `standalone.messageQueue is ${asked}, but Milvus runs ${runs}: ${why}.`,
    path: ['standalone', 'messageQueue'],
    part: 'value',
    ...(fix ? { fix } : {}),
  });
  return out;
};

export const idleSubcharts: HelmRule = (r) =>
  r.subcharts
    .filter((s) => s.deployed && !s.used && s.key !== 'woodpecker')
    .map((s) => {
      const external = r.winner?.branch.startsWith('external')
        ? ` Milvus uses ${r.winner.branch} instead (zilliztech/milvus-helm#116).`
        : '';
      return {
        severity: 'warning' as const,
        code: 'helm-idle-subchart',
        message: `${s.key}.enabled is ${r.values.isSet([s.key, 'enabled']) ? 'true' : `true by default in chart ${r.chart.version}`}: Helm deploys ${s.label} with its own pods and volumes, but Milvus does not use it (it runs ${r.whatRuns.storage.type === 'custom' ? 'a custom config' : MQ_LABELS[r.whatRuns.storage.type]}).${external} Set ${s.key}.enabled: false.`,
        path: [s.key, 'enabled'],
        part: 'value' as const,
        fix: setFix([s.key, 'enabled'], false),
      };
    });

export const woodpeckerServiceIdle: HelmRule = (r) => {
  if (!r.chart.woodpeckerService || !truthy(r.values.value(['woodpecker', 'enabled']))) return [];
  const service = r.subcharts.find((s) => s.key === 'woodpecker');
  if (!service || service.used) return [];
  return [
    {
      severity: 'warning',
      code: 'helm-idle-subchart',
      message: `woodpecker.enabled is true with streaming.woodpecker.embedded: false: the chart deploys the Woodpecker StatefulSet (${str(r.values.value(['woodpecker', 'replicaCount']))} replicas), but Milvus runs ${r.whatRuns.storage.type === 'custom' ? 'a custom config' : MQ_LABELS[r.whatRuns.storage.type]}.`,
      path: ['woodpecker', 'enabled'],
      part: 'value',
    },
  ];
};
