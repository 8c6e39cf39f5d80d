/** Every list and lookup of networks, derived from the one list in `index.ts`. */
import { PLATFORMS } from './index.ts';
import type { Platform, PlatformHandle, PlatformPost, PlatformShare } from './types.ts';

type Known = (typeof PLATFORMS)[number];

/** Every network: posts, share links, UTM sources. */
export type ShareTarget = Known['id'];
/** Networks that get a ready-made post. */
export type SocialPlatform = Extract<Known, { post: PlatformPost }>['id'];
/** Networks with a share link. */
export type IntentTarget = Extract<Known, { share: PlatformShare }>['id'];
/** Networks where an account can be named (`profiles.<id>`). */
export type HandlePlatform = Extract<Known, { handle: PlatformHandle }>['id'];

const all: readonly Platform[] = PLATFORMS;
type NonEmpty<T> = readonly [T, ...T[]];
const ranked = <T extends Platform>(list: T[], order: (p: T) => number | undefined) =>
  list.map((p, i) => ({ p, key: order(p) ?? Number.MAX_SAFE_INTEGER, i })).sort((a, b) => a.key - b.key || a.i - b.i).map(({ p }) => p);

export const SHARE_TARGETS = all.map((p) => p.id) as unknown as NonEmpty<ShareTarget>;
export const SOCIAL_PLATFORMS = all.filter((p) => p.post).map((p) => p.id) as unknown as NonEmpty<SocialPlatform>;
export const INTENT_TARGETS = ranked(all.filter((p) => p.share), (p) => p.share!.order).map((p) => p.id) as unknown as NonEmpty<IntentTarget>;
export const HANDLE_PLATFORMS = ranked(all.filter((p) => p.handle), (p) => p.handle!.order).map((p) => p.id) as unknown as NonEmpty<HandlePlatform>;

export type PlatformWith<K extends 'post' | 'share' | 'handle'> = Platform & Required<Pick<Platform, K>>;

const byId = new Map<string, Platform>();
for (const p of all) {
  // A second record under one id would silently replace the first in every lookup.
  if (byId.has(p.id)) throw new Error(`publicist: two platforms are registered as "${p.id}" in core/platforms/index.ts; ids must be unique`);
  if (!/^[a-z][a-z0-9-]*$/.test(p.id)) throw new Error(`publicist: platform id "${p.id}" must be lower-case letters, digits and -, as it names options, files and UTM sources`);
  byId.set(p.id, p);
}

export function platform(id: ShareTarget): Platform;
export function platform(id: string): Platform | undefined;
export function platform(id: string): Platform | undefined {
  return byId.get(id);
}

export const postPlatform = (id: SocialPlatform) => byId.get(id) as PlatformWith<'post'>;
export const sharePlatform = (id: IntentTarget) => byId.get(id) as PlatformWith<'share'>;
export const handlePlatform = (id: HandlePlatform) => byId.get(id) as PlatformWith<'handle'>;

/** Handles as kept after the options are resolved: see `PlatformHandle.normalize`. */
export type Profiles = Partial<Record<HandlePlatform, string>> & { sameAs: string[] };

/** Every profile as an absolute URL, for `sameAs` and `rel="me"`. */
export function profileUrls(profiles: Profiles): string[] {
  const handles = profiles as Partial<Record<string, string>>;
  const urls = [
    ...HANDLE_PLATFORMS.map((id) => {
      const handle = handles[id];
      return handle ? handlePlatform(id).handle.profileUrl(handle) : undefined;
    }),
    ...profiles.sameAs,
  ].filter((u): u is string => Boolean(u));
  return [...new Set(urls)];
}

/** How posts and the kit name an account: `@name`; undefined without a handle or where mentions are not text. */
export function mention(id: string, handle: string | undefined): string | undefined {
  const h = platform(id)?.handle;
  return handle && h?.mention ? h.mention(handle) : undefined;
}

/** `utm_medium` a network fixes for itself, if any. */
export const defaultUtmMedium = (id: string): string | undefined => platform(id)?.utmMedium;

/** `utm_source` of a network when the options do not set one. */
export const defaultUtmSource = (id: string): string => platform(id)?.utmSource ?? id;
