/**
 * Runtime helpers for pages, routes and components (they import `astro:content`, so they run
 * inside Astro). `import { getArticles } from 'astro-publicist/runtime'`.
 *
 * The per-site facts (the article list, lookups by entry, slug and path, translations, tags,
 * languages) are computed once into a SiteIndex, so a page asks for what it needs in O(1). A build
 * loads the index once. In `astro dev` content changes between requests: each request compares
 * the content layer's digests and re-normalizes only the entries that changed (ArticleMemo); when
 * none did, the previous index is reused as it is.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { normalizeArticle } from '../core/article/index.ts';
import { ArticleMemo } from '../core/article/memo.ts';
import type { Article, ResolvedOptions } from '../core/types.ts';
import { siteLanguages } from '../core/feeds/definitions.ts';
import { getState, isDev } from './state.ts';
import { tagSlug } from '../core/urls.ts';

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
export interface SiteIndex {
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

function buildIndex(all: ArticleWithEntry[], options: ResolvedOptions, dev: boolean): SiteIndex {
  // In dev drafts are shown (marked noindex); a build leaves them out.
  const items = (dev ? all : all.filter((a) => !a.article.draft)).sort(byDate);
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
        .map(([tag, list]) => Object.freeze({ tag, slug: tagSlug(tag), articles: Object.freeze(list) as Article[] }));
      return tags;
    },
  };
}

/** Dev: Articles kept between requests, by entry and content digest. */
const memo = new ArticleMemo<CollectionEntry<CollectionKey>>();
let buildIndexPromise: Promise<SiteIndex> | undefined;
let devIndex: SiteIndex | undefined;
let devLoad: Promise<SiteIndex> | undefined;

async function entries(options: ResolvedOptions): Promise<CollectionEntry<CollectionKey>[]> {
  const lists = await Promise.all(options.collections.map((c) => getCollection(c.name as CollectionKey)));
  return lists.flat();
}

function normalize(entry: CollectionEntry<CollectionKey>, options: ResolvedOptions): Article {
  return normalizeArticle(
    { collection: entry.collection, id: entry.id, data: entry.data as Record<string, unknown>, body: entry.body, filePath: entry.filePath },
    options,
  );
}

async function loadBuild(): Promise<SiteIndex> {
  const { options } = getState();
  const all = (await entries(options)).map((entry) => ({ article: normalize(entry, options), entry }));
  return buildIndex(all, options, false);
}

/** Dev: only new and changed entries are normalized; with none, the previous index stays. */
async function loadDev(): Promise<SiteIndex> {
  const { options } = getState();
  const { items, normalized, removed } = memo.update(await entries(options), (entry) => normalize(entry, options));
  if (devIndex && normalized.length === 0 && removed === 0) return devIndex;
  return (devIndex = buildIndex(items, options, true));
}

/** The site's index: built once in a build; in dev checked against the content layer on every call (requests share one check). */
export function getSiteIndex(): Promise<SiteIndex> {
  if (!isDev()) return (buildIndexPromise ??= loadBuild().then((index) => ((getState().articles = index.articles), index)));
  devLoad ??= loadDev().finally(() => (devLoad = undefined));
  return devLoad;
}

/**
 * Every article (newest first) with its collection entry. Drafts are left out of production
 * builds and kept in `astro dev` (where they are marked noindex). A new array on every call.
 */
export async function getArticles(): Promise<ArticleWithEntry[]> {
  return [...(await getSiteIndex()).items];
}

/** The published articles only, newest first. */
export async function getArticleList(): Promise<Article[]> {
  return [...(await getSiteIndex()).articles];
}

/** The Article for a collection entry (as passed to a page). */
export async function getArticle(entry: { collection: string; id: string }): Promise<Article | undefined> {
  return (await getSiteIndex()).byEntry.get(entryKey(entry.collection, entry.id))?.article;
}

/** Translations of an article: every other non-draft article with the same translationKey. */
export async function getTranslations(article: Article): Promise<Article[]> {
  if (!article.translationKey) return [];
  const group = (await getSiteIndex()).translations.get(article.translationKey) ?? [];
  return group.filter((a) => a !== article && a.slug !== article.slug);
}

/** The languages the site's articles are written in, sorted. */
export async function getSiteLanguages(): Promise<string[]> {
  return [...(await getSiteIndex()).languages];
}

/** Every tag with its articles (newest first), tags sorted by name in the site's language. */
export async function getTags(): Promise<TagWithArticles[]> {
  return [...(await getSiteIndex()).tags()];
}

export { tagSlug } from '../core/urls.ts';
export type { Article, ResolvedAuthor } from '../core/types.ts';

export function getOptions(): ResolvedOptions {
  return getState().options;
}
