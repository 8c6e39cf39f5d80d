/** Threads: 500 characters (emoji as UTF-8 bytes), 5 links, `@name` handles, the post intent. */
import { composeThreads } from '../posts/composers/threads.ts';
import { threadsRule } from '../posts/rules/threads.ts';
import { withQuery, stripAt } from './share-url.ts';
import { definePlatform } from './types.ts';

export const threads = definePlatform({
  id: 'threads',
  name: 'Threads',
  handle: {
    order: 4,
    expected: 'a Threads handle like @name',
    valid: (input) => /^@?[\w.]+$/.test(input),
    normalize: stripAt,
    profileUrl: (handle) => `https://www.threads.com/@${handle}`,
    mention: (handle) => `@${handle}`,
  },
  post: { rule: () => threadsRule, compose: composeThreads },
  share: { order: 6, url: ({ text }) => withQuery('https://www.threads.com/intent/post', { text }) },
});
