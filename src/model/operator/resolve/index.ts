/** The operator's view of a Milvus resource: see resolve.ts. */
export { resolve } from './resolve.ts';
export { describeBelieved, isAfter25, parseTolerant } from './operatorVersion.ts';
export { storageLabel } from './storage.ts';
export { explain } from './explain.ts';
export type * from './types.ts';
