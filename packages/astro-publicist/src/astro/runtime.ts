/**
 * Runtime helpers for pages, routes and components (they import `astro:content`, so they run
 * inside Astro). `import { getArticles } from 'astro-publicist/runtime'`.
 *
 * The per-site facts (the article list, lookups by entry, slug and path, translations, tags,
 * languages) are computed once into an ArticleIndex, so a page asks for what it needs in O(1). A build
 * loads the index once. In `astro dev` content changes between requests: each request compares
 * the content layer's digests and re-normalizes only the entries that changed (ArticleMemo); when
 * none did, the previous index is reused as it is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { normalizeArticle } from '../core/article/index.ts';
import { ArticleMemo } from '../core/article/memo.ts';
import { selectPublished } from '../core/article/schedule.ts';
import { droppedEntries } from '../core/article/duplicates.ts';
import { PublicistError } from '../core/errors.ts';
import type { Article, ResolvedOptions } from '../core/types.ts';
import { siteLanguages } from '../core/feeds/definitions.ts';
import { publicistConfig, isDev } from './config/current.ts';
import { buildRecord } from './state.ts';
import { checkCoverInsideProject } from './cover.ts';
import { checkTagSlugs, siteTagSlug } from '../core/urls.ts';

export interface ArticleWithEntry {
  article: Article;
  entry: CollectionEntry<CollectionKey>;
}

export interface TagWithArticles {
  tag: string;
  slug: string;
  articles: Article[];
}

/** Everything a page may ask about the site's articles, computed once per content state. */
export interface ArticleIndex {
  /** What getArticles() returns: newest first; drafts only in dev. */
  readonly items: readonly ArticleWithEntry[];
  readonly articles: readonly Article[];
  /** `collection\0id` → item. */
  readonly byEntry: ReadonlyMap<string, ArticleWithEntry>;
  /** `collection/id` → item. */
  readonly bySlug: ReadonlyMap<string, ArticleWithEntry>;
  /** Site-relative path (with base) → item. */
  readonly byPath: ReadonlyMap<string, ArticleWithEntry>;
  /** translationKey → the non-draft articles carrying it. */
  readonly translations: ReadonlyMap<string, readonly Article[]>;
  /** Languages of the articles, sorted. */
  readonly languages: readonly string[];
  /** Computed on first use: tags sorted by name in the site's language. */
  tags(): readonly TagWithArticles[];
}

const entryKey = (collection: string, id: string) => `${collection}\0${id}`;

function byDate(a: ArticleWithEntry, b: ArticleWithEntry): number {
  return b.article.published.date.getTime() - a.article.published.date.getTime() || a.article.slug.localeCompare(b.article.slug);
}

function buildIndex(all: ArticleWithEntry[], options: ResolvedOptions, dev: boolean): ArticleIndex {
  // In dev drafts and scheduled articles are shown (drafts marked noindex); a build leaves them out.
  let items = all.sort(byDate);
  if (!dev) {
    const { published, scheduled } = selectPublished(items, (a) => a.article, { now: publicistConfig.now, scheduled: options.scheduled });
    items = published;
    const record = buildRecord();
    record.articles = published.map((a) => a.article);
    record.scheduled = scheduled.map((a) => a.article);
  }
  const articles = items.map((a) => a.article);
  const byEntry = new Map<string, ArticleWithEntry>();
  const bySlug = new Map<string, ArticleWithEntry>();
  const byPath = new Map<string, ArticleWithEntry>();
  const translations = new Map<string, Article[]>();
  for (const item of items) {
    const { article } = item;
    byEntry.set(entryKey(article.collection, article.id), item);
    bySlug.set(article.slug, item);
    if (!byPath.has(article.path)) byPath.set(article.path, item);
    if (article.translationKey && !article.draft) {
      const group = translations.get(article.translationKey);
      if (group) group.push(article);
      else translations.set(article.translationKey, [article]);
    }
  }
  let tags: TagWithArticles[] | undefined;
  return {
    items,
    articles,
    byEntry,
    bySlug,
    byPath,
    translations,
    languages: siteLanguages(articles),
    tags() {
      if (tags) return tags;
      checkTagSlugs(articles, options);
      const byTag = new Map<string, Article[]>();
      for (const article of articles) {
        for (const tag of article.tags) {
          const list = byTag.get(tag);
          if (list) list.push(article);
          else byTag.set(tag, [article]);
        }
      }
      tags = [...byTag]
        .sort(([a], [b]) => a.localeCompare(b, options.defaultLocale))
        .map(([tag, list]) => Object.freeze({ tag, slug: siteTagSlug(tag, options), articles: Object.freeze(list) as Article[] }));
      return tags;
    },
  };
}

