/**
 * An `app.bsky.feed.post` record for a post text, valid against the published lexicon as far as a
 * build can know it: link and hashtag facets indexed by UTF-8 bytes (`byteStart` inclusive,
 * `byteEnd` exclusive), `langs`, and an `app.bsky.embed.external` link card.
 *
 * Two fields only the posting tool can fill, so they are not in the record:
 * - `createdAt`: the moment of posting (not the publish date; a build must not invent a time);
 * - `embed.external.thumb`: a blob ref, which exists only after uploading the image. The image to
 *   upload is `thumbnail` beside the record (URL, MIME type and its size in bytes).
 */
import type { CardImage } from '../cards/card-files.ts';
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

/** The image the posting tool uploads and sets as `embed.external.thumb` (a blob ref). */
export interface BlueskyThumb {
  url: string;
  mimeType: string;
  /** Bytes of the card file. */
  size?: number;
}

/** The record as the posting tool sends it, minus `createdAt` (set when posting) and the card's `thumb` blob. */
export interface BlueskyRecord {
  $type: 'app.bsky.feed.post';
  text: string;
  langs: string[];
  facets: BlueskyFacet[];
  embed: {
    $type: 'app.bsky.embed.external';
    external: { uri: string; title: string; description: string };
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

export function blueskyRecord(article: Article, text: string, link: string): BlueskyRecord {
  return {
    $type: 'app.bsky.feed.post',
    text,
    langs: [article.lang],
    facets: blueskyFacets(text),
    embed: {
      $type: 'app.bsky.embed.external',
      external: { uri: link, title: article.title, description: article.description },
    },
  };
}

/** The link card to upload as the embed's `thumb`. */
export function blueskyThumbnail(card: CardImage): BlueskyThumb {
  return { url: card.url, mimeType: card.type };
}

/** Whether a card of this many bytes can be a Bluesky thumbnail. */
export const fitsBlueskyThumb = (bytes: number) => bytes <= BLUESKY_THUMB_MAX_BYTES;
