/**
 * JSON Feed 1.1 through the `feed` package. The package writes version 1 (one `author`, no
 * `language`, no attachments), so its output is brought up to 1.1 field by field.
 */
import { Feed } from 'feed';
import type { FeedChannel } from './channel.ts';
import type { FeedItem, FeedPerson } from './item.ts';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

const person = (p: FeedPerson) => ({ name: p.name, ...(p.url ? { url: p.url } : {}), ...(p.avatar ? { avatar: p.avatar } : {}) });

type JsonObject = Record<string, unknown>;

export function jsonFeed(channel: FeedChannel, items: readonly FeedItem[]): string {
  const feed = new Feed({
    id: channel.urls.json!,
    title: channel.title,
    description: channel.description,
    link: channel.homeUrl,
    feedLinks: { json: channel.urls.json! },
    updated: channel.updated,
    image: channel.logo,
  });
  for (const item of items) {
    feed.addItem({
      id: item.id,
      link: item.url,
      title: item.title,
      description: item.summary,
      content: item.contentHtml,
      date: item.modified,
      published: item.published,
      // The card is named only when its length is known (the card service made it).
      image: item.image.length !== undefined ? item.image.url : undefined,
      category: item.categories.map((c) => ({ name: c.name })),
    });
  }
  const v1 = JSON.parse(feed.json1()) as JsonObject & { items: JsonObject[] };
  const { author: _author, items: v1Items, ...top } = v1;
  const upgraded = {
    ...top,
    version: JSON_FEED_VERSION,
    language: channel.language,
    authors: [person(channel.publisher)],
    items: v1Items.map((entry, index) => {
      const item = items[index]!;
      const { author: _itemAuthor, content_html: contentHtml, ...rest } = entry;
      return {
        ...rest,
        // Without the full article (or with an empty body), the summary is the content, as plain text.
        ...(item.contentHtml?.trim() ? { content_html: contentHtml } : { content_text: item.summary }),
        summary: item.summary,
        date_published: item.publishedIso,
        date_modified: item.modifiedIso,
        // An item without authors inherits the feed's (the publisher).
        ...(item.authors.length ? { authors: item.authors.map(person) } : {}),
        language: item.language,
        ...(item.image.length !== undefined ? { attachments: [{ url: item.image.url, mime_type: item.image.type, size_in_bytes: item.image.length }] } : {}),
      };
    }),
  };
  return `${JSON.stringify(upgraded, null, 2)}\n`;
}
