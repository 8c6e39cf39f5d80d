/** Mastodon: the server's limit, `@user@server` handles, the server's share page or the joinmastodon hub. */
import { composeShortPost } from '../posts/composers/shared.ts';
import { mastodonRule } from '../posts/rules/mastodon.ts';
import { withQuery, stripAt } from './share-url.ts';
import { definePlatform } from './types.ts';

/** The hub that lets a reader pick their own Mastodon server. */
export const MASTODON_SHARE_HUB = 'https://share.joinmastodon.org/';

/** `@user@server.social` → `https://server.social/@user` */
export function mastodonProfileUrl(handle: string): string {
  const [, user, server] = handle.match(/^@?([^@]+)@(.+)$/) ?? [];
  return `https://${server}/@${user}`;
}

export const mastodon = definePlatform({
  id: 'mastodon',
  name: 'Mastodon',
  handle: {
    order: 2,
    expected: 'a Mastodon handle like @user@server.social',
    valid: (input) => /^@?[\w.-]+@[\w-]+(?:\.[\w-]+)+$/.test(input),
    normalize: (input) => `@${stripAt(input)}`,
    profileUrl: mastodonProfileUrl,
    mention: (handle) => handle,
  },
  post: { rule: (settings) => mastodonRule(settings.mastodon.maxCharacters), compose: composeShortPost },
  share: {
    order: 3,
    url: ({ text, settings }) =>
      settings.mastodon.instance ? withQuery(`https://${settings.mastodon.instance}/share`, { text }) : withQuery(MASTODON_SHARE_HUB, { text }, '#'),
  },
});
