import { useId, useState } from 'react';
import { downloadText } from '../../shared/downloadText.ts';
import { POLICY_FILE_NAME, type ValidationAction } from '../../model/operator/policy/names.ts';

const ACTIONS: readonly { value: ValidationAction; label: string }[] = [
  { value: 'Warn', label: 'Warn: kubectl prints a warning, the resource is created' },
  { value: 'Deny', label: 'Deny: the API server refuses the resource' },
  { value: 'Audit', label: 'Audit: only recorded in the audit log' },
];

interface PolicyDownloadProps {
  /** The heading level that fits where the section sits. */
  heading: 'h2' | 'h3';
  className?: string;
  buttonClassName: string;
  noteClassName: string;
}

/**
 * "Enforce in the cluster": the checker's object-only checks as a ValidatingAdmissionPolicy, the
 * same file `milvus-mq policy` writes. The generator (and the YAML library) load on the click.
 */
export function PolicyDownload({
  heading: Heading,
  className,
  buttonClassName,
  noteClassName,
}: PolicyDownloadProps) {
  const id = useId();
  const [action, setAction] = useState<ValidationAction>('Warn');
  const [problem, setProblem] = useState<string | null>(null);
  const download = async () => {
    try {
      const { admissionPolicyYaml } = await import('../../model/operator/policy/policy.ts');
      downloadText(admissionPolicyYaml({ validationActions: [action] }), POLICY_FILE_NAME);
      setProblem(null);
    } catch (error) {
      setProblem(
        `The policy could not be written (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
  };
  return (
    <section className={className} aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>Enforce in the cluster</Heading>
      <p className={noteClassName}>
        The checks that need only the resource itself, as a Kubernetes ValidatingAdmissionPolicy (Kubernetes
        1.30 or later): every API server then checks each Milvus resource, with the same codes and messages.
        On an update it also compares the running resource with the new one, as &ldquo;Compare with the
        running manifest&rdquo; does (a change of the message storage, of the mode, of its volume). The API
        server drops fields the CRD does not declare before the policy runs, so keep this checker in CI for
        those.
      </p>
      <label>
        When a Milvus resource fails a check{' '}
        <select value={action} onChange={(e) => setAction(e.target.value as ValidationAction)}>
          {ACTIONS.map((a) => (
            <option key={a.value} value={a.value}>
              {a.label}
            </option>
          ))}
        </select>
      </label>
      <p>
        <button type="button" className={buttonClassName} onClick={() => void download()}>
          Download {POLICY_FILE_NAME}
        </button>
      </p>
      <p className={noteClassName}>
        Then: <code>kubectl apply -f {POLICY_FILE_NAME}</code>
      </p>
      {problem && (
        <p role="alert" className={noteClassName}>
          {problem}
        </p>
      )}
    </section>
  );
}
