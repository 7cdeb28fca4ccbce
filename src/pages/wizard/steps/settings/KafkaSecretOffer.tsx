// Where the wizard recommends a secretRef, it offers the Secret itself: the kubectl command and a
// manifest to download, with placeholders (a password typed in the form never goes into either).
import { useWatch } from 'react-hook-form';
import { downloadText } from '../../../../shared/downloadText.ts';
import { kafkaSecretCommand, kafkaSecretManifest } from '../../../../model/wizard/kafkaSecret.ts';
import { wizardDefaults } from '../../../../model/wizard/wizardDefaults.ts';
import { useWizardFormContext } from '../../fields/formTypes.ts';
import { CopyButton } from '../../output/CopyButton.tsx';

export const KAFKA_SECRET_FILE_NAME = 'kafka-secret.yaml';

export function KafkaSecretOffer() {
  const { control } = useWizardFormContext();
  const [secretRef, saslUsername, namespace] = useWatch({
    control,
    name: ['kafka.secretRef', 'kafka.saslUsername', 'namespace'],
  });
  const kafka = { ...wizardDefaults().kafka, secretRef: secretRef ?? '', saslUsername: saslUsername ?? '' };
  const ns = namespace ?? '';
  const command = kafkaSecretCommand(kafka, ns);
  return (
    <div className="secret-offer">
      <p className="field-help">
        Recommended: keep the credentials in a Secret with keys <code>username</code> and{' '}
        <code>password</code>, and name it above. Create it with (replace <code>&lt;password&gt;</code>):
      </p>
      <div className="command-row">
        <code className="command">{command}</code>
        <CopyButton
          label="Copy Secret command"
          text={() => command}
          className="button button-secondary button-small"
        />
      </div>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => downloadText(kafkaSecretManifest(kafka, ns), KAFKA_SECRET_FILE_NAME)}
      >
        Download {KAFKA_SECRET_FILE_NAME}
      </button>
    </div>
  );
}
