/**
 * Authors as themes write them: ids of `publicist({ authors })`, plain names, `reference()`s to
 * an authors collection (resolved by the runtime before an entry is normalized) or inline
 * objects. An article without an author has none: the publisher stands in for it.
 */
import { slug } from 'github-slugger';
import { PublicistError, describeValue } from '../errors.ts';
import type { Profiles, ResolvedAuthor, ResolvedOptions } from '../types.ts';
import { isImageMetadata } from './fields.ts';
import { urlOnSite } from '../urls.ts';

/** A `reference('authors')` as it arrives in `entry.data`. */
export interface EntryReference {
  collection: string;
  id: string;
}

export function isReference(value: unknown): value is EntryReference {
  return typeof value === 'object' && value !== null && typeof (value as EntryReference).collection === 'string' && typeof (value as EntryReference).id === 'string';
}

/** The key a referenced author is looked up by: `authors/jane`. */
export const referenceKey = (ref: EntryReference) => `${ref.collection}/${ref.id}`;

const first = (data: Record<string, unknown>, names: readonly string[]) => names.map((n) => data[n]).find((v) => v !== undefined && v !== null && v !== '');
const isHttpUrl = (v: unknown): v is string => typeof v === 'string' && /^https?:\/\//i.test(v);

/** The names author entries use for each fact. */
export const AUTHOR_FIELDS = {
  name: ['name', 'title', 'displayName', 'fullName'],
  avatar: ['avatar', 'image', 'photo', 'picture', 'avatarUrl'],
  url: ['url', 'website', 'homepage', 'link'],
  bio: ['bio', 'description', 'about'],
  socials: ['socials', 'social', 'links', 'sameAs'],
} as const;

interface Avatar {
  avatar?: string;
  avatarPath?: string;
  avatarFile?: string;
}

/** A remote URL as it is; a public path or an `image()` on the site. */
function resolveAvatar(value: unknown, site: string): Avatar {
  if (isImageMetadata(value)) {
    const path = value.src.startsWith('/') ? value.src : `/${value.src}`;
    return { avatar: urlOnSite(path, new URL(site).origin + '/'), avatarFile: value.fsPath };
  }
  if (typeof value === 'object' && value !== null && 'src' in value) return resolveAvatar((value as { src: unknown }).src, site);
  if (isHttpUrl(value)) return { avatar: value };
  if (typeof value === 'string' && value.trim()) {
    const path = `/${value.trim().replace(/^\//, '')}`;
    return { avatar: urlOnSite(path, site), avatarPath: path };
  }
  return {};
}

const HANDLE_PLATFORMS = { x: ['x', 'twitter'], mastodon: ['mastodon'], bluesky: ['bluesky'], threads: ['threads'], linkedin: ['linkedin'] } as const;

function profileUrl(platform: keyof typeof HANDLE_PLATFORMS, handle: string): string | undefined {
  const h = handle.replace(/^@/, '');
  if (platform === 'x') return /^\w{1,15}$/.test(h) ? `https://x.com/${h}` : undefined;
  if (platform === 'bluesky') return /^[\w-]+(?:\.[\w-]+)+$/.test(h) ? `https://bsky.app/profile/${h}` : undefined;
  if (platform === 'threads') return /^[\w.]+$/.test(h) ? `https://www.threads.com/@${h}` : undefined;
  if (platform === 'mastodon') {
    const [, user, server] = h.match(/^([^@]+)@(.+)$/) ?? [];
    return user && server ? `https://${server}/@${user}` : undefined;
  }
  return undefined;
}

