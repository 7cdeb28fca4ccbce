/** The policy's small facts the pages need before they load the generator (which needs `yaml`). */
export const VALIDATION_ACTIONS = ['Deny', 'Warn', 'Audit'] as const;
export type ValidationAction = (typeof VALIDATION_ACTIONS)[number];

export const POLICY_FILE_NAME = 'milvus-mq-admission-policy.yaml';
export const DEFAULT_POLICY_NAME = 'milvus-mq.milvus.io';
