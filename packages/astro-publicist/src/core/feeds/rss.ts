/** RSS 2.0 through @astrojs/rss, with the full article in `content:encoded`. */
import { getRssString, type RSSFeedItem } from '@astrojs/rss';
import { rssLanguage } from '../article/locale.ts';
import type { FeedChannel } from './channel.ts';
import { htmlText, xmlText as xml, type FeedItem } from './item.ts';

const NAMESPACES = { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' };

function channelData(channel: FeedChannel): string {
  const self = channel.urls.rss!;
  return [
    `<language>${xml(rssLanguage(channel.language))}</language>`,
    `<lastBuildDate>${channel.updated.toUTCString()}</lastBuildDate>`,
    `<generator>${xml(channel.generator)}</generator>`,
    `<atom:link href="${xml(self)}" rel="self" type="application/rss+xml"/>`,
    channel.logo ? `<image><url>${xml(channel.logo)}</url><title>${xml(channel.title)}</title><link>${xml(channel.homeUrl)}</link></image>` : '',
  ].join('');
}

function rssItem(item: FeedItem): RSSFeedItem {
  return {
    title: item.title,
    link: item.url,
    pubDate: item.published,
    // RSS readers treat description as HTML; the summary is plain text.
    description: htmlText(item.summary),
    content: item.contentHtml,
    categories: item.categories.map((c) => c.name),
    // RSS 2.0 `author` must be an e-mail address; Dublin Core's creator carries the name.
    customData: item.authors.map((a) => `<dc:creator>${xml(a.name)}</dc:creator>`).join(''),
    enclosure: item.image.length === undefined ? undefined : { url: item.image.url, length: item.image.length, type: item.image.type },
  };
}

export function rssFeed(channel: FeedChannel, items: readonly FeedItem[]): Promise<string> {
  return getRssString({
    title: channel.title,
    description: channel.description,
    site: channel.homeUrl,
    // The channel link as the URL rule spelled it: @astrojs/rss would add a slash otherwise.
    trailingSlash: channel.homeUrl.endsWith('/'),
    stylesheet: channel.stylesheet,
    xmlns: NAMESPACES,
    customData: channelData(channel),
    items: items.map(rssItem),
  });
}
