/** URL rules shared by every output. */
import { slug } from 'github-slugger';
import { PublicistError } from './errors.ts';
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
export function checkTagSlugs(articles: readonly Pick<Article, 'tags' | 'file'>[]): void {
  const bySlug = new Map<string, { tag: string; file: string }>();
  for (const article of articles) {
    for (const tag of article.tags) {
      const key = tagSlug(tag);
      const other = bySlug.get(key);
      if (other && other.tag !== tag) {
        throw new PublicistError(
          `publicist: tags must each have their own page, but "${other.tag}" (${other.file}) and "${tag}" (${article.file}) both become /tags/${key}/; use one spelling`,
          { file: article.file, field: 'tags' },
        );
      }
      if (!other) bySlug.set(key, { tag, file: article.file });
    }
  }
}

/** Site-relative path of a tag's page. */
export function tagPath(tag: string, options: Pick<ResolvedOptions, 'base'>): string {
  return `${options.base}tags/${tagSlug(tag)}/`;
}

/** A site-relative path (with base) made absolute. */
export function absoluteUrl(path: string, options: Pick<ResolvedOptions, 'site'>): string {
  return new URL(path, options.site).href;
}
