// "What will run": the operator's view of each Milvus resource (model/operator/resolve/explain.ts), or the
// chart's rendering of Helm values (model/helm/explain.ts), in plain words first and the milvus.yaml
// fragment Milvus receives last. The check page and the wizard's review step both show it.
import { useId, useMemo } from 'react';
import { resourcePlace, type ResolvedResource } from '../../model/operator/checker/index.ts';
import { explain } from '../../model/operator/resolve/explain.ts';
import { OUTCOME_TITLES, type Explanation } from '../../model/whatRuns/explanation.ts';
import './whatWillRun.css';

type WhatWillRunProps = {
  /** The view is for an older text; a check of the current one is running. */
  stale?: boolean;
  className?: string;
  /** What the view is of, when it is not the text as written (e.g. the object an apply makes). */
  note?: string | undefined;
} & (
  | { resolved: readonly ResolvedResource[] }
  /** One Helm release, already explained (the worker ran explainHelm on the values). */
  | { explanation: Explanation }
);

/** Where the resource sits: its document, and its item in a `kind: List`. */
type Place = Pick<ResolvedResource, 'documentIndex' | 'item'>;

type Drawn = Place & ({ ok: true; explanation: Explanation } | { ok: false; message: string });

export function WhatWillRun(props: WhatWillRunProps) {
  const { stale = false, className, note } = props;
  const headingId = useId();
  const resolved = 'resolved' in props ? props.resolved : null;
  const explanation = 'explanation' in props ? props.explanation : null;
  const drawn = useMemo(
    (): Drawn[] =>
      resolved ? resolved.map(draw) : explanation ? [{ ok: true, documentIndex: 0, explanation }] : [],
    [resolved, explanation],
  );
  const showDocument = drawn.some((r) => r.documentIndex > 0);
  return (
    <section
      className={['what-will-run', stale ? 'what-will-run-stale' : '', className ?? ''].join(' ').trim()}
      aria-labelledby={headingId}
      aria-busy={stale}
    >
      <div className="what-will-run-header">
        <h3 id={headingId}>What will run</h3>
        {stale && (
          <span className="what-will-run-updating" aria-hidden="true">
            Updating…
          </span>
        )}
      </div>
      {note && <p className="what-will-run-note">{note}</p>}
      {drawn.length === 0 ? (
        <p className="what-will-run-none">There is no Milvus resource to show.</p>
      ) : (
        drawn.map((d) => (
          <ResourceView key={`${d.documentIndex}:${d.item ?? ''}`} drawn={d} showDocument={showDocument} />
        ))
      )}
    </section>
  );
}

/** explain() on plain data from the worker: a bug there shows as a message, never as a blank page. */
function draw(r: ResolvedResource): Drawn {
  try {
    return { ok: true, ...placeOf(r), explanation: explain(r.view, { pruned: r.pruned }) };
  } catch (error) {
    return {
      ok: false,
      ...placeOf(r),
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

function placeOf(r: ResolvedResource): Place {
  return r.item === undefined
    ? { documentIndex: r.documentIndex }
    : { documentIndex: r.documentIndex, item: r.item };
}

function ResourceView({ drawn, showDocument }: { drawn: Drawn; showDocument: boolean }) {
  const id = useId();
  const place = resourcePlace(drawn, showDocument);
  const where = place ? `${place.charAt(0).toUpperCase()}${place.slice(1)}: ` : '';
  if (!drawn.ok) {
    return (
      <article className="what-will-run-resource" aria-labelledby={`${id}-name`}>
        <h4 id={`${id}-name`}>{where}this resource</h4>
        <p className="what-will-run-error">
          This view could not be drawn ({drawn.message}). The problems listed still apply. Please report this.
        </p>
      </article>
    );
  }
  const e = drawn.explanation;
  return (
    <article
      className={`what-will-run-resource what-will-run-${e.outcome}`}
      aria-labelledby={`${id}-name`}
      data-outcome={e.outcome}
    >
      <h4 id={`${id}-name`}>
        {where}
        <code>{e.name || '(no name)'}</code>
      </h4>
      <p className="what-will-run-verdict">
        <strong className="what-will-run-outcome">{OUTCOME_TITLES[e.outcome]}</strong>{' '}
        <span className="what-will-run-headline">{e.headline}</span>
      </p>
      {e.sections.map((s) => (
        <section key={s.id} className="what-will-run-section" aria-labelledby={`${id}-${s.id}`}>
          <h5 id={`${id}-${s.id}`}>{s.title}</h5>
          {s.facts && s.facts.length > 0 && (
            <dl className="what-will-run-facts">
              {s.facts.map((f) => (
                <div key={f.label} className={f.tone ? `what-will-run-fact-${f.tone}` : undefined}>
                  <dt>{f.label}</dt>
                  <dd>{f.value}</dd>
                </div>
              ))}
            </dl>
          )}
          <ul>
            {s.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          {s.yaml !== undefined && (
            // Scrolls sideways on its own (YAML must not wrap), so it takes keyboard focus to scroll.
            <pre className="what-will-run-yaml" tabIndex={0} role="region" aria-label={`${s.title}: YAML`}>
              <code>{s.yaml.trimEnd() || '{}'}</code>
            </pre>
          )}
        </section>
      ))}
    </article>
  );
}
