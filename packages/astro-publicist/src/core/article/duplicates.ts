/**
 * Two source files that Astro's glob loader gives the same entry id (`Doppelt.mdx` and
 * `doppelt.mdx`, or `foo.md` and `foo.mdx`): ids are slugged, so case and extension are lost. Astro
 * keeps one, warns, and the other article vanishes from every output; this finds such pairs so
 * the build can refuse them, naming both files.
 */
import { slug } from 'github-slugger';
import { PublicistError } from '../errors.ts';

const CONTENT_FILE = /\.(?:mdx?|markdown|mdoc)$/i;

/** The id Astro's glob loader gives a file name within its folder. */
export function entryIdOf(fileName: string): string {
  return slug(fileName.replace(CONTENT_FILE, ''));
}

export interface DuplicateEntry {
  /** The file that became the entry. */
  kept: string;
  /** The file with the same id that Astro dropped. */
  dropped: string;
  id: string;
}

/**
 * `entryFiles`: the source files of the collection's entries, relative to the project root with `/`.
 * `listFolder(dir)`: the file names in one of their folders.
 */
export function droppedEntries(entryFiles: readonly string[], listFolder: (dir: string) => readonly string[]): DuplicateEntry[] {
  const entries = new Set(entryFiles);
  const byFolder = new Map<string, string[]>();
  for (const file of entryFiles) {
    const at = file.lastIndexOf('/');
    const dir = at < 0 ? '' : file.slice(0, at);
    let names = byFolder.get(dir);
    if (!names) byFolder.set(dir, (names = []));
    names.push(file.slice(at + 1));
  }
  const found: DuplicateEntry[] = [];
  for (const [dir, names] of byFolder) {
    const keptById = new Map(names.map((name) => [entryIdOf(name), name]));
    for (const name of [...listFolder(dir)].sort()) {
      const path = dir ? `${dir}/${name}` : name;
      if (!CONTENT_FILE.test(name) || name.startsWith('_') || entries.has(path)) continue;
      const kept = keptById.get(entryIdOf(name));
      if (kept) found.push({ kept: dir ? `${dir}/${kept}` : kept, dropped: path, id: entryIdOf(name) });
    }
  }
  return found;
}

/**
 * Fails when two of a collection's source files got one entry id, naming both.
 * `entryFiles` and `listFolder` as for `droppedEntries`.
 */
export function checkUniqueEntryIds(collection: string, entryFiles: readonly string[], listFolder: (dir: string) => readonly string[]): void {
  const [duplicate] = droppedEntries(entryFiles, listFolder);
  if (!duplicate) return;
  throw new PublicistError(
    `publicist: ${duplicate.kept} and ${duplicate.dropped} must have different entry ids, but both are "${duplicate.id}" in the collection "${collection}" (ids ignore case and the extension); Astro keeps only one, so the other article would vanish from every output. Rename one of them.`,
    { file: duplicate.dropped, field: 'id' },
  );
}
