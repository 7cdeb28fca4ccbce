/** Hover on a key: the field's description, its default and the version facts (model/editing/fieldHelp.ts). */
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import { fieldHelp } from '../../model/editing/fieldHelp.ts';
import type { Analysis } from './analysis.ts';
import { placeAt } from './place.ts';

export function hover(params: HoverParams, analysis: Analysis): Hover | null {
  const place = placeAt(analysis, params.position);
  if (place.key === undefined || place.on !== 'key') return null;
  const help = fieldHelp({ ...place, path: [...place.parent, place.key] });
  if (!help) return null;
  const lines = [`**${help.path}**: ${help.expected}`];
  if (help.description) lines.push('', help.description);
  if (help.defaultValue !== undefined) lines.push('', `Default: ${help.defaultValue}`);
  if (help.facts.length > 0) lines.push('', ...help.facts.map((fact) => `- ${fact}`));
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') } };
}
