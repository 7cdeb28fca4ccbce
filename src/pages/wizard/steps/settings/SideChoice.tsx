import { RadioGroup } from '../../fields/RadioGroup.tsx';

interface SideChoiceProps {
  storage: 'pulsar' | 'kafka' | 'woodpecker';
  legend: string;
  /** The radio for `external: false`: "In-cluster", or "Embedded" for Woodpecker. */
  inside: string;
  /** Why the external side does not fit this mode or version; shown under its radio. */
  externalNote?: string;
}

/**
 * The `external` switch of Pulsar, Kafka and Woodpecker as two named radios; the schema's
 * description of `external`, shown under the legend, says what each means.
 */
export function SideChoice({ storage, legend, inside, externalNote }: SideChoiceProps) {
  return (
    <RadioGroup
      name={`${storage}.external`}
      legend={legend}
      variant="row"
      options={[
        { value: false, label: inside },
        externalNote
          ? {
              value: true,
              label: 'External',
              description: externalNote,
              badges: [{ text: 'Not here', tone: 'danger' }],
            }
          : { value: true, label: 'External' },
      ]}
    />
  );
}
