import { describeField } from '../../../model/wizard/fieldMeta.ts';

// Stable element ids from field paths, so labels, help and errors can point at each other.
export const fieldId = (path: string) => `wz-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
export const helpId = (path: string) => `${fieldId(path)}-help`;
export const errorId = (path: string) => `${fieldId(path)}-error`;

/** The aria-describedby value for a field: its help, then its error when it has one. */
export function describedBy(
  path: string,
  hasHelp: boolean,
  hasError: boolean,
  extra?: string,
): string | undefined {
  const ids = [hasHelp ? helpId(path) : '', hasError ? errorId(path) : '', extra ?? ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** Whether the schema has help text for the field. */
export function hasHelp(path: string): boolean {
  return describeField(path) !== undefined;
}
