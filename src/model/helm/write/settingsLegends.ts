/**
 * The settings step's group legends, each naming where the operator's manifest puts its fields;
 * on Helm, fieldHelp.ts (helmLegends) names the chart's place for each, kept in helmFieldHelp's map
 * under legendKey. A module of its own, so the form's legends read it without loading the chart's
 * facts.
 */
export const SETTINGS_LEGENDS = {
  release: 'Release (inCluster)',
  replicas: 'Replicas (values.*.replicaCount)',
  bookkeeperResources: 'BookKeeper resources (values.bookkeeper.resources)',
  broker: 'Broker (values.broker.configData)',
  kafkaClient: 'Client (spec.config.kafka)',
  kafkaSecurity: 'Security (spec.config.kafka)',
  natsServer: 'Server (spec.config.natsmq.server)',
  rocksmqRetention: 'Retention (spec.config.rocksmq)',
} as const;

export type SettingsLegend = keyof typeof SETTINGS_LEGENDS;

export const legendKey = (legend: SettingsLegend) => `legend:${legend}`;
