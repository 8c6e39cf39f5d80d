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

/**
 * The document of one feed. `renderedHtml(article)` gives an article's rendered body (only asked
 * for when feeds carry the full content); `cardLength(article)` the byte length of its link card,
 * the item's enclosure (an item whose length is not known has none).
 */
export async function feedDocument(
  scope: FeedScope,
  format: FeedFormat,
  articles: readonly Article[],
  renderedHtml: (article: Article) => Promise<string>,
  options: ResolvedOptions,
  /** The build's clock: dates a feed of a site without articles. */
  now?: Date,
  cardLength?: (article: Article) => Promise<number | undefined>,
): Promise<FeedDocument> {
  const selected = feedArticles(scope, articles, options);
  // Asked all at once: cards not made yet are rendered side by side, not one after another.
  const lengths = cardLength ? await Promise.all(selected.map(cardLength)) : [];
  const items: FeedItem[] = [];
  for (const [i, article] of selected.entries()) {
    const html = options.feeds.content === 'full' ? await renderedHtml(article) : undefined;
    items.push(feedItem(article, html, options, lengths[i]));
  }
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
