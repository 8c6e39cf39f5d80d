/** Turn parsed options plus Astro's config into the one resolved options object every output reads. */
import { PublicistError } from '../core/errors.ts';
import type { ArticleUrlContext, ParsedOptions } from './schema.ts';
import type { ResolvedAuthor, ResolvedCollection, ResolvedOptions, Profiles } from '../core/types.ts';
import type { ProfilesOptions } from './schema.ts';
import { homeUrl, type BuildFormat, type TrailingSlash } from '../core/urls.ts';

const stripAt = (handle: string | undefined) => handle?.replace(/^@/, '');

export function resolveProfiles(p: ProfilesOptions): Profiles {
  return {
    x: stripAt(p.x),
    mastodon: p.mastodon ? `@${stripAt(p.mastodon)}` : undefined,
    bluesky: stripAt(p.bluesky),
    threads: stripAt(p.threads),
    linkedin: p.linkedin,
    sameAs: p.sameAs,
  };
}

/** `@user@server.social` → `https://server.social/@user` */
export function mastodonProfileUrl(handle: string): string {
  const [, user, server] = handle.match(/^@?([^@]+)@(.+)$/) ?? [];
  return `https://${server}/@${user}`;
}

/** Every profile as an absolute URL, for `sameAs` and `rel="me"`. */
export function profileUrls(p: Profiles): string[] {
  const urls = [
    p.x && `https://x.com/${p.x}`,
    p.mastodon && mastodonProfileUrl(p.mastodon),
    p.bluesky && `https://bsky.app/profile/${p.bluesky}`,
    p.threads && `https://www.threads.com/@${p.threads}`,
    p.linkedin,
    ...p.sameAs,
  ].filter((u): u is string => Boolean(u));
  return [...new Set(urls)];
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

const TRAILING_SLASH: readonly TrailingSlash[] = ['always', 'never', 'ignore'];
const BUILD_FORMATS: readonly BuildFormat[] = ['directory', 'file', 'preserve'];
const oneOf = <T extends string>(values: readonly T[], value: string | undefined, fallback: T): T => (values.includes(value as T) ? (value as T) : fallback);

export function resolveOptions(parsed: ParsedOptions, astro: AstroUrlConfig): ResolvedOptions {
  const siteInput = parsed.site ?? (astro.site ? String(astro.site) : undefined);
  if (!siteInput) {
    throw new PublicistError('publicist: site must be the absolute URL of the site (set `site` in astro.config or `publicist({ site })`), got nothing', { field: 'site' });
  }
  const base = (astro.base ?? '/').replace(/\/?$/, '/');
  const site = new URL(base, siteInput).href; // always ends with "/"
  const urls = { base, trailingSlash: oneOf(TRAILING_SLASH, astro.trailingSlash, 'ignore'), buildFormat: oneOf(BUILD_FORMATS, astro.build?.format, 'directory') };
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
