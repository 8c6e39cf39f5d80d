/** Instagram: a caption without a clickable link, the square card when built; no share link exists. */
import { composeInstagram } from '../posts/composers/instagram.ts';
import { instagramRule } from '../posts/rules/instagram.ts';
import { definePlatform } from './types.ts';

export const instagram = definePlatform({
  id: 'instagram',
  name: 'Instagram',
  post: { rule: () => instagramRule, compose: composeInstagram, card: 'square', preview: { imageFirst: true, plainLinks: true } },
});
