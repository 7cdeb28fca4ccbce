/** The seam: what runs, described by a front end, judged once. */
export type * from './types.ts';
export { judgeMilvus, MILVUS_JUDGEMENTS, type JudgeFinding } from './judge.ts';
export { describeOperator } from '../operator/resolve/toWhatRuns.ts';
