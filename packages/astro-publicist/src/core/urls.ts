/**
 * URL rules shared by every output. A page's URL follows Astro's settings — `base`,
 * `trailingSlash` and `build.format` — through `pagePath`, the one function that spells page
 * URLs; files (feeds, cards, JSON) keep their names.
 */
import { slug } from 'github-slugger';
import { PublicistError, describeValue } from './errors.ts';
import { spellSymbols } from './text/symbols.ts';
import type { Article, ResolvedOptions } from './types.ts';

/** Astro's `trailingSlash` values. */
export const TRAILING_SLASHES = ['always', 'never', 'ignore'] as const;
export type TrailingSlash = (typeof TRAILING_SLASHES)[number];
/** Astro's `build.format` values. */
export const BUILD_FORMATS = ['directory', 'file', 'preserve'] as const;
export type BuildFormat = (typeof BUILD_FORMATS)[number];

/** Astro's URL settings, as the resolved options carry them. */
export interface UrlSettings {
  /** Astro's `base`, always starting and ending with `/`. */
  base: string;
  trailingSlash: TrailingSlash;
  buildFormat: BuildFormat;
}

const GERMAN = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' } as const;

/** FNV-1a, 32 bits, in base 36: a short, stable name for text that has no letters to slug. */
function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(36);
}

/**
 * `Social Media Marketing` → `social-media-marketing`, `Öffentlichkeitsarbeit` → `oeffentlichkeitsarbeit`,
 * `C++` → `c-plus-plus`. A tag with nothing to slug (`!!!`, `🚀`) gets `tag-<hash>`: never empty, stable.
 */
export function tagSlug(tag: string): string {
  const slugged = slug(spellSymbols(tag.replace(/[äöüÄÖÜß]/g, (c) => GERMAN[c as keyof typeof GERMAN]))).replace(/^-+|-+$/g, '');
  return /[\p{L}\p{N}]/u.test(slugged) ? slugged : `tag-${stableHash(tag)}`;
}

/**
 * Refuse two tags that would share one page (`SEO` and `seo!` both become /tags/seo/), naming the
 * tags and a file that uses each. `articles` are the published ones.
 */
export function checkTagSlugs(articles: readonly Pick<Article, 'tags' | 'file'>[], options: TagOptions = { base: '/' }): void {
  const bySlug = new Map<string, { tag: string; file: string }>();
  for (const article of articles) {
    for (const tag of article.tags) {
      const key = siteTagSlug(tag, options);
      const other = bySlug.get(key);
      if (other && other.tag !== tag) {
        throw new PublicistError(
          `publicist: tags must each have their own page, but "${other.tag}" (${other.file}) and "${tag}" (${article.file}) both become ${tagPath(tag, options)}; use one spelling`,
          { file: article.file, field: 'tags' },
        );
      }
      if (!other) bySlug.set(key, { tag, file: article.file });
    }
  }
}

