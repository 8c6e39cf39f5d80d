/**
 * URLs in a post's text, for the rules that count or limit them and for Bluesky's link facets.
 * twitter-text's extractor knows which hosts are real (it checks the TLD), as do X and Mastodon;
 * any other `http(s)://…` text is found too, so a link is never missed when links are limited.
 */
import twitter from 'twitter-text';

export interface FoundLink {
  /** UTF-16 offsets into the text; `end` exclusive. */
  start: number;
  end: number;
  url: string;
  withProtocol: boolean;
  /** twitter-text recognizes it (a known top-level domain). */
  recognized: boolean;
}

const HTTP_URL = /https?:\/\/[^\s<>"]+/giu;
const TRAILING_PUNCTUATION = /[.,;:!?'’"”“»)\]}…]+$/u;

export function findLinks(text: string): FoundLink[] {
  const found: FoundLink[] = twitter.extractUrlsWithIndices(text).map(({ url, indices: [start, end] }) => ({
    start,
    end,
    url,
    withProtocol: /^https?:\/\//i.test(url),
    recognized: true,
  }));
  for (const match of text.matchAll(HTTP_URL)) {
    const url = match[0].replace(TRAILING_PUNCTUATION, '');
    const start = match.index;
    const end = start + url.length;
    if (found.some((l) => l.start < end && start < l.end)) continue;
    found.push({ start, end, url, withProtocol: true, recognized: false });
  }
  return found.sort((a, b) => a.start - b.start);
}
