/**
 * The Helm front end: the milvus-helm chart's values read (read/), resolved into what runs
 * (resolve/, the seam's WhatRuns), checked (rules/ and the shared judge), explained and compared.
 */
export { checkHelm, chartFor, type HelmCheckOptions, type HelmCheckResult } from './check.ts';
export { explainHelm } from './explain.ts';
export { looksLikeHelmValues } from './detect.ts';
export { resolveHelm, type HelmResolved } from './resolve/resolveHelm.ts';
export type { ValuesInput } from './read/sources.ts';
