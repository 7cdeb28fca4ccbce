import { useWatch } from 'react-hook-form';
import type { InstallTarget } from '../../../../model/facts/operatorEnums.ts';
import { useOperatorWebhook } from '../../../../shared/operatorWebhook.ts';
import { DEPLOYMENT_MODES, MODE_LABELS } from '../../../../model/facts/support.ts';
import {
  DEFAULT_MINOR,
  LATEST_PATCH,
  MILVUS_MINOR_VERSIONS,
  defaultImageFor,
} from '../../../../model/facts/versions.ts';
import { v1alpha1Refusal } from '../../../../model/wizard/apiVersionGate.ts';
import type { DeploymentContext } from '../../../../model/wizard/contextChange.ts';
import { WebhookToggle } from '../../../shared/WebhookToggle.tsx';
import { chartLimitFor } from '../../fields/ChartLimit.tsx';
import { HELM_UNSUPPORTED_DEPLOYMENT } from '../../../../model/helm/write/unsupported.ts';
import { RadioGroup, type RadioOption } from '../../fields/RadioGroup.tsx';
import { SelectField } from '../../fields/SelectField.tsx';
import { TextField } from '../../fields/TextField.tsx';
import { useWizardFormContext } from '../../fields/formTypes.ts';

const ChartLimit = chartLimitFor(HELM_UNSUPPORTED_DEPLOYMENT);

// The schema's description of `mode` (shown under the legend) explains both choices.
const MODE_OPTIONS: RadioOption<(typeof DEPLOYMENT_MODES)[number]>[] = DEPLOYMENT_MODES.map((mode) => ({
  value: mode,
  label: MODE_LABELS[mode],
}));

const TARGET_OPTIONS: RadioOption<InstallTarget>[] = [
  {
    value: 'operator',
    label: 'Milvus Operator',
    description: 'A Milvus resource (milvuscluster.yaml) that you apply with kubectl.',
  },
  {
    value: 'helm',
    label: 'Helm (milvus-helm chart)',
    description: 'A values.yaml for the zilliztech/milvus chart, installed with helm upgrade --install.',
  },
];

const VERSION_OPTIONS = MILVUS_MINOR_VERSIONS.map((minor) => ({
  value: minor,
  label: `${minor} (latest patch ${LATEST_PATCH[minor]})`,
}));

interface DeploymentStepProps {
  /**
   * The user changed the mode or the version (`previous` is the context before the change), or
   * turned the webhook preference off (`previous` is the context as it is).
   */
  onContextChange: (previous: DeploymentContext) => void;
}

export function DeploymentStep({ onContextChange }: DeploymentStepProps) {
  const { control, setValue } = useWizardFormContext();
  const [target, mode, milvusVersion, image, apiVersion] = useWatch({
    control,
    name: ['target', 'mode', 'milvusVersion', 'image', 'apiVersion'],
  });
  const helm = target === 'helm';
  const [webhook] = useOperatorWebhook();
  const defaultImage = defaultImageFor(milvusVersion ?? DEFAULT_MINOR);
  const context = { mode: mode ?? 'standalone', milvusVersion: milvusVersion ?? DEFAULT_MINOR } as const;
  const v1alpha1Refused = v1alpha1Refusal(context.mode, webhook);
  const apiOptions: RadioOption<'v1beta1' | 'v1alpha1'>[] = [
    { value: 'v1beta1', label: 'milvus.io/v1beta1', description: 'Milvus with spec.mode: the current API.' },
    {
      value: 'v1alpha1',
      label: 'milvus.io/v1alpha1',
      description:
        mode === 'cluster'
          ? 'MilvusCluster, as in the Milvus 2.3 docs (deprecated).'
          : v1alpha1Refused
            ? `${v1alpha1Refused} Turn on the webhook option below if yours was.`
            : 'Milvus with the components directly under spec, as in the Milvus 2.3 docs. Your operator’s webhook converts it to v1beta1.',
      badges: [{ text: 'Legacy', tone: 'neutral' }],
      disabled: v1alpha1Refused !== null,
    },
  ];

  return (
    <>
      <RadioGroup name="target" legend="How Milvus is installed" options={TARGET_OPTIONS} variant="row" />
      <RadioGroup
        name="mode"
        legend="Deployment mode"
        options={MODE_OPTIONS}
        variant="row"
        onValueChange={(_next, previous) => onContextChange({ ...context, mode: previous })}
      />
      <SelectField
        name="milvusVersion"
        label="Milvus version"
        options={VERSION_OPTIONS}
        onValueChange={(_next, previous) =>
          onContextChange({ ...context, milvusVersion: previous as DeploymentContext['milvusVersion'] })
        }
      />
      <div className="field-row">
        <TextField name="name" label={helm ? 'Release name (helm install NAME)' : 'Name (metadata.name)'} />
        <TextField
          name="namespace"
          label={helm ? 'Namespace (--namespace)' : 'Namespace (metadata.namespace)'}
          placeholder="Namespace of your kubectl context"
        />
      </div>
      <div className="field-with-action">
        <TextField
          name="image"
          label={helm ? 'Image (image.all.repository and tag)' : 'Image (spec.components.image)'}
          placeholder={defaultImage}
        />
        {image !== defaultImage && (
          <button
            type="button"
            className="button button-ghost button-small"
            onClick={() => setValue('image', defaultImage, { shouldDirty: true, shouldValidate: true })}
          >
            Use {defaultImage}
          </button>
        )}
      </div>
      <ChartLimit name="apiVersion">
        <RadioGroup name="apiVersion" legend="Output API" options={apiOptions} variant="row" />
      </ChartLimit>
      {!helm && (
        <WebhookToggle
          onChange={(on) => {
            // Turned off under a v1alpha1 Milvus: the wizard must not keep writing what is refused.
            if (!on && apiVersion === 'v1alpha1') onContextChange(context);
          }}
        />
      )}
    </>
  );
}
