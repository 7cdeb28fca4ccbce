/** The file the wizard writes and the command that applies it. */
import type { InstallTarget } from '../facts/operatorEnums.ts';

export const MANIFEST_FILE_NAME = 'milvuscluster.yaml';
/** The milvus-helm chart's values file (helm/write/). */
export const HELM_VALUES_FILE_NAME = 'values.yaml';

export function outputFileName(target: InstallTarget): string {
  return target === 'helm' ? HELM_VALUES_FILE_NAME : MANIFEST_FILE_NAME;
}

export function kubectlApplyCommand(namespace: string): string {
  const ns = namespace.trim();
  return `kubectl apply -f ${MANIFEST_FILE_NAME}${ns === '' ? '' : ` -n ${ns}`}`;
}
