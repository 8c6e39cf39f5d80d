/** LinkedIn: a long post with the authors' names (mentions cannot be written as text), the profile as a URL, the share-offsite link. */
import { composeLinkedin } from '../posts/composers/linkedin.ts';
import { linkedinRule } from '../posts/rules/linkedin.ts';
import { isHttpUrl, withQuery } from './share-url.ts';
import { definePlatform } from './types.ts';

export const linkedin = definePlatform({
  id: 'linkedin',
  name: 'LinkedIn',
  handle: {
    order: 5,
    expected: 'the absolute URL of a LinkedIn profile',
    valid: isHttpUrl,
    normalize: (input) => input,
    profileUrl: (url) => url,
  },
  post: { rule: () => linkedinRule, compose: composeLinkedin },
  share: { order: 4, url: ({ link }) => withQuery('https://www.linkedin.com/sharing/share-offsite/', { url: link }) },
});
