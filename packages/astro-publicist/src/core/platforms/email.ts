/** E-mail: a mailto: link with the title as subject, the description and link as body. */
import { withQuery } from './share-url.ts';
import { definePlatform } from './types.ts';

export const email = definePlatform({
  id: 'email',
  name: 'E-Mail',
  // Analytics tools (GA4's default channel grouping) file `social` from an e-mail as Organic Social.
  utmMedium: 'email',
  share: {
    order: 10,
    // RFC 6068: a line break in a mailto: body is CRLF (%0D%0A).
    url: ({ title, description, link }) => withQuery('mailto:', { subject: title, body: `${description}\r\n\r\n${link}` }),
  },
});
