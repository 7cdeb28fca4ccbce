/**
 * Completion: the keys the schema declares where the cursor is, and the values of an enum field
 * (`msgStreamType:` offers the storages this resource's mode and version allow; in a values file,
 * `standalone.messageQueue:` and user.yaml's `mq.type:` those the chart and the Milvus version allow).
 */
import { CompletionItemKind, type CompletionItem, type CompletionParams } from 'vscode-languageserver';
import {
  keyCompletions,
  valueCompletions,
  type CompletionItem as Candidate,
} from '../../model/editing/fieldHelp.ts';
import { valuesKeyCompletions, valuesValueCompletions } from '../../model/editing/valuesHelp.ts';
import type { Analysis } from './analysis.ts';
import { placeAt } from './place.ts';

function toItem(candidate: Candidate, kind: CompletionItemKind, insertText: string): CompletionItem {
  return {
    label: candidate.label,
    kind,
    insertText,
    ...(candidate.detail ? { detail: candidate.detail } : {}),
    ...(candidate.documentation ? { documentation: candidate.documentation } : {}),
    ...(candidate.preselect
      ? { preselect: true, sortText: `0${candidate.label}` }
      : { sortText: `1${candidate.label}` }),
  };
}

export function completion(params: CompletionParams, analysis: Analysis): CompletionItem[] {
  const place = placeAt(analysis, params.position);
  const { values } = place;
  if (place.on === 'value' && place.key !== undefined) {
    const path = [...place.parent, place.key];
    return (values ? valuesValueCompletions(path, values) : valueCompletions({ ...place, path })).map((c) =>
      toItem(c, CompletionItemKind.EnumMember, c.label),
    );
  }
  return (
    values ? valuesKeyCompletions(place.parent, values) : keyCompletions({ ...place, path: place.parent })
  ).map((c) => toItem(c, CompletionItemKind.Property, `${c.label}: `));
}
