/**
 * An `app.bsky.feed.post`-shaped record for a post text: link and hashtag facets indexed by
 * UTF-8 bytes (`byteStart` inclusive, `byteEnd` exclusive), `langs`, and an
 * `app.bsky.embed.external` link card. The card's `thumb` names the image to upload
 * (URL, MIME type and, after the build, its size); the posting client turns it into a blob.
 */
import type { CardImage } from '../cards/images.ts';
import type { Article } from '../types.ts';
import { findHashtags } from './hashtags.ts';
import { findLinks } from './links.ts';
import { utf8Length } from './utf8.ts';

/** Bluesky rejects a thumbnail blob above this many bytes. */
export const BLUESKY_THUMB_MAX_BYTES = 1_000_000;

export type BlueskyFacetFeature =
  | { $type: 'app.bsky.richtext.facet#link'; uri: string }
  | { $type: 'app.bsky.richtext.facet#tag'; tag: string };

export interface BlueskyFacet {
  index: { byteStart: number; byteEnd: number };
  features: BlueskyFacetFeature[];
}

export interface BlueskyThumb {
  url: string;
  mimeType: string;
  /** Bytes of the built card file; written after the build. */
  size?: number;
}

export interface BlueskyRecord {
  $type: 'app.bsky.feed.post';
  text: string;
  createdAt: string;
  langs: string[];
  facets: BlueskyFacet[];
  embed: {
    $type: 'app.bsky.embed.external';
    external: { uri: string; title: string; description: string; thumb?: BlueskyThumb };
  };
}

/** Link and hashtag facets of a text, in text order. */
export function blueskyFacets(text: string): BlueskyFacet[] {
  const byteAt = (utf16: number) => utf8Length(text.slice(0, utf16));
  const facets: (BlueskyFacet & { at: number })[] = [];
  for (const link of findLinks(text)) {
    const uri = link.withProtocol ? link.url : `https://${link.url}`;
    facets.push({ at: link.start, index: { byteStart: byteAt(link.start), byteEnd: byteAt(link.end) }, features: [{ $type: 'app.bsky.richtext.facet#link', uri }] });
  }
  for (const hashtag of findHashtags(text)) {
    if (facets.some((f) => f.index.byteStart <= byteAt(hashtag.start) && byteAt(hashtag.start) < f.index.byteEnd)) continue;
    facets.push({ at: hashtag.start, index: { byteStart: byteAt(hashtag.start), byteEnd: byteAt(hashtag.end) }, features: [{ $type: 'app.bsky.richtext.facet#tag', tag: hashtag.tag }] });
  }
  return facets.sort((a, b) => a.at - b.at).map(({ at: _, ...facet }) => facet);
}

export function blueskyRecord(article: Article, text: string, link: string, card: CardImage): BlueskyRecord {
  return {
    $type: 'app.bsky.feed.post',
    text,
    createdAt: article.published.date.toISOString(),
    langs: [article.lang],
    facets: blueskyFacets(text),
    embed: {
      $type: 'app.bsky.embed.external',
      external: { uri: link, title: article.title, description: article.description, thumb: { url: card.url, mimeType: card.type } },
    },
  };
}
