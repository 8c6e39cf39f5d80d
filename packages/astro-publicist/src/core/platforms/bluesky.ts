/** Bluesky: graphemes and UTF-8 bytes, `name.bsky.social` handles, the record with facets, the compose intent. */
import { composeBluesky } from '../posts/composers/bluesky.ts';
import { blueskyRule } from '../posts/rules/bluesky.ts';
import { withQuery, stripAt } from './share-url.ts';
import { definePlatform } from './types.ts';

export const bluesky = definePlatform({
  id: 'bluesky',
  name: 'Bluesky',
  handle: {
    order: 3,
    expected: 'a Bluesky handle like name.bsky.social',
    valid: (input) => /^@?[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)+$/.test(input),
    normalize: stripAt,
    profileUrl: (handle) => `https://bsky.app/profile/${handle}`,
    mention: (handle) => `@${handle}`,
  },
  post: { rule: () => blueskyRule, compose: composeBluesky },
  share: { order: 2, url: ({ text }) => withQuery('https://bsky.app/intent/compose', { text }) },
});
