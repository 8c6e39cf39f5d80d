/** Feed discovery links for a page (`<link rel="alternate">`). */
import type { Article, ResolvedOptions } from '../types.ts';
import { FEED_FORMATS, type FeedScope } from '../options.ts';
import { FEED_FORMAT_NAMES, FEED_TYPES, feedTitle, feedUrl } from './definitions.ts';

export interface FeedLink {
  /** MIME type: application/rss+xml, application/atom+xml, application/feed+json. */
  type: string;
  title: string;
  /** Absolute URL. */
  href: string;
}

export interface FeedLinkContext {
  /** The article shown on the page, if any. */
  article?: Article;
  /** The tag a tag page lists, if any. */
  tag?: string;
  /** The page's language. */
  lang?: string;
  /**
   * The languages the site's published articles are in (`siteLanguages(articles)`); language
   * feeds exist, and are linked, only when there is more than one.
   */
  languages?: readonly string[];
}

/**
 * The feeds that apply to a page: the site's feeds always; on a tag page, the tag's feeds; the
 * feeds of the page's language when the site has more than one language. Tag feeds are not
 * linked from articles: one article can carry many tags, and readers list every link.
 */
export function feedLinks(page: FeedLinkContext, options: ResolvedOptions): FeedLink[] {
  const scopes: FeedScope[] = [{ kind: 'site' }];
  if (page.tag !== undefined && options.feeds.tags) scopes.push({ kind: 'tag', tag: page.tag });
  const lang = page.lang ?? page.article?.lang;
  if (lang !== undefined && options.feeds.languages && (page.languages?.length ?? 0) > 1 && page.languages!.includes(lang)) {
    scopes.push({ kind: 'language', lang });
  }
  return scopes.flatMap((scope) => {
    const title = feedTitle(scope, options);
    return FEED_FORMATS.filter((f) => options.feeds.formats.includes(f)).map((format) => ({
      type: FEED_TYPES[format],
      title: `${title} (${FEED_FORMAT_NAMES[format]})`,
      href: feedUrl(scope, format, options),
    }));
  });
}
