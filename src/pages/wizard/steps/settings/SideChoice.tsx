import { RadioGroup } from '../../fields/RadioGroup.tsx';

interface SideChoiceProps {
  storage: 'pulsar' | 'kafka' | 'woodpecker';
  legend: string;
  /** The radio for `external: false`: "In-cluster", or "Embedded" for Woodpecker. */
  inside: string;
}

/**
 * The `external` switch of Pulsar, Kafka and Woodpecker as two named radios; the schema's
 * description of `external`, shown under the legend, says what each means.
 */
export function SideChoice({ storage, legend, inside }: SideChoiceProps) {
  return (
    <RadioGroup
      name={`${storage}.external`}
      legend={legend}
      variant="row"
      options={[
        { value: false, label: inside },
        { value: true, label: 'External' },
      ]}
    />
  );
}
