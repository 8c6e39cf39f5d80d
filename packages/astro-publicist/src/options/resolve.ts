/** Turn parsed options plus Astro's config into the one resolved options object every output reads. */
import { PublicistError } from '../core/errors.ts';
import type { ArticleUrlContext, ParsedOptions } from './options-schema.ts';
import type { ResolvedAuthor, Profiles } from '../core/types.ts';
import type { ResolvedCollection, ResolvedOptions } from '../core/options.ts';
import { HANDLE_PLATFORMS, handlePlatform, profileUrls, type HandlePlatform } from '../core/platforms/registry.ts';
import type { ProfilesOptions } from './options-schema.ts';
import { BUILD_FORMATS, TRAILING_SLASHES, homeUrl } from '../core/urls.ts';

/** Each network's handle as the registry keeps it (`name`, Mastodon's `@user@server`). */
export function resolveProfiles(p: ProfilesOptions): Profiles {
  const given: Partial<Record<HandlePlatform, string>> = p;
  const profiles: Partial<Record<HandlePlatform, string>> = {};
  for (const id of HANDLE_PLATFORMS) {
    const handle = given[id];
    profiles[id] = handle === undefined ? undefined : handlePlatform(id).handle.normalize(handle);
  }
  return { ...profiles, sameAs: p.sameAs };
}

/** The collection `publicist()` reads when none is configured (and the site has it). */
export const DEFAULT_COLLECTION = 'articles';

export const defaultArticlePath = (entry: ArticleUrlContext) => `/${entry.collection}/${entry.id}/`;

/** Astro's settings the options depend on: the site, and the URL settings every page URL follows. */
export interface AstroUrlConfig {
  site?: string | URL;
  base?: string;
  /** Astro's `trailingSlash`. */
  trailingSlash?: string;
  /** Astro's `build.format`. */
  build?: { format?: string };
}

const oneOf = <T extends string>(values: readonly T[], value: string | undefined, fallback: T): T => (values.includes(value as T) ? (value as T) : fallback);

export function resolveOptions(parsed: ParsedOptions, astro: AstroUrlConfig): ResolvedOptions {
  const siteInput = parsed.site ?? (astro.site ? String(astro.site) : undefined);
  if (!siteInput) {
    throw new PublicistError('publicist: site must be the absolute URL of the site (set `site` in astro.config or `publicist({ site })`), got nothing', { field: 'site' });
  }
  const base = (astro.base ?? '/').replace(/\/?$/, '/');
  const site = new URL(base, siteInput).href; // always ends with "/"
  const urls = { base, trailingSlash: oneOf(TRAILING_SLASHES, astro.trailingSlash, 'ignore'), buildFormat: oneOf(BUILD_FORMATS, astro.build?.format, 'directory') };
  const authors: Record<string, ResolvedAuthor> = {};
  for (const [id, a] of Object.entries(parsed.authors)) {
    const profiles = resolveProfiles(a);
    authors[id] = {
      id,
      name: a.name,
      url: a.url,
      avatar: a.avatar ? new URL(a.avatar.replace(/^\//, ''), site).href : undefined,
      avatarPath: a.avatar ? `/${a.avatar.replace(/^\//, '')}` : undefined,
      bio: a.bio,
      profiles,
      sameAs: profileUrls(profiles),
    };
  }
  const collections: ResolvedCollection[] = (parsed.collections ?? [DEFAULT_COLLECTION]).map((c) => {
    const options = typeof c === 'string' ? { name: c } : c;
    return { name: options.name, section: options.section ?? options.name, url: options.url ?? defaultArticlePath, fields: options.fields ?? {} };
  });
  const siteProfiles = resolveProfiles(parsed.profiles);
  const name = parsed.name ?? new URL(site).hostname;
  return {
    ...parsed,
    name,
    site,
    ...urls,
    authors,
    collections,
    collectionsGuessed: parsed.collections === undefined,
    profiles: siteProfiles,
    publisher: {
      ...parsed.publisher,
      name: parsed.publisher.name ?? name,
      url: parsed.publisher.url ?? homeUrl({ ...urls, site }),
      logo: parsed.publisher.logo ? new URL(parsed.publisher.logo.replace(/^\//, ''), site).href : undefined,
      logoPath: parsed.publisher.logo ? `/${parsed.publisher.logo.replace(/^\//, '')}` : undefined,
      sameAs: [...new Set([...parsed.publisher.sameAs, ...profileUrls(siteProfiles)])],
    },
  };
}
