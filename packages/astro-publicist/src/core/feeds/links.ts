/** Feed discovery links for a page (`<link rel="alternate">`); filled in by the feeds feature. */
import type { Article, ResolvedOptions } from '../types.ts';

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
}

export function feedLinks(_page: FeedLinkContext, _options: ResolvedOptions): FeedLink[] {
  return [];
}
