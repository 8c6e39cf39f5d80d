/** Facebook: a long post with the authors' names, the sharer link. */
import { composeFacebook } from '../posts/composers/facebook.ts';
import { facebookRule } from '../posts/rules/facebook.ts';
import { withQuery } from './share-url.ts';
import { definePlatform } from './types.ts';

export const facebook = definePlatform({
  id: 'facebook',
  name: 'Facebook',
  post: { rule: () => facebookRule, compose: composeFacebook },
  share: { order: 5, url: ({ link }) => withQuery('https://www.facebook.com/sharer/sharer.php', { u: link }) },
});
