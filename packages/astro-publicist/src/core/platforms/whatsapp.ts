/** WhatsApp: share link only, the title and the link as the message. */
import { withQuery } from './share-url.ts';
import { definePlatform } from './types.ts';

export const whatsapp = definePlatform({
  id: 'whatsapp',
  name: 'WhatsApp',
  share: { order: 7, url: ({ title, link }) => withQuery('https://wa.me/', { text: `${title}\n\n${link}` }) },
});
