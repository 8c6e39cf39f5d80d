/**
 * The head tags of a page as an ordered list of descriptors. The order is fixed (document
 * basics, links, Open Graph, article:*, X, fediverse), no tag appears twice, and each tag has a
 * `name` by which a page can leave it out (`omit`) to write its own.
 */
import { profileUrls } from '../../options/resolve.ts';
import type { Article, ResolvedOptions } from '../types.ts';
import { formatMinutes, formatNames, headLabels } from './labels.ts';
import type { HeadPage } from './page.ts';

export interface HeadTag {
  element: 'title' | 'meta' | 'link';
  /**
   * What the tag is, for `omit`: `title`, `description`, `canonical`, `og:image:alt`, … (the meta
   * name/property, or for links `canonical`, `alternate:hreflang`, `alternate:feed`, `me`).
   */
  name: string;
  /** Attributes in output order. */
  attributes: readonly (readonly [string, string])[];
  /** Text content (`<title>` only). */
  text?: string;
}

const meta = (name: string, content: string): HeadTag => ({ element: 'meta', name, attributes: [['name', name], ['content', content]] });
const property = (name: string, content: string): HeadTag => ({ element: 'meta', name, attributes: [['property', name], ['content', content]] });
const link = (name: string, attributes: [string, string][]): HeadTag => ({ element: 'link', name, attributes });

/** `https://x.com/name`-style profile for `article:author`, else the name. */
function authorReference(author: { name: string; url?: string; sameAs: string[] }): string {
  return author.url ?? author.sameAs[0] ?? author.name;
}

/** The names credited for an article: its authors, or the publisher when it names none. */
function creditedNames(article: Article, options: ResolvedOptions): string[] {
  return article.authors.length ? article.authors.map((a) => a.name) : [options.publisher.name];
}

function documentTags(page: HeadPage, options: ResolvedOptions): HeadTag[] {
  const tags: HeadTag[] = [{ element: 'title', name: 'title', attributes: [], text: page.documentTitle }];
  if (page.description) tags.push(meta('description', page.description));
  if (page.article) tags.push(meta('author', creditedNames(page.article, options).join(', ')));
  tags.push(meta('robots', page.noindex ? 'noindex, follow' : 'index, follow, max-image-preview:large'));
  return tags;
}

function linkTags(page: HeadPage, options: ResolvedOptions): HeadTag[] {
  // A noindex page pointing at itself as canonical sends search engines mixed signals (and the
  // URL of an error page does not exist); a canonical pointing elsewhere is kept.
  const canonical = page.noindex && page.canonical === page.url ? [] : [link('canonical', [['rel', 'canonical'], ['href', page.canonical]])];
  return [
    ...canonical,
    ...page.hreflang.map((h) => link('alternate:hreflang', [['rel', 'alternate'], ['hreflang', h.hreflang], ['href', h.href]])),
    ...page.feeds.map((f) => link('alternate:feed', [['rel', 'alternate'], ['type', f.type], ['title', f.title], ['href', f.href]])),
    ...profileUrls(options.profiles).map((href) => link('me', [['rel', 'me'], ['href', href]])),
  ];
}

function openGraphTags(page: HeadPage, options: ResolvedOptions): HeadTag[] {
  const tags = [
    property('og:type', page.ogType),
    property('og:site_name', options.name),
    property('og:locale', page.locale),
    ...page.localeAlternates.map((l) => property('og:locale:alternate', l)),
    property('og:title', page.title),
  ];
  if (page.description) tags.push(property('og:description', page.description));
  tags.push(property('og:url', page.canonical));
  const image = page.image;
  if (image) {
    tags.push(property('og:image', image.url));
    if (image.width && image.height) tags.push(property('og:image:width', String(image.width)), property('og:image:height', String(image.height)));
    if (image.type) tags.push(property('og:image:type', image.type));
    if (image.alt) tags.push(property('og:image:alt', image.alt));
  }
  return tags;
}

function articleTags(page: HeadPage): HeadTag[] {
  const { article } = page;
  if (!article || page.ogType !== 'article') return [];
  return [
    property('article:published_time', article.published.iso),
    property('article:modified_time', article.modified.iso),
    ...article.authors.map((a) => property('article:author', authorReference(a))),
    property('article:section', article.section),
    ...article.tags.map((t) => property('article:tag', t)),
  ];
}

/** X's large card needs an image of at least 300×157; a smaller one (a logo, say) gets the small card. */
const X_LARGE_MIN = { width: 300, height: 157 } as const;

function xCard(page: HeadPage): string {
  const { image } = page;
  const tooSmall = image?.width !== undefined && image.height !== undefined && (image.width < X_LARGE_MIN.width || image.height < X_LARGE_MIN.height);
  return !image || tooSmall ? 'summary' : 'summary_large_image';
}

function xTags(page: HeadPage, options: ResolvedOptions): HeadTag[] {
  const tags = [meta('twitter:card', xCard(page))];
  if (options.profiles.x) tags.push(meta('twitter:site', `@${options.profiles.x}`));
  const creator = page.article?.authors[0]?.profiles.x;
  if (creator) tags.push(meta('twitter:creator', `@${creator}`));
  if (page.image?.alt) tags.push(meta('twitter:image:alt', page.image.alt));
  if (page.article && options.head.slackLabels) {
    const labels = headLabels(page.lang);
    tags.push(
      meta('twitter:label1', labels.readingTime),
      meta('twitter:data1', formatMinutes(page.article.readingTimeMinutes, page.lang)),
      meta('twitter:label2', labels.writtenBy),
      meta('twitter:data2', formatNames(creditedNames(page.article, options), page.lang)),
    );
  }
  return tags;
}

function fediverseTags(page: HeadPage): HeadTag[] {
  return (page.article?.authors ?? []).flatMap((a) => (a.profiles.mastodon ? [meta('fediverse:creator', a.profiles.mastodon)] : []));
}

function identity(tag: HeadTag): string {
  return JSON.stringify([tag.element, tag.attributes, tag.text ?? '']);
}

/** Every head tag of the page, in a stable order, each once, without the names in `omit`. */
export function headTags(page: HeadPage, options: ResolvedOptions, omit: readonly string[] = []): HeadTag[] {
  const skip = new Set(omit);
  const seen = new Set<string>();
  const all = [...documentTags(page, options), ...linkTags(page, options), ...openGraphTags(page, options), ...articleTags(page), ...xTags(page, options), ...fediverseTags(page)];
  return all.filter((tag) => {
    const id = identity(tag);
    if (skip.has(tag.name) || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
