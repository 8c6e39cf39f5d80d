/**
 * Which content collections hold the articles. Configured ones must exist; without configuration,
 * `articles` if the site has it, else every collection whose entries carry a date, else an error
 * naming what exists. The site's collections come in as arguments (load.ts reads them from Astro).
 */
import { datedCollections } from '../../core/article/fields.ts';
import { PublicistError } from '../../core/errors.ts';
import type { ResolvedCollection, ResolvedOptions } from '../../core/types.ts';
import { DEFAULT_COLLECTION, defaultArticlePath } from '../../options/resolve.ts';

const entryCount = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

/**
 * `existing`: the site's collection names; `entriesOf(name)`: the data of a collection's entries;
 * `log`: where the guess is reported.
 */
export async function articleCollections(
  options: ResolvedOptions,
  existing: readonly string[],
  entriesOf: (name: string) => Promise<Record<string, unknown>[]>,
  log: (line: string) => void,
): Promise<ResolvedCollection[]> {
  if (!options.collectionsGuessed) {
    const missing = options.collections.filter((c) => !existing.includes(c.name));
    if (missing.length && existing.length) {
      throw new PublicistError(
        `publicist: collections must name content collections of the site, got ${missing.map((c) => `"${c.name}"`).join(', ')}; the site's collections: ${existing.join(', ')}`,
        { field: 'collections' },
      );
    }
    return options.collections;
  }
  if (existing.includes(DEFAULT_COLLECTION)) return options.collections;
  const entries: Record<string, Record<string, unknown>[]> = {};
  for (const name of existing) entries[name] = await entriesOf(name);
  const dated = datedCollections(entries);
  if (!dated.length) {
    throw new PublicistError(
      `publicist: found no article collection: the site has no "${DEFAULT_COLLECTION}" collection and no collection whose entries have a date; ` +
        `its collections: ${existing.length ? existing.join(', ') : 'none'}. Name yours: publicist({ collections: ['blog'] })`,
      { field: 'collections' },
    );
  }
  log(
    `no "${DEFAULT_COLLECTION}" collection; using the collection${dated.length === 1 ? '' : 's'} whose entries have a date: ` +
      `${dated.map((name) => `${name} (${entryCount(entries[name]!.length)})`).join(', ')}. Set publicist({ collections }) to choose.`,
  );
  return dated.map((name) => ({ name, section: name, url: defaultArticlePath, fields: {} }));
}
