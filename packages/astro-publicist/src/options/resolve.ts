/** Turn parsed options plus Astro's config into the one resolved options object every output reads. */
import { PublicistError } from '../core/errors.ts';
import type { ArticleUrlContext, ParsedOptions } from './options-schema.ts';
import type { ResolvedAuthor, Profiles } from '../core/types.ts';
import type { ResolvedCollection, ResolvedOptions } from '../core/options.ts';
import { HANDLE_PLATFORMS, handlePlatform, profileUrls, type HandlePlatform } from '../core/platforms/registry.ts';
import type { ProfilesOptions } from './options-schema.ts';

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

const defaultArticlePath = (entry: ArticleUrlContext) => `/${entry.collection}/${entry.id}/`;

export function resolveOptions(parsed: ParsedOptions, astro: { site?: string | URL; base?: string; trailingSlash?: string }): ResolvedOptions {
  const siteInput = parsed.site ?? (astro.site ? String(astro.site) : undefined);
  if (!siteInput) {
    throw new PublicistError('publicist: site must be the absolute URL of the site (set `site` in astro.config or `publicist({ site })`), got nothing', { field: 'site' });
  }
  const base = (astro.base ?? '/').replace(/\/?$/, '/');
  const site = new URL(base, siteInput).href; // always ends with "/"
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
  const collections: ResolvedCollection[] = parsed.collections.map((c) => {
    const options = typeof c === 'string' ? { name: c } : c;
    return { name: options.name, section: options.section ?? options.name, url: options.url ?? defaultArticlePath };
  });
  const siteProfiles = resolveProfiles(parsed.profiles);
  const name = parsed.name ?? new URL(site).hostname;
  return {
    ...parsed,
    name,
    site,
    base,
    authors,
    collections,
    profiles: siteProfiles,
    publisher: {
      ...parsed.publisher,
      name: parsed.publisher.name ?? name,
      url: parsed.publisher.url ?? site,
      logo: parsed.publisher.logo ? new URL(parsed.publisher.logo.replace(/^\//, ''), site).href : undefined,
      logoPath: parsed.publisher.logo ? `/${parsed.publisher.logo.replace(/^\//, '')}` : undefined,
      sameAs: [...new Set([...parsed.publisher.sameAs, ...profileUrls(siteProfiles)])],
    },
  };
}