/** The last segment names a file (`rss.xml`, `card.png`), not a page. */
const isFile = (path: string) => /\.[a-z0-9]+$/i.test(path.split(/[?#]/)[0]!.split('/').pop() ?? '');

/**
 * A page's site-relative path as the site serves it: `base` in front, the trailing slash as
 * `trailingSlash` says, and for 'ignore' as the build writes the page — with a slash for
 * `build.format: 'directory'` (`/a/index.html`), without for 'file' (`/a.html` served as `/a`),
 * as written for 'preserve'. The home page is the base (with its slash unless 'never').
 * `path` is without base: `/posts/hello/`.
 * A query or fragment stays at the end; a file path only gets the base.
 */
export function pagePath(path: string, settings: UrlSettings): string {
  const key = `${settings.base}\0${settings.trailingSlash}\0${settings.buildFormat}\0${path}`;
  let known = pagePaths.get(key);
  if (known === undefined) remember(pagePaths, key, (known = spellPagePath(path, settings)));
  return known;
}

/**
 * Paths already spelled, by settings and path: every page asks for the same links (home, tags,
 * feeds). Bounded, since a server rendering on demand spells whatever paths it is asked for.
 */
const pagePaths = new Map<string, string>();
const REMEMBERED_MAX = 100_000;

function remember(memo: Map<string, string>, key: string, value: string): void {
  if (memo.size >= REMEMBERED_MAX) memo.clear();
  memo.set(key, value);
}

function spellPagePath(path: string, settings: UrlSettings): string {
  const [, pathname = '/', suffix = ''] = path.match(/^([^?#]*)(.*)$/) ?? [];
  const joined = `${settings.base.replace(/\/$/, '')}/${pathname.replace(/^\/+/, '')}`;
  if (isFile(pathname)) return joined + suffix;
  const bare = joined.replace(/\/+$/, '');
  const withSlash = `${bare}/`;
  if (bare === '') return `/${suffix}`;
  // The home page is the base folder's index.html in every build format.
  const home = pathname.replace(/\/+/g, '/') === '/';
  switch (home && settings.trailingSlash === 'ignore' ? 'always' : settings.trailingSlash) {
    case 'always':
      return withSlash + suffix;
    case 'never':
      return bare + suffix;
    default:
      if (settings.buildFormat === 'file') return bare + suffix;
      if (settings.buildFormat === 'preserve') return (pathname.endsWith('/') ? withSlash : bare) + suffix;
      return withSlash + suffix;
  }
}

/**
 * The file a static host serves a page from, for a page path as `pagePath` spells it (with base):
 * what we write when we write a page ourselves. `build.format: 'directory'` → `/a/index.html`,
 * 'file' → `/a.html`, 'preserve' as the path is spelled (`/a/` → `/a/index.html`, `/a` → `/a.html`).
 * The home page is the base folder's `index.html`. A query or fragment is not part of the file.
 */
export function pageFilePath(path: string, settings: UrlSettings): string {
  const pathname = path.replace(/[?#].*$/, '');
  const base = settings.base.replace(/\/$/, '');
  const rest = pathname === base ? '/' : pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : pathname;
  const bare = rest.replace(/\/+$/, '');
  if (bare === '') return `${base}/index.html`;
  const directory = settings.buildFormat === 'directory' || (settings.buildFormat === 'preserve' && rest.endsWith('/'));
  return directory ? `${base}${bare}/index.html` : `${base}${bare}.html`;
}

/** A page's absolute URL (see `pagePath`). */
export function pageUrl(path: string, options: UrlSettings & Pick<ResolvedOptions, 'site'>): string {
  const spelled = pagePath(path, options);
  const key = `${options.site}\0${spelled}`;
  let known = pageUrls.get(key);
  if (known === undefined) remember(pageUrls, key, (known = new URL(spelled, options.site).href));
  return known;
}

const pageUrls = new Map<string, string>();

/** The site's home page, absolute: `https://example.org/blog/`, or `…/blog` with `trailingSlash: 'never'`. */
export function homeUrl(options: UrlSettings & Pick<ResolvedOptions, 'site'>): string {
  return pageUrl('/', options);
}

/**
 * The page path a request or prerender URL stands for: Astro names a page `/a.html` or
 * `/a/index.html` under `build.format: 'file'`, which is served (and linked) as `/a`. With
 * `trailingSlash: 'ignore'` the site serves both spellings, and the one requested is kept.
 */
export function pagePathOfRequest(pathname: string, settings: UrlSettings): string {
  const withoutBase = pathname.startsWith(settings.base) ? `/${pathname.slice(settings.base.length)}` : pathname;
  const page = withoutBase.replace(/(?:^|\/)index\.html$/, '/').replace(/\.html$/, '');
  const asRequested = settings.trailingSlash === 'ignore' ? { ...settings, buildFormat: 'preserve' as const } : settings;
  return pagePath(page === '' ? '/' : page, asRequested);
}

/** The tag options: a slug function and the tag page's URL pattern (`/tags/[slug]/`). */
export interface TagRules {
  slug?: (tag: string) => string;
  url: string;
  /** False when the site has no tag pages: then nothing links one. */
  pages?: boolean;
}

export const DEFAULT_TAG_URL = '/tags/[slug]/';

type TagOptions = Pick<ResolvedOptions, 'base'> & { tags?: TagRules } & Partial<Pick<UrlSettings, 'trailingSlash' | 'buildFormat'>>;

/** A tag's slug as the site writes it: `tags.slug`, else `tagSlug`. */
export function siteTagSlug(tag: string, options: { tags?: TagRules }): string {
  const custom = options.tags?.slug;
  if (!custom) return tagSlug(tag);
  const slug: unknown = custom(tag);
  if (typeof slug !== 'string' || !slug || slug.includes('/')) {
    throw new PublicistError(`publicist: tags.slug must return a non-empty slug without "/", got ${describeValue(slug)} for the tag "${tag}"`, { field: 'tags.slug' });
  }
  return slug;
}

/** Site-relative folder (with base) of a tag's page as its URL pattern writes it, ending in `/`: the tag's feeds live here. */
export function tagDir(tag: string, options: TagOptions): string {
  return `${options.base}${(options.tags?.url ?? DEFAULT_TAG_URL).slice(1).replace('[slug]', () => siteTagSlug(tag, options))}`.replace(/\/?$/, '/');
}

/** Site-relative path of a tag's page (with base), as Astro's URL settings spell a page (see `pagePath`). */
export function tagPath(tag: string, options: TagOptions): string {
  const path = (options.tags?.url ?? DEFAULT_TAG_URL).replace('[slug]', () => siteTagSlug(tag, options));
  return pagePath(path, { base: options.base, trailingSlash: options.trailingSlash ?? 'ignore', buildFormat: options.buildFormat ?? 'directory' });
}

/** Absolute URL of a tag's page, or undefined when the site has no tag pages. */
export function tagPageUrl(tag: string, options: TagOptions & Pick<ResolvedOptions, 'site'>): string | undefined {
  if (options.tags?.pages === false) return undefined;
  return absoluteUrl(tagPath(tag, options), options);
}

/** The slug in a path of a tag page, or undefined when the path is not one. */
export function tagSlugAt(path: string, options: TagOptions): string | undefined {
  const [before, after] = `${options.base}${(options.tags?.url ?? DEFAULT_TAG_URL).slice(1)}`.split('[slug]') as [string, string];
  const withSlash = path.endsWith('/') ? path : `${path}/`;
  if (!withSlash.startsWith(before) || !withSlash.endsWith(after) || withSlash.length <= before.length + after.length) return undefined;
  const slug = withSlash.slice(before.length, withSlash.length - after.length);
  return slug.includes('/') ? undefined : slug;
}

/**
 * A path on the site made absolute against `base` (a URL ending in `/`): always on that site,
 * also when the path would parse as a URL of its own (`/javascript:…`, `//evil.example/x`).
 */
export function urlOnSite(path: string, base: string): string {
  return new URL(`./${path.replace(/^\/+/, '')}`, base).href;
}

/** A site-relative path (with base) made absolute. */
export function absoluteUrl(path: string, options: Pick<ResolvedOptions, 'site'>): string {
  return new URL(path, options.site).href;
}

/** `/blog/a/`, `/blog/a`, `/blog/a.html` and `/blog/a/index.html` are one page. */
export function pageKey(path: string): string {
  let key = path;
  try {
    key = decodeURI(path);
  } catch {
    // keep it as it is
  }
  return key.replace(/\/index\.html$/, '/').replace(/\.html$/, '').replace(/\/+$/, '') || '/';
}
