/**
 * Every network publicist knows, one record each (see `types.ts`). Adding a network is one new
 * file beside this one and one line here; posts, share links, UTM sources, profile options and
 * the social kit all follow from this list (`registry.ts`). Its order is the default order of
 * `posts.platforms`.
 */
import { bluesky } from './bluesky.ts';
import { email } from './email.ts';
import { facebook } from './facebook.ts';
import { instagram } from './instagram.ts';
import { linkedin } from './linkedin.ts';
import { mastodon } from './mastodon.ts';
import { reddit } from './reddit.ts';
import { telegram } from './telegram.ts';
import { threads } from './threads.ts';
import { whatsapp } from './whatsapp.ts';
import { x } from './x.ts';

export const PLATFORMS = [x, bluesky, mastodon, threads, linkedin, facebook, instagram, whatsapp, telegram, reddit, email] as const;
