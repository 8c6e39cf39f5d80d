/**
 * Runtime helpers for pages, routes and components (they import `astro:content`, so they run
 * inside Astro). `import { getArticles } from 'astro-publicist/runtime'`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { normalizeArticle, translationsOf } from '../core/article/index.ts';
import { selectPublished } from '../core/article/schedule.ts';
import { droppedEntries } from '../core/article/duplicates.ts';
import { PublicistError } from '../core/errors.ts';
import type { Article, ResolvedOptions } from '../core/types.ts';
import { publicistConfig, isDev } from './config/current.ts';
import { buildRecord } from './state.ts';
import { checkCoverInsideProject } from './cover.ts';

export interface ArticleWithEntry {
  article: Article;
  entry: CollectionEntry<CollectionKey>;
}

let cached: Promise<ArticleWithEntry[]> | undefined;

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

/** Refuse two source files with one entry id: Astro keeps one and the other article would vanish. */
function checkDuplicateIds(collection: string, files: string[], root: string): void {
  const listFolder = (dir: string) => {
    try {
      return readdirSync(resolve(root, dir));
    } catch {
      return [];
    }
  };
  const [duplicate] = droppedEntries(files, listFolder);
  if (duplicate) {
    throw new PublicistError(
      `publicist: ${duplicate.kept} and ${duplicate.dropped} must have different entry ids, but both are "${duplicate.id}" in the collection "${collection}" (ids ignore case and the extension); Astro keeps only one, so the other article would vanish from every output. Rename one of them.`,
      { file: duplicate.dropped, field: 'id' },
    );
  }
}

async function load(): Promise<ArticleWithEntry[]> {
  const { options, root } = publicistConfig;
  const all: ArticleWithEntry[] = [];
  for (const collection of options.collections) {
    const entries = await getCollection(collection.name as CollectionKey);
    checkDuplicateIds(collection.name, entries.flatMap((e: { filePath?: string }) => (e.filePath ? [e.filePath.replaceAll('\\', '/')] : [])), root);
    for (const entry of entries) {
      const article = normalizeArticle(
        {
          collection: collection.name,
          id: entry.id,
          data: entry.data as Record<string, unknown>,
          body: entry.body,
          filePath: entry.filePath,
          rawFrontmatter: rawFrontmatter(root, entry.filePath),
        },
        options,
      );
      checkCoverInsideProject(article, article.cover?.file, root);
      all.push({ article, entry });
    }
  }
  return all.sort((a, b) => b.article.published.date.getTime() - a.article.published.date.getTime() || a.article.slug.localeCompare(b.article.slug));
}

/**
 * Every article (newest first) with its collection entry. Drafts and future-dated articles
 * (scheduled, unless `scheduled: 'include'`) are left out of production builds and kept in
 * `astro dev` (where drafts are marked noindex).
 */
export async function getArticles(): Promise<ArticleWithEntry[]> {
  // In dev the content changes under us, so normalize afresh; a build normalizes once.
  const dev = isDev();
  const articles = await (dev ? load() : (cached ??= load()));
  if (dev) return articles;
  const { published, scheduled } = selectPublished(articles, (a) => a.article, { now: publicistConfig.now, scheduled: publicistConfig.options.scheduled });
  const record = buildRecord();
  record.articles = published.map((a) => a.article);
  record.scheduled = scheduled.map((a) => a.article);
  return published;
}

/** The published articles only, newest first. */
export async function getArticleList(): Promise<Article[]> {
  return (await getArticles()).map((a) => a.article);
}

/** The Article for a collection entry (as passed to a page). */
export async function getArticle(entry: { collection: string; id: string }): Promise<Article | undefined> {
  return (await getArticles()).find((a) => a.article.collection === entry.collection && a.article.id === entry.id)?.article;
}

export async function getTranslations(article: Article): Promise<Article[]> {
  return translationsOf(article, await getArticleList());
}

/** Every tag with its articles, tags sorted by name in the site's language. */
export async function getTags(): Promise<{ tag: string; slug: string; articles: Article[] }[]> {
  const { options } = publicistConfig;
  const byTag = new Map<string, Article[]>();
  const list = await getArticleList();
  checkTagSlugs(list, options);
  for (const article of list) for (const tag of article.tags) byTag.set(tag, [...(byTag.get(tag) ?? []), article]);
  return [...byTag]
    .sort(([a], [b]) => a.localeCompare(b, options.defaultLocale))
    .map(([tag, articles]) => ({ tag, slug: siteTagSlug(tag, options), articles }));
}

export { tagSlug, tagPath } from '../core/urls.ts';
export type { Article, ResolvedAuthor } from '../core/types.ts';
import { checkTagSlugs, siteTagSlug } from '../core/urls.ts';

export function getOptions(): ResolvedOptions {
  return publicistConfig.options;
}