/** Handles and profile URLs from an author entry: `x: '@jane'`, `socials: { github: 'https://…' }` or a list of URLs. */
function resolveSocials(data: Record<string, unknown>): { profiles: Profiles; sameAs: string[] } {
  const profiles: Profiles = { sameAs: [] };
  const urls: string[] = [];
  const socials = first(data, AUTHOR_FIELDS.socials);
  const sources: Record<string, unknown> = { ...data, ...(typeof socials === 'object' && socials !== null && !Array.isArray(socials) ? socials : {}) };
  for (const [platform, names] of Object.entries(HANDLE_PLATFORMS) as [keyof typeof HANDLE_PLATFORMS, readonly string[]][]) {
    const value = first(sources, names);
    if (typeof value !== 'string') continue;
    if (/^https?:\/\//i.test(value)) {
      urls.push(value);
      if (platform === 'linkedin') profiles.linkedin = value;
      continue;
    }
    const url = profileUrl(platform, value);
    if (!url) continue;
    urls.push(url);
    const handle = value.replace(/^@/, '');
    if (platform === 'mastodon') profiles.mastodon = `@${handle}`;
    else if (platform !== 'linkedin') profiles[platform] = handle;
  }
  const listed = Array.isArray(socials) ? socials : typeof socials === 'object' && socials !== null ? Object.values(socials) : [];
  for (const item of listed) {
    const url = isHttpUrl(item) ? item : typeof item === 'object' && item !== null ? first(item as Record<string, unknown>, ['url', 'href', 'link']) : undefined;
    if (isHttpUrl(url)) urls.push(url);
  }
  return { profiles, sameAs: [...new Set(urls)] };
}

/** An author from the data of an authors-collection entry or an inline `{ name, … }`; each fact guessed from common names. */
export function authorFromData(id: string, data: Record<string, unknown>, site: string): ResolvedAuthor {
  const name = first(data, AUTHOR_FIELDS.name);
  const url = first(data, AUTHOR_FIELDS.url);
  const bio = first(data, AUTHOR_FIELDS.bio);
  const { profiles, sameAs } = resolveSocials(data);
  return {
    id,
    name: typeof name === 'string' && name.trim() ? name.trim() : id,
    ...(isHttpUrl(url) ? { url } : typeof url === 'string' && url.startsWith('/') ? { url: urlOnSite(url, site) } : {}),
    ...resolveAvatar(first(data, AUTHOR_FIELDS.avatar), site),
    ...(typeof bio === 'string' && bio.trim() ? { bio: bio.trim() } : {}),
    profiles,
    sameAs,
  };
}

/** A name written straight into the frontmatter (`author: Jane Doe`). */
function plainAuthor(name: string): ResolvedAuthor {
  return { id: slug(name) || name, name: name.trim(), profiles: { sameAs: [] }, sameAs: [] };
}

export interface AuthorContext {
  file: string;
  /** The frontmatter field the authors came from, for messages. */
  field: string;
  /** Its line in the source file, when known. */
  line?: number;
  options: Pick<ResolvedOptions, 'authors' | 'site'>;
  /** Authors of referenced collection entries, by `referenceKey`. */
  referenced: ReadonlyMap<string, ResolvedAuthor>;
}

function fail(context: AuthorContext, message: string): never {
  throw new PublicistError(`publicist: ${context.file}: ${context.field} ${message}`, { file: context.file, field: context.field, line: context.line });
}

function resolveOne(value: unknown, context: AuthorContext): ResolvedAuthor {
  const { options } = context;
  if (isReference(value)) {
    const author = context.referenced.get(referenceKey(value));
    if (!author) fail(context, `must reference an existing entry, got ${referenceKey(value)}, which does not exist`);
    return author;
  }
  if (typeof value === 'string' && value.trim()) {
    const known = options.authors[value];
    if (known) return known;
    const ids = Object.keys(options.authors);
    // With authors defined, an unknown id is a typo; without, it is the author's name.
    if (ids.length) fail(context, `must be an author id defined in publicist({ authors }), got ${describeValue(value)}; known ids: ${ids.join(', ')}`);
    return plainAuthor(value);
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { name?: unknown }).name === 'string') {
    const data = value as Record<string, unknown>;
    return authorFromData(typeof data.id === 'string' ? data.id : slug(data.name as string), data, options.site);
  }
  fail(context, `must be an author id, a name or a reference to an authors collection, got ${describeValue(value)}`);
}

/** Every author of an entry; none (the publisher stands in) when the field is not set. */
export function resolveAuthors(value: unknown, context: AuthorContext): ResolvedAuthor[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  const authors = list.map((v) => resolveOne(v, context));
  return [...new Map(authors.map((a) => [a.id, a])).values()];
}
