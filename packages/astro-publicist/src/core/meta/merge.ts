/**
 * Which of a page's own head elements give way to ours. A theme's SEO component writes a
 * `<title>`, a description, a canonical, og:*, twitter:* and often its own JSON-LD; we write the
 * same names. For the same name ours wins and theirs is removed; what we do not write stays.
 *
 * Pure: the caller parses the page (parse5 on the Astro side) into `PageHeadElement`s and edits
 * the HTML by the decision; nothing here reads or writes HTML.
 */
import type { HeadTag } from './tags.ts';

export interface PageHeadElement {
  element: string;
  attributes: readonly (readonly [string, string])[];
  /** Text content (`<title>`, the JSON of a JSON-LD script). */
  text?: string;
  /** False for JSON-LD scripts found in the body: they are considered, other body elements are not. */
  inHead: boolean;
}

/** What we put on the page: the head tags and the `@type`s of our JSON-LD graph (none: no graph). */
export interface OwnHead {
  tags: readonly HeadTag[];
  graphTypes: readonly string[];
  /** Keys of the theme's tags to remove though we write none in their place (a noindex page's canonical). */
  drop?: readonly string[];
}

export interface HeadMerge {
  /** Indices (into the page's elements) to remove. */
  remove: number[];
  /** What was replaced, one name per key: `title`, `description`, `og:image`, `jsonld`… */
  replaced: string[];
}

const JSONLD_TYPE = 'application/ld+json';
const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/json']);

const attribute = (e: Pick<PageHeadElement, 'attributes'>, name: string) => e.attributes.find(([n]) => n.toLowerCase() === name)?.[1];

/** An image tag that belongs with og:image: when we set og:image, the theme's versions of these go too. */
const IMAGE_COMPANIONS = ['og:image:url', 'og:image:secure_url', 'og:image:width', 'og:image:height', 'og:image:type', 'og:image:alt', 'twitter:image', 'twitter:image:src', 'twitter:image:alt'];

function absolute(href: string, pageUrl: string): string {
  try {
    return new URL(href, pageUrl).href;
  } catch {
    return href;
  }
}

/**
 * The key under which two elements are "the same tag"; undefined for elements we never replace
 * (charset, viewport, stylesheets, icons…).
 */
export function headElementKey(e: Pick<PageHeadElement, 'element' | 'attributes'>, pageUrl: string): string | undefined {
  if (e.element === 'title') return 'title';
  if (e.element === 'meta') {
    const name = attribute(e, 'name') ?? attribute(e, 'property');
    return name ? name.trim().toLowerCase() : undefined;
  }
  if (e.element === 'link') {
    const rel = (attribute(e, 'rel') ?? '').trim().toLowerCase().split(/\s+/);
    const href = attribute(e, 'href');
    if (rel.includes('canonical')) return 'canonical';
    if (rel.includes('me') && href) return `me ${absolute(href, pageUrl)}`;
    if (rel.includes('alternate')) {
      const hreflang = attribute(e, 'hreflang');
      if (hreflang) return `alternate:hreflang ${hreflang.toLowerCase()}`;
      const type = attribute(e, 'type')?.toLowerCase();
      if (type && FEED_TYPES.has(type) && href) return `alternate:feed ${absolute(href, pageUrl)}`;
    }
    return undefined;
  }
  return undefined;
}

function tagKey(tag: HeadTag, pageUrl: string): string | undefined {
  return headElementKey({ element: tag.element, attributes: tag.attributes }, pageUrl);
}

/** The `@type`s a JSON-LD script declares, at the top level, in `@graph` and in arrays; undefined if it is not JSON. */
export function jsonLdTypes(json: string): string[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  return graphTypes(value);
}

/** The `@type`s of a JSON-LD value (as jsonLdTypes reads them from its text), without writing and reading it as JSON. */
export function graphTypes(value: unknown): string[] {
  const types = new Set<string>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const type = record['@type'];
    for (const t of Array.isArray(type) ? type : [type]) if (typeof t === 'string') types.add(t);
    if (Array.isArray(record['@graph'])) record['@graph'].forEach(visit);
  };
  visit(value);
  return [...types];
}

const isJsonLd = (e: PageHeadElement) => e.element === 'script' && attribute(e, 'type')?.trim().toLowerCase() === JSONLD_TYPE;

/** The same tag, written the same way: ours, already on the page (the page renders `<Head>`). */
function sameTag(e: PageHeadElement, tag: HeadTag): boolean {
  if (e.element !== tag.element) return false;
  if (tag.element === 'title') return (e.text ?? '') === (tag.text ?? '');
  const own = new Map(e.attributes.map(([n, v]) => [n.toLowerCase(), v]));
  return own.size === tag.attributes.length && tag.attributes.every(([n, v]) => own.get(n) === v);
}

/** What the page's own head says, for pages that are not articles (their title beats the site's name). */
export interface PageHints {
  title?: string;
  description?: string;
  image?: string;
  noindex: boolean;
}

export function pageHints(elements: readonly PageHeadElement[]): PageHints {
  const head = elements.filter((e) => e.inHead);
  const meta = (name: string) => head.find((e) => e.element === 'meta' && (attribute(e, 'name') ?? attribute(e, 'property'))?.toLowerCase() === name);
  const content = (name: string) => attribute(meta(name) ?? { attributes: [] }, 'content')?.trim() || undefined;
  const title = head.find((e) => e.element === 'title')?.text?.trim() || undefined;
  return {
    title: content('og:title') ?? title,
    description: content('description') ?? content('og:description'),
    image: content('og:image'),
    noindex: /\bnoindex\b/i.test(content('robots') ?? ''),
  };
}

/**
 * Decide which page elements go. `ours` is what we write; with `present` our tags are already on
 * the page (it renders `<Head>`), so the first element identical to each of ours stays and only
 * the theme's duplicates go; `ownJsonLd` is then the exact JSON text of our script.
 */
export function mergeHead(elements: readonly PageHeadElement[], ours: OwnHead, pageUrl: string, present?: { ownJsonLd?: string }): HeadMerge {
  const covered = new Set<string>();
  for (const tag of ours.tags) {
    const key = tagKey(tag, pageUrl);
    if (key) covered.add(key);
  }
  for (const key of ours.drop ?? []) covered.add(key);
  if (covered.has('og:image')) for (const name of IMAGE_COMPANIONS) covered.add(name);
  const ourTypes = new Set(ours.graphTypes);

  const unmatched = present ? [...ours.tags] : [];
  let ownScriptSeen = false;
  const remove: number[] = [];
  const replaced = new Set<string>();
  elements.forEach((e, index) => {
    if (isJsonLd(e)) {
      if (ourTypes.size === 0) return;
      if (present && !ownScriptSeen && e.text === present.ownJsonLd) {
        ownScriptSeen = true;
        return;
      }
      const types = jsonLdTypes(e.text ?? '');
      // Unreadable JSON-LD, or a graph about something we do not describe (a FAQ, a recipe), stays.
      if (!types || !types.some((t) => ourTypes.has(t))) return;
      remove.push(index);
      replaced.add('jsonld');
      return;
    }
    if (!e.inHead) return;
    const key = headElementKey(e, pageUrl);
    if (!key || !covered.has(key)) return;
    const mine = unmatched.findIndex((tag) => sameTag(e, tag));
    if (mine >= 0) {
      unmatched.splice(mine, 1);
      return;
    }
    remove.push(index);
    replaced.add(key.split(' ')[0]!);
  });
  return { remove, replaced: [...replaced] };
}
