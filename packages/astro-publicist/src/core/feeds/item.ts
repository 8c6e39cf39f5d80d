/**
 * The one feed item model: built once per article, written out as RSS (@astrojs/rss), Atom and
 * JSON Feed (the `feed` package). The serializers only map fields; every decision is made here.
 */
import { linkCard } from '../cards/card-files.ts';
import type { Article, ResolvedOptions } from '../types.ts';
import { tagPageUrl } from '../urls.ts';
import { feedHtml } from './html.ts';

export interface FeedPerson {
  name: string;
  url?: string;
  avatar?: string;
}

export interface FeedCategory {
  name: string;
  /** The tag's page, when the site has tag pages. */
  url?: string;
}

/** The share card, attached to the item (RSS enclosure, Atom link rel=enclosure, JSON attachment). */
export interface FeedEnclosure {
  url: string;
  /** Site-relative path (with base), to find the built file. */
  path: string;
  type: string;
  /** Bytes of the card file; without it the item has no enclosure. */
  length?: number;
}

export interface FeedItem {
  /** The permalink: guid (RSS), id (Atom, JSON Feed). */
  id: string;
  url: string;
  title: string;
  /** Plain text. */
  summary: string;
  /** The rendered article, made safe for feeds; absent when feeds carry summaries only. */
  contentHtml?: string;
  published: Date;
  /** RFC 3339 with the site's offset. */
  publishedIso: string;
  modified: Date;
  modifiedIso: string;
  authors: FeedPerson[];
  categories: FeedCategory[];
  /** BCP 47. */
  language: string;
  image: FeedEnclosure;
  /** The article's source file, for messages. */
  file: string;
}

/** Characters XML 1.0 does not allow at all, not even escaped; frontmatter may hold them. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const xmlSafe = (text: string) => text.replace(NOT_XML, '');

/** Plain text as HTML text (for fields that feed readers treat as HTML). */
export const htmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Text or a double-quoted attribute value as XML. */
export const xmlText = (text: string) => htmlText(text).replace(/"/g, '&quot;');

/**
 * One article as a feed item. `renderedHtml` is the article's rendered body; it is used only when
 * `feeds.content` is `full`. `cardLength` is the byte length of the link card, the enclosure.
 */
export function feedItem(article: Article, renderedHtml: string | undefined, options: ResolvedOptions, cardLength?: number): FeedItem {
  const card = linkCard(article, options);
  const full = options.feeds.content === 'full' && renderedHtml !== undefined;
  return {
    id: article.url,
    url: article.url,
    title: xmlSafe(article.title),
    summary: xmlSafe(article.description),
    contentHtml: full ? xmlSafe(feedHtml(renderedHtml, article.url)) : undefined,
    published: article.published.date,
    publishedIso: article.published.iso,
    modified: article.modified.date,
    modifiedIso: article.modified.iso,
    authors: article.authors.map((a) => ({ name: xmlSafe(a.name), url: a.url, avatar: a.avatar })),
    categories: article.tags.map((tag) => ({ name: xmlSafe(tag), url: tagPageUrl(tag, options) })),
    language: article.lang,
    image: { url: card.url, path: card.path, type: card.type, length: cardLength },
    file: article.file,
  };
}
