/** Atom 1.0 through the `feed` package. */
import { Feed } from 'feed';
import type { FeedChannel } from './channel.ts';
import { htmlText, type FeedItem } from './item.ts';
import { stripUnsafe } from '../text/clean.ts';

/**
 * The `feed` package escapes `&` in attribute values but not `<`, which XML forbids there. A `<`
 * in a category term is handed over as a noncharacter (which the one text cleaning removes from any
 * input, so it cannot occur otherwise) and written as `&lt;` afterwards: the term reads back as the
 * tag itself, the same text as in RSS and JSON Feed.
 */
const LESS_THAN = '\uFDD0';
const attributeSafe = (text: string) => stripUnsafe(text).replace(/</g, LESS_THAN);

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
  return feed.atom1().replaceAll(LESS_THAN, '&lt;');
}
