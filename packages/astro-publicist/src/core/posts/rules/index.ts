/** The length rule of each platform. */
import type { SocialPlatform } from '../../types.ts';
import { blueskyRule } from './bluesky.ts';
import { facebookRule } from './facebook.ts';
import { instagramRule } from './instagram.ts';
import { linkedinRule } from './linkedin.ts';
import { mastodonRule } from './mastodon.ts';
import { threadsRule } from './threads.ts';
import type { PostRule } from './types.ts';
import { xRule } from './x.ts';

export type { PostRule };
export { fits } from './types.ts';

export function postRule(platform: SocialPlatform, settings: { mastodonMaxCharacters: number }): PostRule {
  switch (platform) {
    case 'x': return xRule;
    case 'bluesky': return blueskyRule;
    case 'mastodon': return mastodonRule(settings.mastodonMaxCharacters);
    case 'threads': return threadsRule;
    case 'linkedin': return linkedinRule;
    case 'facebook': return facebookRule;
    case 'instagram': return instagramRule;
  }
}
