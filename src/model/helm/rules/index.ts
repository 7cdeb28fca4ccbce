/** The chart's own rules, in one list (the rules about Milvus are the seam's: ../../whatRuns/judge.ts). */
import {
  customConfigMap,
  externalPulsarHost,
  fullnameOverrides,
  userYamlKeys,
  userYamlOverrides,
} from './config.ts';
import { ownedMapKeys, pulsarV2Tuning, schemaIssues, topLevelKeys } from './keys.ts';
import { beatenBlocks, idleSubcharts, standaloneQueue, woodpeckerServiceIdle } from './storageBlocks.ts';
import type { HelmRule } from './types.ts';

export const HELM_RULES: readonly { name: string; rule: HelmRule }[] = [
  { name: 'schema', rule: schemaIssues },
  { name: 'top-level-keys', rule: topLevelKeys },
  { name: 'owned-map-keys', rule: ownedMapKeys },
  { name: 'standalone-queue', rule: standaloneQueue },
  { name: 'beaten-blocks', rule: beatenBlocks },
  { name: 'idle-subcharts', rule: idleSubcharts },
  { name: 'woodpecker-service-idle', rule: woodpeckerServiceIdle },
  { name: 'pulsar-v2-settings', rule: pulsarV2Tuning },
  { name: 'user-yaml', rule: userYamlOverrides },
  { name: 'user-yaml-keys', rule: userYamlKeys },
  { name: 'custom-configmap', rule: customConfigMap },
  { name: 'fullname-override', rule: fullnameOverrides },
  { name: 'external-pulsar-host', rule: externalPulsarHost },
];
export type { HelmRule } from './types.ts';
