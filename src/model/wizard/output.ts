/** The file the wizard writes and the command that applies it. */

export const MANIFEST_FILE_NAME = 'milvuscluster.yaml';

export function kubectlApplyCommand(namespace: string): string {
  const ns = namespace.trim();
  return `kubectl apply -f ${MANIFEST_FILE_NAME}${ns === '' ? '' : ` -n ${ns}`}`;
}
