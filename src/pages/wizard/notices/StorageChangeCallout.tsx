import type { WizardValues } from '../../../model/wizard/values/values.ts';
import type { ImportedFrom } from '../../../model/wizard/draft.ts';
import { storageChangeAdvice } from '../../../model/wizard/storageChange.ts';
import { Callout } from './Callout.tsx';

/** Shown once the storage chosen differs from the one of the manifest the user opened from the checker. */
export function StorageChangeCallout({
  importedFrom,
  values,
}: {
  importedFrom: ImportedFrom | undefined;
  values: WizardValues;
}) {
  const advice = importedFrom ? storageChangeAdvice(importedFrom.msgStreamType, values) : null;
  if (!advice) return null;
  return (
    <Callout tone="warning" title="The message storage cannot change while Milvus runs">
      <p>{advice.summary}</p>
      {advice.checklist && (
        <>
          <p>To move from RocksMQ to NATS:</p>
          <ol className="checklist">
            {advice.checklist.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ol>
        </>
      )}
      {advice.onlineSwitch && <p>{advice.onlineSwitch}</p>}
    </Callout>
  );
}
