/** Where the posts outputs live, below the site's base: the one place these paths are spelled. */
import type { Article } from '../types.ts';
import { pagePath, type UrlSettings } from '../urls.ts';

export const SOCIAL_ROUTE_PREFIX = 'social';

/** Route patterns for injectRoute (Astro adds the base). */
export const SOCIAL_ROUTES = {
  article: `/${SOCIAL_ROUTE_PREFIX}/[...slug].json`,
  index: `/${SOCIAL_ROUTE_PREFIX}/index.json`,
  csv: `/${SOCIAL_ROUTE_PREFIX}/posts.csv`,
  kitIndex: `/${SOCIAL_ROUTE_PREFIX}/`,
  kitArticle: `/${SOCIAL_ROUTE_PREFIX}/[...slug]/`,
} as const;

/** `/social/articles/foo.json` (article slugs contain the collection, so they are unique). */
export function socialJsonPath(article: Pick<Article, 'slug'>, base = '/'): string {
  return `${base}${SOCIAL_ROUTE_PREFIX}/${article.slug}.json`;
}

/** `/social/articles/foo/`: the article's page in the social kit (a page, so Astro's URL settings apply). */
export function socialKitPath(article: Pick<Article, 'slug'>, settings: UrlSettings): string {
  return pagePath(`/${SOCIAL_ROUTE_PREFIX}/${article.slug}/`, settings);
}

export function socialIndexPath(base = '/'): string {
  return `${base}${SOCIAL_ROUTE_PREFIX}/index.json`;
}

export function socialCsvPath(base = '/'): string {
  return `${base}${SOCIAL_ROUTE_PREFIX}/posts.csv`;
}

export function socialKitIndexPath(settings: UrlSettings): string {
  return pagePath(`/${SOCIAL_ROUTE_PREFIX}/`, settings);
}
