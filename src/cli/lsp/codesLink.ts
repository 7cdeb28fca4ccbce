/**
 * `codeDescription` of a diagnostic: a file:// link to the code's entry in CODES.md, the table of
 * every code (src/model/findings/CODES.md, copied beside the bundle by scripts/build-cli.mjs, so
 * the package ships it). The file is found from this module's own place, so the link works offline
 * in a clone (the sources) and in the installed package (dist/cli/); the anchor is the GitHub-style
 * slug of the heading whose table lists the code, read from the file itself, so the link follows
 * CODES.md as it is edited.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Where CODES.md sits below an ancestor of this module: the bundle's own copy, or the sources'. */
const PLACES = ['CODES.md', join('model', 'findings', 'CODES.md')];
/** src/cli/lsp/ is three levels below the checkout, dist/cli/chunks/ two below it. */
const LEVELS = 4;

/** The CODES.md this server can read, or null (then no diagnostic carries a link). */
export function findCodesFile(from: string = dirname(fileURLToPath(import.meta.url))): string | null {
  let dir = from;
  for (let level = 0; level < LEVELS; level++) {
    for (const place of PLACES) {
      const file = join(dir, place);
      if (existsSync(file)) return file;
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return null;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function headingSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
    .replace(/ /g, '-');
}

/** Each code's heading anchor, from CODES.md's text: the heading above the first table row naming it. */
export function codeAnchors(markdown: string): Map<string, string> {
  const anchors = new Map<string, string>();
  const seen = new Map<string, number>();
  let current = '';
  for (const line of markdown.split('\n')) {
    const heading = /^#{1,6} (.+)$/.exec(line);
    if (heading) {
      const slug = headingSlug(heading[1]!);
      const count = seen.get(slug) ?? 0;
      seen.set(slug, count + 1);
      current = count === 0 ? slug : `${slug}-${count}`;
      continue;
    }
    const row = /^\| `([a-z0-9-]+)`/.exec(line);
    if (row && current && !anchors.has(row[1]!)) anchors.set(row[1]!, current);
  }
  return anchors;
}

export interface CodeLinks {
  /** The link for a code, or undefined when CODES.md does not list it. */
  hrefOf(code: string): string | undefined;
}

let links: CodeLinks | undefined;

/** The links of the CODES.md found from this module (read once, on first use). */
export function codeLinks(): CodeLinks {
  if (links) return links;
  const file = findCodesFile();
  if (!file) return (links = { hrefOf: () => undefined });
  const base = pathToFileURL(file).href;
  const anchors = codeAnchors(readFileSync(file, 'utf8'));
  return (links = {
    hrefOf: (code) => {
      const anchor = anchors.get(code);
      return anchor === undefined ? undefined : `${base}#${anchor}`;
    },
  });
}
