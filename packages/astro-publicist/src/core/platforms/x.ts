/** X: weighted length by twitter-text, `@name` handles, the tweet intent. */
import { composeShortPost } from '../posts/composers/shared.ts';
import { xRule } from '../posts/rules/x.ts';
import { withQuery, stripAt } from './share-url.ts';
import { definePlatform } from './types.ts';

export const x = definePlatform({
  id: 'x',
  name: 'X',
  handle: {
    order: 1,
    expected: 'an X handle like @name',
    valid: (input) => /^@?\w{1,15}$/.test(input),
    normalize: stripAt,
    profileUrl: (handle) => `https://x.com/${handle}`,
    mention: (handle) => `@${handle}`,
  },
  post: { rule: () => xRule, compose: composeShortPost },
  share: { order: 1, url: ({ text }) => withQuery('https://x.com/intent/tweet', { text }) },
});
