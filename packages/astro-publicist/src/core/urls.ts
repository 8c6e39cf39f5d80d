/** URL rules shared by every output. */
import { slug } from 'github-slugger';
import type { ResolvedOptions } from './types.ts';

const GERMAN = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' } as const;

/** `Social Media Marketing` → `social-media-marketing`, `Öffentlichkeitsarbeit` → `oeffentlichkeitsarbeit`. */
export function tagSlug(tag: string): string {
  return slug(tag.replace(/[äöüÄÖÜß]/g, (c) => GERMAN[c as keyof typeof GERMAN]));
}

/** Site-relative path of a tag's page. */
export function tagPath(tag: string, options: Pick<ResolvedOptions, 'base'>): string {
  return `${options.base}tags/${tagSlug(tag)}/`;
}

/** A site-relative path (with base) made absolute. */
export function absoluteUrl(path: string, options: Pick<ResolvedOptions, 'site'>): string {
  return new URL(path, options.site).href;
}
