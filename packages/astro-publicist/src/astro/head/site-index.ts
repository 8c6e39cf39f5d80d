/**
 * Lookups a page's head needs, built once per build from the article list (in `astro dev`, once
 * per content change): the article at a path, an article's translations, the site's languages, the tag
 * a tag page lists. No page scans the article list.
 */
import type { Article } from '../../core/types.ts';
import { pageKey, siteTagSlug } from '../../core/urls.ts';
import { publicistConfig } from '../config/current.ts';
import type { ArticleIndex } from '../runtime.ts';
import { siteArticles } from '../site-articles.ts';

export interface SiteIndex {
  articleAt(path: string): Article | undefined;
  translationsOf(article: Article): Article[];
  languages: readonly string[];
  tagBySlug: ReadonlyMap<string, string>;
}

function createIndex({ articles, translations, languages }: ArticleIndex): SiteIndex {
  const byPath = new Map(articles.map((a) => [pageKey(a.path), a]));
  const tagBySlug = new Map<string, string>();
  for (const a of articles) {
    for (const tag of a.tags) {
      const slug = siteTagSlug(tag, publicistConfig.options);
      if (!tagBySlug.has(slug)) tagBySlug.set(slug, tag);
    }
  }
  return {
    articleAt: (path) => byPath.get(pageKey(path)),
    // The article index groups only non-draft articles by translationKey.
    translationsOf: (article) => (article.translationKey ? (translations.get(article.translationKey) ?? []).filter((a) => a.slug !== article.slug) : []),
    languages,
    tagBySlug,
  };
}

/** One head index per article index: built once in a build, and in dev only when the content changed. */
const byArticles = new WeakMap<ArticleIndex, SiteIndex>();

export async function getSiteIndex(): Promise<SiteIndex> {
  const articles = await siteArticles();
  let index = byArticles.get(articles);
  if (!index) byArticles.set(articles, (index = createIndex(articles)));
  return index;
}
