/** The social networks: which ones get posts, how a handle becomes a profile URL. */
export type { ShareTarget } from '../posts/utm.ts';

export const SOCIAL_PLATFORMS = ['x', 'bluesky', 'mastodon', 'threads', 'linkedin', 'facebook', 'instagram'] as const;
export type SocialPlatform = (typeof SOCIAL_PLATFORMS)[number];

/** Handles without a leading `@`, except Mastodon's `@user@server`. */
export interface Profiles {
  x?: string;
  mastodon?: string;
  bluesky?: string;
  threads?: string;
  linkedin?: string;
  sameAs: string[];
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
