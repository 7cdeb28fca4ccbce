/**
 * `check DIR`: the YAML files under a directory, as kubeconform finds them. Recursive, sorted by
 * name at each level, passing over `node_modules` and dot-folders, and safe from symlink loops (a
 * directory already walked, by its real path, is not walked again).
 */

/** One entry of a directory: a symlink counts as what it points to ('other' when it is broken). */
export interface DirectoryEntry {
  name: string;
  kind: 'file' | 'directory' | 'other';
}

/** A directory's real path (symlinks resolved) and its entries; null when `path` is no directory. */
export interface DirectoryListing {
  realPath: string;
  entries: DirectoryEntry[];
}

export type ListDirectory = (path: string) => Promise<DirectoryListing | null>;

const YAML_FILE = /\.ya?ml$/i;

function skippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

function join(dir: string, name: string): string {
  return dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`;
}

/**
 * The YAML files under `listing` (the listing of `dir`), in a stable order: files and folders
 * together, by name in code-point order, so the same tree prints the same report everywhere.
 */
export async function yamlFilesUnder(
  dir: string,
  listing: DirectoryListing,
  list: ListDirectory,
  seen: Set<string> = new Set(),
): Promise<string[]> {
  seen.add(listing.realPath);
  const files: string[] = [];
  const entries = [...listing.entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.kind === 'file' && YAML_FILE.test(entry.name)) files.push(path);
    if (entry.kind !== 'directory' || skippedFolder(entry.name)) continue;
    const inner = await list(path);
    if (!inner || seen.has(inner.realPath)) continue;
    files.push(...(await yamlFilesUnder(path, inner, list, seen)));
  }
  return files;
}
