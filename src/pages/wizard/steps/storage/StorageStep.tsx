import { useWatch } from 'react-hook-form';
import {
  MQ_LABELS,
  MSG_STREAM_TYPES,
  defaultMsgStreamFor,
  supportOf,
  type MsgStreamType,
} from '../../../../model/facts/support.ts';
import { DEFAULT_MINOR } from '../../../../model/facts/versions.ts';
import { RadioGroup, type RadioOption } from '../../fields/RadioGroup.tsx';
import { useWizardFormContext } from '../../fields/formTypes.ts';
import { routePath } from '../../../../shared/routes.ts';
import { SupportMatrixTable } from './SupportMatrixTable.tsx';

/** What each storage is, in one line, before the support facts. */
const WHAT_IT_IS: Record<MsgStreamType, string> = {
  rocksmq: 'Embedded in the Milvus pod; its data lives on the pod or a volume.',
  natsmq: 'Embedded NATS JetStream in the Milvus pod.',
  pulsar: 'Apache Pulsar, installed by the operator or one you run.',
  kafka: 'Apache Kafka, installed by the operator or one you run.',
  woodpecker: "Milvus's own write-ahead log on object storage.",
};

export function StorageStep() {
  const { control } = useWizardFormContext();
  const [mode = 'standalone', milvusVersion = DEFAULT_MINOR] = useWatch({
    control,
    name: ['mode', 'milvusVersion'],
  });
  const operatorDefault = defaultMsgStreamFor(mode, milvusVersion);

  const options: RadioOption<MsgStreamType>[] = MSG_STREAM_TYPES.map((mq) => {
    const verdict = supportOf(mode, mq, milvusVersion);
    const badges: NonNullable<RadioOption<MsgStreamType>['badges']> = [];
    if (verdict.status === 'unsupported') badges.push({ text: 'Not available', tone: 'danger' });
    if (verdict.status === 'experimental') badges.push({ text: 'Experimental', tone: 'warning' });
    if (verdict.status === 'deprecated') badges.push({ text: 'Deprecated', tone: 'warning' });
    if (mq === operatorDefault) badges.push({ text: 'Operator default', tone: 'info' });
    const facts =
      verdict.status === 'unsupported'
        ? [verdict.reason]
        : [WHAT_IT_IS[mq], verdict.reason, ...verdict.notes].filter((s) => s !== '');
    return {
      value: mq,
      label: MQ_LABELS[mq],
      disabled: verdict.status === 'unsupported',
      badges,
      description: facts.join(' '),
    };
  });

  return (
    <>
      <RadioGroup name="msgStreamType" legend="Message storage (msgStreamType)" options={options} />
      <p className="step-aside">
        Choosing between the two embedded storages of a standalone Milvus? Compare them with your message
        sizes: <a href={routePath('decide')}>RocksMQ or NATS?</a>
      </p>
      <SupportMatrixTable mode={mode} milvusVersion={milvusVersion} />
    </>
  );
}
