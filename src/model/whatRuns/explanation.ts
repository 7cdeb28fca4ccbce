/**
 * "What will run" as a person reads it: an outcome, a headline and sections. The operator's
 * resolution (resolve/explain.ts) and the Helm front end (helm/explain.ts) both fill this one
 * shape; the check page, the wizard's review step and `milvus-mq explain` render it.
 */
/** fails: the operator deploys Milvus, and Milvus fails at start on a storage it refuses (storageJudgement.ts). */
export type Outcome = 'deployed' | 'held' | 'refused' | 'fails';

/** A short labelled fact shown before a section's lines ("Runs now: Milvus 2.5.16"). */
export interface ExplainFact {
  label: string;
  value: string;
  /** ok: as it should be; attention: worth a look (a rollout, a storage that does not answer). */
  tone?: 'ok' | 'attention';
}

export interface ExplainSection {
  id: 'live' | 'storage' | 'versions' | 'releases' | 'addresses' | 'changes' | 'deployment' | 'config';
  title: string;
  /** Labelled facts, before the lines. */
  facts?: ExplainFact[];
  lines: string[];
  /** A YAML fragment shown after the words. */
  yaml?: string;
}

export interface Explanation {
  name: string;
  outcome: Outcome;
  headline: string;
  sections: ExplainSection[];
}

/** The deployment section's title and the outcome's label, one word each. */
export const OUTCOME_TITLES: Record<Outcome, string> = {
  deployed: 'Deployed',
  held: 'Never deployed',
  refused: 'Refused',
  fails: 'Fails at start',
};

/** The explanation as plain text, for `milvus-mq explain` and for copying. */
export function explainText(e: Explanation): string {
  const out = [`${e.name}: ${e.headline}`, ''];
  for (const s of e.sections) {
    out.push(`${s.title}:`);
    for (const f of s.facts ?? []) out.push(`  ${f.label}: ${f.value}`);
    for (const line of s.lines) out.push(`  ${line}`);
    if (s.yaml)
      out.push(
        ...s.yaml
          .trimEnd()
          .split('\n')
          .map((l) => `    ${l}`),
      );
    out.push('');
  }
  return out.join('\n');
}
