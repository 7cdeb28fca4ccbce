/**
 * Hover on a key: the field's description, its default and the version facts, for a manifest
 * (model/editing/fieldHelp.ts) or a values file of the chart (model/editing/valuesHelp.ts).
 */
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import { fieldHelp } from '../../model/editing/fieldHelp.ts';
import { valuesFieldHelp } from '../../model/editing/valuesHelp.ts';
import type { Analysis } from './analysis.ts';
import { placeAt } from './place.ts';

export function hover(params: HoverParams, analysis: Analysis): Hover | null {
  const place = placeAt(analysis, params.position);
  if (place.key === undefined || place.on !== 'key') return null;
  const path = [...place.parent, place.key];
  const help = place.values ? valuesFieldHelp(path, place.values) : fieldHelp({ ...place, path });
  if (!help) return null;
  const lines = [`**${help.path}**: ${help.expected}`];
  if (help.description) lines.push('', help.description);
  if (help.defaultValue !== undefined) lines.push('', `Default: ${help.defaultValue}`);
  if (help.facts.length > 0) lines.push('', ...help.facts.map((fact) => `- ${fact}`));
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') } };
}