/** Dev: Articles kept between requests, by entry and content digest. */
const memo = new ArticleMemo<CollectionEntry<CollectionKey>>();
let buildIndexPromise: Promise<ArticleIndex> | undefined;
let devIndex: ArticleIndex | undefined;
let devLoad: Promise<ArticleIndex> | undefined;

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

/** Every entry of the article collections; each collection checked for ids two files share. */
async function entries(options: ResolvedOptions, root: string, check = true): Promise<CollectionEntry<CollectionKey>[]> {
  const lists = await Promise.all(options.collections.map((c) => getCollection(c.name as CollectionKey)));
  if (check) {
    options.collections.forEach((c, i) =>
      checkDuplicateIds(c.name, lists[i]!.flatMap((e: { filePath?: string }) => (e.filePath ? [e.filePath.replaceAll('\\', '/')] : [])), root),
    );
  }
  return lists.flat();
}

function normalize(entry: CollectionEntry<CollectionKey>, options: ResolvedOptions, root: string): Article {
  const article = normalizeArticle(
    {
      collection: entry.collection,
      id: entry.id,
      data: entry.data as Record<string, unknown>,
      body: entry.body,
      filePath: entry.filePath,
      rawFrontmatter: rawFrontmatter(root, entry.filePath),
    },
    options,
  );
  checkCoverInsideProject(article, article.cover?.file, root);
  return article;
}

async function loadBuild(): Promise<ArticleIndex> {
  const { options, root } = publicistConfig;
  const all = (await entries(options, root)).map((entry) => ({ article: normalize(entry, options, root), entry }));
  return buildIndex(all, options, false);
}

/** Dev: only new and changed entries are normalized; with none, the previous index stays. */
async function loadDev(): Promise<ArticleIndex> {
  const { options, root } = publicistConfig;
  const list = await entries(options, root, false);
  const { items, normalized, removed } = memo.update(list, (entry) => normalize(entry, options, root));
  if (devIndex && normalized.length === 0 && removed === 0) return devIndex;
  // Something changed: the id check looks at the source folders again.
  await entries(options, root, true);
  return (devIndex = buildIndex(items, options, true));
}

/** The site's index: built once in a build; in dev checked against the content layer on every call (requests share one check). */
export function getArticleIndex(): Promise<ArticleIndex> {
  if (!isDev()) return (buildIndexPromise ??= loadBuild());
  devLoad ??= loadDev().finally(() => (devLoad = undefined));
  return devLoad;
}

/**
 * Every article (newest first) with its collection entry. Drafts and future-dated articles
 * (scheduled, unless `scheduled: 'include'`) are left out of production builds and kept in
 * `astro dev` (where drafts are marked noindex). A new array on every call.
 */
export async function getArticles(): Promise<ArticleWithEntry[]> {
  return [...(await getArticleIndex()).items];
}

/** The published articles only, newest first. */
export async function getArticleList(): Promise<Article[]> {
  return [...(await getArticleIndex()).articles];
}

/** The Article for a collection entry (as passed to a page). */
export async function getArticle(entry: { collection: string; id: string }): Promise<Article | undefined> {
  return (await getArticleIndex()).byEntry.get(entryKey(entry.collection, entry.id))?.article;
}

/** Translations of an article: every other non-draft article with the same translationKey. */
export async function getTranslations(article: Article): Promise<Article[]> {
  if (!article.translationKey) return [];
  const group = (await getArticleIndex()).translations.get(article.translationKey) ?? [];
  return group.filter((a) => a !== article && a.slug !== article.slug);
}

/** The languages the site's articles are written in, sorted. */
export async function getSiteLanguages(): Promise<string[]> {
  return [...(await getArticleIndex()).languages];
}

/** Every tag with its articles (newest first), tags sorted by name in the site's language. */
export async function getTags(): Promise<TagWithArticles[]> {
  return [...(await getArticleIndex()).tags()];
}

export { tagSlug, tagPath } from '../core/urls.ts';
export type { Article, ResolvedAuthor } from '../core/types.ts';

export function getOptions(): ResolvedOptions {
  return publicistConfig.options;
}
