/** Atom 1.0 through the `feed` package. */
import { Feed } from 'feed';
import type { FeedChannel } from './channel.ts';
import { htmlText, type FeedItem } from './item.ts';

/**
 * The `feed` package writes attribute values without escaping `<` (not well-formed XML), so a
 * category term gets the look-alike U+FF1C instead.
 */
const attributeSafe = (text: string) => text.replace(/</g, '\uFF1C');

/** The `feed` package types an enclosure `image/<file extension>`; only pass it where that is the true type. */
const enclosureTypeMatches = (url: string, type: string) => `image/${new URL(url).pathname.split('.').pop()}` === type;

export function atomFeed(channel: FeedChannel, items: readonly FeedItem[]): string {
  const self = channel.urls.atom!;
  const feed = new Feed({
    id: self,
    title: channel.title,
    description: channel.description,
    link: channel.homeUrl,
    feed: self,
    updated: channel.updated,
    generator: channel.generator,
    author: { name: channel.publisher.name, link: channel.publisher.url },
    image: channel.logo,
    stylesheet: channel.stylesheet,
  });
  for (const item of items) {
    const enclosure = item.image.length !== undefined && enclosureTypeMatches(item.image.url, item.image.type);
    feed.addItem({
      id: item.id,
      link: item.url,
      // Atom's title and summary are written with type="html": plain text must be HTML-escaped.
      title: htmlText(item.title),
      description: htmlText(item.summary),
      content: item.contentHtml,
      date: item.modified,
      published: item.published,
      author: item.authors.map((a) => ({ name: a.name, link: a.url })),
      category: item.categories.map((c) => ({ term: attributeSafe(c.name) })),
      enclosure: enclosure ? { url: item.image.url, type: item.image.type, length: item.image.length } : undefined,
    });
  }
  return feed.atom1();
}
