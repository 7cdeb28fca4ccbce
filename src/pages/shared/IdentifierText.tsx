import { Fragment } from 'react';
import { breakAfterDots, splitIdentifiers } from './identifierText.ts';

/**
 * A label, legend or help text with its identifiers as code that may wrap only after a dot (<wbr>);
 * a name is never cut unless, alone, it is wider than the line (overflow-wrap: break-word in
 * wizard.css). Issue #20: "re plicaCount" on a phone.
 */
/** A field path ("spec.dependencies.pulsar.inCluster...") that wraps only after its dots. */
export function PathText({ path }: { path: string }) {
  return (
    <>
      {breakAfterDots(path).map((piece, j) => (
        <Fragment key={j}>
          {j > 0 && <wbr />}
          {piece}
        </Fragment>
      ))}
    </>
  );
}

export function IdentifierText({ text }: { text: string }) {
  return (
    <>
      {splitIdentifiers(text).map((part, i) =>
        part.identifier ? (
          <code key={i} className="identifier">
            <PathText path={part.text} />
          </code>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
