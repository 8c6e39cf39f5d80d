/**
 * Runtime helpers for pages, routes and components (they import `astro:content`, so they run
 * inside Astro). `import { getArticles } from 'astro-publicist/runtime'`.
 */
import { translationsOf } from '../core/article/index.ts';
import { selectPublished } from '../core/article/schedule.ts';
import { loadArticles, type ArticleWithEntry } from './content/load.ts';
import type { Article, ResolvedOptions } from '../core/types.ts';
import { publicistConfig, isDev } from './config/current.ts';
import { buildRecord } from './state.ts';

let cached: Promise<ArticleWithEntry[]> | undefined;

const load = () => loadArticles(publicistConfig.options, publicistConfig.root);

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
export type { ArticleWithEntry };
export type { Article, ResolvedAuthor } from '../core/types.ts';
import { checkTagSlugs, siteTagSlug } from '../core/urls.ts';

export function getOptions(): ResolvedOptions {
  return publicistConfig.options;
}
