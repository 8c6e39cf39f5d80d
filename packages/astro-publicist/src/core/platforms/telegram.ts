/** Telegram: share link only. */
import { withQuery } from './share-url.ts';
import { definePlatform } from './types.ts';

export const telegram = definePlatform({
  id: 'telegram',
  name: 'Telegram',
  share: { order: 8, url: ({ title, link }) => withQuery('https://t.me/share/url', { url: link, text: title }) },
});
