/** The cursor's place and the facts of the resource it is in, shared by hover and completion. */
import type { Position } from 'vscode-languageserver';
import { cursorPlace, type CursorPlace } from '../../model/editing/cursorPath.ts';
import type { ResourceFacts } from '../../model/editing/fieldHelp.ts';
import type { ValuesFacts } from '../../model/editing/valuesHelp.ts';
import type { Analysis } from './analysis.ts';

export interface Place extends CursorPlace {
  /** The document is a `kind: List` and the cursor is in one of its items. */
  inList: boolean;
  facts?: ResourceFacts;
  /** The document is the chart's values: the release they describe. */
  values?: ValuesFacts;
}

export function placeAt(analysis: Analysis, position: Position): Place {
  const place = cursorPlace(analysis.text, position.line, position.character);
  const item =
    place.parent[0] === 'items' && typeof place.parent[1] === 'number' ? place.parent[1] : undefined;
  const inDocument = analysis.result.resolved.filter((r) => r.documentIndex === place.documentIndex);
  const listed = item !== undefined ? inDocument.find((r) => r.item === item) : undefined;
  const resource = listed ?? inDocument.find((r) => r.item === undefined);
  const facts: ResourceFacts | undefined = resource && {
    form: resource.view.form,
    mode: resource.view.mode,
    version: resource.view.judged.version,
    versionLabel: resource.view.judged.label,
  };
  const { values } = analysis.result;
  return {
    ...place,
    inList: listed !== undefined,
    ...(facts ? { facts } : {}),
    ...(values ? { values } : {}),
  };
}
