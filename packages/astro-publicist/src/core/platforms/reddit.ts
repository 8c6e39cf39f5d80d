/** Reddit: share link only, the link and the title. */
import { withQuery } from './share-url.ts';
import { definePlatform } from './types.ts';

export const reddit = definePlatform({
  id: 'reddit',
  name: 'Reddit',
  share: { order: 9, url: ({ title, link }) => withQuery('https://www.reddit.com/submit', { url: link, title }) },
});
