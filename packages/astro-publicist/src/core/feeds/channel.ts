/** The feed-level data of one feed (title, links, language, dates), shared by all three formats. */
import type { Article, ResolvedOptions } from '../types.ts';
import { FEED_FORMATS, type FeedFormat, type FeedScope } from '../../options/feeds.ts';
import { feedDescription, feedHomeUrl, feedLanguage, feedTitle, feedUrl, stylesheetPath } from './definitions.ts';
import { xmlSafe, type FeedItem, type FeedPerson } from './item.ts';

export interface FeedChannel {
  scope: FeedScope;
  title: string;
  description: string;
  /** The page the feed belongs to. */
  homeUrl: string;
  /** Absolute URL of this feed in each enabled format (each document's `self`). */
  urls: Partial<Record<FeedFormat, string>>;
  /** BCP 47. */
  language: string;
  /** The newest modification among the items: deterministic, unlike "now". */
  updated: Date;
  /** Site-relative URL of the XSL stylesheet, when enabled. */
  stylesheet?: string;
  publisher: FeedPerson;
  /** Absolute URL of the publisher's logo. */
  logo?: string;
  generator: string;
}

export const GENERATOR = 'astro-publicist';

/**
 * `allArticles` (every published article) dates an empty feed: a tag feed whose articles the
 * filter removed still needs an `updated`. With no article at all, `now` (the build's clock) does.
 */
export function feedChannel(scope: FeedScope, items: readonly FeedItem[], allArticles: readonly Article[], options: ResolvedOptions, now?: Date): FeedChannel {
  const dates = items.length ? items.map((i) => i.modified.getTime()) : allArticles.map((a) => a.modified.date.getTime());
  const urls: Partial<Record<FeedFormat, string>> = {};
  for (const format of FEED_FORMATS) if (options.feeds.formats.includes(format)) urls[format] = feedUrl(scope, format, options);
  return {
    scope,
    title: xmlSafe(feedTitle(scope, options)),
    description: xmlSafe(feedDescription(scope, options)),
    homeUrl: feedHomeUrl(scope, options),
    urls,
    language: feedLanguage(scope, options),
    // A site without any article has no date of its own: the build's time, never 1970.
    updated: dates.length ? new Date(Math.max(...dates)) : (now ?? new Date(0)),
    stylesheet: options.feeds.stylesheet ? stylesheetPath(options) : undefined,
    publisher: { name: xmlSafe(options.publisher.name), url: options.publisher.url },
    logo: options.publisher.logo,
    generator: GENERATOR,
  };
}
