/** Where the posts outputs live, below the site's base: the one place these paths are spelled. */
import type { Article } from '../types.ts';
import { pagePath, type UrlSettings } from '../urls.ts';

export const POSTS_URL_PREFIX = 'social';

/** Route patterns for injectRoute (Astro adds the base). */
export const POSTS_ROUTES = {
  article: `/${POSTS_URL_PREFIX}/[...slug].json`,
  index: `/${POSTS_URL_PREFIX}/index.json`,
  csv: `/${POSTS_URL_PREFIX}/posts.csv`,
  kitIndex: `/${POSTS_URL_PREFIX}/`,
  kitArticle: `/${POSTS_URL_PREFIX}/[...slug]/`,
} as const;

/** `/social/articles/foo.json` (article slugs contain the collection, so they are unique). */
export function postsFilePath(article: Pick<Article, 'slug'>, base = '/'): string {
  return `${base}${POSTS_URL_PREFIX}/${article.slug}.json`;
}

/** `/social/articles/`: the folder of a collection's social files and kit pages, which hold nothing else. */
export function postsFolderPath(collection: string, base = '/'): string {
  return `${base}${POSTS_URL_PREFIX}/${collection}/`;
}

/** `/social/articles/foo/`: the article's page in the social kit (a page, so Astro's URL settings apply). */
export function kitPagePath(article: Pick<Article, 'slug'>, settings: UrlSettings): string {
  return pagePath(`/${POSTS_URL_PREFIX}/${article.slug}/`, settings);
}

export function postsIndexPath(base = '/'): string {
  return `${base}${POSTS_URL_PREFIX}/index.json`;
}

export function postsCsvPath(base = '/'): string {
  return `${base}${POSTS_URL_PREFIX}/posts.csv`;
}

export function kitIndexPath(settings: UrlSettings): string {
  return pagePath(`/${POSTS_URL_PREFIX}/`, settings);
}
