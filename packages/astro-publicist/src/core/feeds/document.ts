/** One feed file: its scope, format, channel and items, and how it is written. */
import type { Article, ResolvedOptions } from '../types.ts';
import type { FeedFormat, FeedScope } from '../options.ts';
import { feedChannel, type FeedChannel } from './channel.ts';
import { feedArticles, feedPath } from './definitions.ts';
import { feedItem, type FeedItem } from './item.ts';
import { rssFeed } from './rss.ts';
import { atomFeed } from './atom.ts';
import { jsonFeed } from './json.ts';

export interface FeedDocument {
  format: FeedFormat;
  /** Site-relative path (with base), e.g. `/tags/seo/rss.xml`. */
  path: string;
  channel: FeedChannel;
  items: FeedItem[];
}

/** Makes an article's feed item; the caller may keep each article's item for every feed it is in. */
export type FeedItemOf = (article: Article) => Promise<FeedItem>;

/**
 * Feed items made from the articles' rendered bodies: `renderedHtml(article)` gives an article's
 * rendered body (only asked for when feeds carry the full content); `cardLength(article)` the byte
 * length of its link card, the item's enclosure (an item whose length is not known has none).
 */
export function feedItemsFrom(
  renderedHtml: (article: Article) => Promise<string>,
  options: ResolvedOptions,
  cardLength?: (article: Article) => Promise<number | undefined>,
): FeedItemOf {
  return async (article) => {
    const [html, length] = await Promise.all([options.feeds.content === 'full' ? renderedHtml(article) : undefined, cardLength?.(article)]);
    return feedItem(article, html, options, length);
  };
}

/** The document of one feed; its items are asked for all at once, so cards not made yet render side by side. */
export async function feedDocument(
  scope: FeedScope,
  format: FeedFormat,
  articles: readonly Article[],
  itemOf: FeedItemOf,
  options: ResolvedOptions,
  /** The build's clock: dates a feed of a site without articles. */
  now?: Date,
): Promise<FeedDocument> {
  const settled = await Promise.allSettled(feedArticles(scope, articles, options).map(itemOf));
  // The first failure in feed order, whichever failed first in time: the same error every build.
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  const items = settled.map((s) => (s as PromiseFulfilledResult<FeedItem>).value);
  return { format, path: feedPath(scope, format, options), channel: feedChannel(scope, items, articles, options, now), items };
}

export function serializeFeed(document: Pick<FeedDocument, 'format' | 'channel' | 'items'>): Promise<string> {
  switch (document.format) {
    case 'rss':
      return rssFeed(document.channel, document.items);
    case 'atom':
      return Promise.resolve(atomFeed(document.channel, document.items));
    case 'json':
      return Promise.resolve(jsonFeed(document.channel, document.items));
  }
}
