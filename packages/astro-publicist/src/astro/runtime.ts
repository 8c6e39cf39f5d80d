/**
 * Runtime helpers for pages, routes and components (they import `astro:content`, so they run
 * inside Astro). `import { getArticles } from 'astro-publicist/runtime'`.
 *
 * The per-site facts (the article list, lookups by entry, slug and path, translations, tags,
 * languages) are computed once into an ArticleIndex, so a page asks for what it needs in O(1). A build
 * loads the index once. In `astro dev` content changes between requests: while the content layer's
 * store is unchanged a request reuses the index as it is; after a change the entries' digests are
 * compared and only the entries that changed are normalized again (ArticleMemo).
 *
 * Every helper here only returns data: none records anything for the build report. Our own routes
 * hand the build's articles to the report themselves (site-articles.ts).
 */
import type { CollectionEntry, CollectionKey } from 'astro:content';
import { ArticleMemo } from '../core/article/memo.ts';
import { selectPublished } from '../core/article/schedule.ts';
import { loadArticles, type ArticleWithEntry, type NormalizeAll } from './content/load.ts';
import type { Article, ResolvedOptions } from '../core/types.ts';
import { siteLanguages } from '../core/feeds/definitions.ts';
import { publicistConfig, isDev } from './config/current.ts';
import { runtimeLog } from './session.ts';
import { BODY_SUMMARIES_FILE, BodySummaries } from './content/body-summaries.ts';
import { join } from 'node:path';
import { checkTagSlugs, siteTagSlug } from '../core/urls.ts';

export type { ArticleWithEntry };

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
  /** Future-dated articles a build leaves out (scheduled publishing); empty in dev. */
  readonly scheduled: readonly Article[];
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
  let scheduled: Article[] = [];
  if (!dev) {
    const selected = selectPublished(items, (a) => a.article, { now: publicistConfig.now, scheduled: options.scheduled });
    items = selected.published;
    scheduled = selected.scheduled.map((a) => a.article);
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
    scheduled,
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

let buildIndexPromise: Promise<ArticleIndex> | undefined;
let devIndex: ArticleIndex | undefined;
let devLoad: Promise<ArticleIndex> | undefined;

/** Dev: Articles kept between requests, per collection, by entry digest and the collection's field mapping and authors. */
const memos = new Map<string, { context: string; memo: ArticleMemo<CollectionEntry<CollectionKey>> }>();
/** Set by a dev load when an entry was normalized again or left. */
let devChanged = false;

const normalizeChanged: NormalizeAll = (collection, context, entries, normalize) => {
  let kept = memos.get(collection);
  if (!kept || kept.context !== context) {
    // A new field mapping or author set changes every Article of the collection.
    memos.set(collection, (kept = { context, memo: new ArticleMemo() }));
    devChanged = true;
  }
  const { items, normalized, removed } = kept.memo.update(entries, normalize);
  if (normalized.length || removed) devChanged = true;
  return items.map((item) => item.article);
};

/** Body summaries kept in the cache folder between runs, when the code that makes them is known. */
let summaries: BodySummaries | undefined | null;
function bodySummaries(): BodySummaries | undefined {
  if (summaries === undefined) {
    const { cacheDir, keptValuesVersion } = publicistConfig;
    summaries = keptValuesVersion ? new BodySummaries(join(cacheDir, BODY_SUMMARIES_FILE), keptValuesVersion, (message) => runtimeLog('warn', message)) : null;
  }
  return summaries ?? undefined;
}

async function loadBuild(): Promise<ArticleIndex> {
  const { options, root } = publicistConfig;
  const kept = bodySummaries();
  const all = await loadArticles(options, root, undefined, kept?.summarize);
  kept?.save(true);
  return buildIndex(all, options, false);
}

/**
 * The content layer's store module. Astro evaluates it again after every content change (it
 * invalidates the module when it writes the store), so the same module object means the same content.
 */
let devStore: unknown;

async function contentStore(): Promise<unknown> {
  try {
    return await import('astro:data-layer-content');
  } catch {
    return undefined; // not in Vite (a test): every call checks the entries
  }
}

/**
 * Dev: while the content layer's store is the one the index was made from, the index stays (a
 * request costs no per-article work); else only new and changed entries are normalized, and with
 * none the previous index stays.
 */
async function loadDev(): Promise<ArticleIndex> {
  const { options, root } = publicistConfig;
  const store = await contentStore();
  if (devIndex && store !== undefined && store === devStore) return devIndex;
  devChanged = false;
  const kept = bodySummaries();
  const all = await loadArticles(options, root, normalizeChanged, kept?.summarize);
  kept?.save(false);
  devStore = store;
  if (devIndex && !devChanged && all.length === devIndex.items.length) return devIndex;
  return (devIndex = buildIndex(all, options, true));
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
