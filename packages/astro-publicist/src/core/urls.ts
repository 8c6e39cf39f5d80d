/** URL rules shared by every output. */
import { slug } from 'github-slugger';
import { PublicistError, describeValue } from './errors.ts';
import { spellSymbols } from './text/symbols.ts';
import type { Article, ResolvedOptions } from './types.ts';

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

/** The tag options: a slug function and the tag page's URL pattern (`/tags/[slug]/`). */
export interface TagRules {
  slug?: (tag: string) => string;
  url: string;
  /** False when the site has no tag pages: then nothing links one. */
  pages?: boolean;
}

export const DEFAULT_TAG_URL = '/tags/[slug]/';

type TagOptions = Pick<ResolvedOptions, 'base'> & { tags?: TagRules };

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

/** Site-relative path of a tag's page (with base). */
export function tagPath(tag: string, options: TagOptions): string {
  return `${options.base}${(options.tags?.url ?? DEFAULT_TAG_URL).slice(1).replace('[slug]', () => siteTagSlug(tag, options))}`;
}

/** Absolute URL of a tag's page, or undefined when the site has no tag pages. */
export function tagPageUrl(tag: string, options: TagOptions & Pick<ResolvedOptions, 'site'>): string | undefined {
  if (options.tags?.pages === false) return undefined;
  return new URL(tagPath(tag, options).slice(options.base.length), options.site).href;
}

/** The slug in a path of a tag page, or undefined when the path is not one. */
export function tagSlugAt(path: string, options: TagOptions): string | undefined {
  const [before, after] = `${options.base}${(options.tags?.url ?? DEFAULT_TAG_URL).slice(1)}`.split('[slug]') as [string, string];
  const withSlash = path.endsWith('/') ? path : `${path}/`;
  if (!withSlash.startsWith(before) || !withSlash.endsWith(after) || withSlash.length <= before.length + after.length) return undefined;
  const slug = withSlash.slice(before.length, withSlash.length - after.length);
  return slug.includes('/') ? undefined : slug;
}

/** A site-relative path (with base) made absolute. */
export function absoluteUrl(path: string, options: Pick<ResolvedOptions, 'site'>): string {
  return new URL(path, options.site).href;
}
