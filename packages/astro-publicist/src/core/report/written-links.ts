/**
 * The URLs of the site we write into a page's head and into a feed, taken from what we write
 * (the head parts, the feed document) as we write it: the link check after the build reads no
 * output file back. Only URLs on the site count (an external profile is not ours to build), each
 * once, without its fragment (`…/#organization` names the page).
 */
import type { HeadParts } from '../meta/index.ts';
import type { FeedDocument } from '../feeds/document.ts';

/** The head tags whose URL names a page or file of the site: canonical, hreflang and feed links, og:url, og:image. */
const LINK_TAGS: Record<string, string> = {
  canonical: 'href',
  'alternate:hreflang': 'href',
  'alternate:feed': 'href',
  'og:url': 'content',
  'og:image': 'content',
};

/** The URLs among `urls` that are on the site (`site` ends with the base and `/`), without fragment, each once, in order. */
export function siteLinks(urls: Iterable<string>, site: string): string[] {
  const found = new Set<string>();
  for (const url of urls) {
    if (!url.startsWith(site)) continue;
    const hash = url.indexOf('#');
    found.add(hash < 0 ? url : url.slice(0, hash));
  }
  return [...found];
}

/** Every string of a JSON value, as JSON.stringify would write it (a value with toJSON, such as a Date, as that), appended to `out`. */
function collectJsonStrings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') {
    const json = (value as { toJSON?: unknown }).toJSON;
    if (typeof json === 'function') collectJsonStrings(json.call(value), out);
    else for (const v of Array.isArray(value) ? value : Object.values(value)) collectJsonStrings(v, out);
  }
}

/** The site's URLs in a page's head as we write it: the link tags above and every URL string of the JSON-LD graph. */
export function headLinks(parts: HeadParts, site: string): string[] {
  const urls: string[] = [];
  for (const tag of parts.tags) {
    const attribute = LINK_TAGS[tag.name];
    if (attribute) urls.push(tag.attributes.find(([name]) => name === attribute)?.[1] ?? '');
  }
  if (parts.graph) collectJsonStrings(parts.graph, urls);
  return siteLinks(urls, site);
}

/**
 * The site's URLs a feed file writes in its format: the channel's page, the feed itself and the
 * logo; each item's id and link and its card when the item carries it; the publisher's and the
 * authors' pages where the format names them (Atom, JSON Feed), the authors' avatars in JSON Feed.
 * Not the links inside an article's own text.
 */
export function feedLinks(document: Pick<FeedDocument, 'format' | 'channel' | 'items'>, site: string): string[] {
  const { format, channel, items } = document;
  const people = format !== 'rss';
  function* urls(): Generator<string | undefined> {
    yield channel.homeUrl;
    yield channel.urls[format];
    yield channel.logo;
    if (people) yield channel.publisher.url;
    for (const item of items) {
      yield item.id;
      yield item.url;
      if (item.image.length !== undefined) yield item.image.url;
      for (const author of people ? item.authors : []) {
        yield author.url;
        if (format === 'json') yield author.avatar;
      }
    }
  }
  return siteLinks([...urls()].filter((u): u is string => u !== undefined), site);
}
