/**
 * From content collections to Articles: which collections (the configured ones, or for
 * zero-config the site's dated collections), each collection's field mapping (guessed once from
 * its entries, logged once), and the authors its entries reference.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection, getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';
import { collectionNames } from 'virtual:astro-publicist/collections';
import { normalizeArticle } from '../../core/article/index.ts';
import type { SummarizeBody } from '../../core/article/body.ts';
import { authorFromData, isReference, referenceKey, type EntryReference } from '../../core/article/authors.ts';
import { describeMapping, detectFields, readField, type FieldMapping } from '../../core/article/fields.ts';
import { articleCollections } from './collections.ts';
import type { Article, ResolvedAuthor, ResolvedOptions } from '../../core/types.ts';
import { checkUniqueEntryIds } from '../../core/article/duplicates.ts';
import { checkCoverInsideProject } from '../cover.ts';
import { runtimeLogOnce } from '../session.ts';

export interface ArticleWithEntry {
  article: Article;
  entry: CollectionEntry<CollectionKey>;
}

type Entry = CollectionEntry<CollectionKey>;

/** Dev loads the articles on every request: a line is printed once per session. */
const logOnce = (line: string) => runtimeLogOnce('info', line);

/** The authors-collection entries the collection's entries reference, resolved with getEntry(). */
async function referencedAuthors(entries: readonly Entry[], mapping: FieldMapping, site: string): Promise<Map<string, ResolvedAuthor>> {
  const refs = new Map<string, EntryReference>();
  for (const entry of entries) {
    const value = readField(mapping, 'author', { id: entry.id, data: entry.data as Record<string, unknown> });
    for (const item of Array.isArray(value) ? value : [value]) if (isReference(item)) refs.set(referenceKey(item), item);
  }
  const authors = new Map<string, ResolvedAuthor>();
  for (const [key, ref] of refs) {
    const found = await getEntry(ref.collection as CollectionKey, ref.id);
    if (found) authors.set(key, authorFromData(ref.id, found.data as Record<string, unknown>, site));
  }
  return authors;
}

/**
 * The frontmatter of a source file as written (YAML text after the opening `---`): the content
 * layer hands over parsed data only, in which YAML has already rolled `2026-02-30` over to March.
 */
function rawFrontmatter(root: string, filePath: string | undefined): string | undefined {
  if (!filePath) return undefined;
  try {
    return /^\uFEFF?---\r?\n([\s\S]*?\r?\n)---/.exec(readFileSync(resolve(root, filePath), 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

/** The file names in a folder of the project (none when it cannot be read). */
function listFolder(root: string, dir: string): string[] {
  try {
    return readdirSync(resolve(root, dir));
  } catch {
    return [];
  }
}

/**
 * Normalizes one collection's entries (dev passes one that keeps unchanged Articles); `context`
 * is what every entry's Article depends on besides the entry (the field mapping, the authors).
 */
export type NormalizeAll = (collection: string, context: string, entries: readonly Entry[], normalize: (entry: Entry) => Article) => Article[];

/** Every article of every article collection with its entry, newest first. */
export async function loadArticles(options: ResolvedOptions, root: string, normalizeAll?: NormalizeAll, summarize?: SummarizeBody): Promise<ArticleWithEntry[]> {
  const collections = await articleCollections(options, collectionNames, async (name) => (await getCollection(name as CollectionKey)).map((e: Entry) => e.data as Record<string, unknown>), logOnce);
  const effective: ResolvedOptions = { ...options, collections };
  const all: ArticleWithEntry[] = [];
  for (const collection of collections) {
    const entries = await getCollection(collection.name as CollectionKey);
    // Two source files with one entry id: Astro keeps one and the other article would vanish.
    checkUniqueEntryIds(collection.name, entries.flatMap((e: Entry) => (e.filePath ? [e.filePath.replaceAll('\\', '/')] : [])), (dir) => listFolder(root, dir));
    const mapping = detectFields(
      entries.map((e: Entry) => e.data as Record<string, unknown>),
      collection.fields,
    );
    if (entries.length) logOnce(describeMapping(collection.name, mapping));
    const referenced = await referencedAuthors(entries, mapping, options.site);
    const normalize = (entry: Entry) => {
      const article = normalizeArticle(
        {
          collection: collection.name,
          id: entry.id,
          data: entry.data as Record<string, unknown>,
          body: entry.body,
          filePath: entry.filePath,
          rawFrontmatter: rawFrontmatter(root, entry.filePath),
        },
        effective,
        { mapping, referenced, summarize },
      );
      checkCoverInsideProject(article, article.cover?.file, root);
      return article;
    };
    const context = JSON.stringify([collections.map((c) => [c.name, c.section, c.fields]), mapping, [...referenced]]);
    const articles = normalizeAll ? normalizeAll(collection.name, context, entries, normalize) : entries.map(normalize);
    entries.forEach((entry: Entry, i: number) => all.push({ article: articles[i]!, entry }));
  }
  return all.sort((a, b) => b.article.published.date.getTime() - a.article.published.date.getTime() || a.article.slug.localeCompare(b.article.slug));
}
