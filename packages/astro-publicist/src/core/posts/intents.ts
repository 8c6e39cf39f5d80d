/**
 * Share-intent URLs that need no API key. Every value is encoded with encodeURIComponent
 * (a space as %20: `+` is not decoded in mailto: and by some intent pages).
 */
import { cleanLine } from '../text/clean.ts';

export const INTENT_TARGETS = ['x', 'bluesky', 'mastodon', 'linkedin', 'facebook', 'threads', 'whatsapp', 'telegram', 'reddit', 'email'] as const;
export type IntentTarget = (typeof INTENT_TARGETS)[number];

export const INTENT_NAMES: Readonly<Record<IntentTarget, string>> = {
  x: 'X',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
  threads: 'Threads',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  reddit: 'Reddit',
  email: 'E-Mail',
};

/** The hub that lets a reader pick their own Mastodon server. */
export const MASTODON_SHARE_HUB = 'https://share.joinmastodon.org/';

function withQuery(base: string, params: Record<string, string>, separator = '?'): string {
  const query = Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
  return `${base}${separator}${query}`;
}

/** What each intent shares: full post texts (with their link) where the target takes text, links per target. */
export interface IntentInput {
  title: string;
  description: string;
  /** The post text (link included) for the targets that take a text. */
  text: { x: string; bluesky: string; mastodon: string; threads: string };
  /** The UTM link for each target. */
  link: Record<'linkedin' | 'facebook' | 'whatsapp' | 'telegram' | 'reddit' | 'email', string>;
  /** Host of a Mastodon server (`social.example`); without it, the joinmastodon share hub. */
  mastodonInstance?: string;
}

export function shareIntents(input: IntentInput): Record<IntentTarget, string> {
  const { text, link } = input;
  const title = cleanLine(input.title);
  const description = cleanLine(input.description);
  return {
    x: withQuery('https://x.com/intent/tweet', { text: text.x }),
    bluesky: withQuery('https://bsky.app/intent/compose', { text: text.bluesky }),
    mastodon: input.mastodonInstance
      ? withQuery(`https://${input.mastodonInstance}/share`, { text: text.mastodon })
      : withQuery(MASTODON_SHARE_HUB, { text: text.mastodon }, '#'),
    linkedin: withQuery('https://www.linkedin.com/sharing/share-offsite/', { url: link.linkedin }),
    facebook: withQuery('https://www.facebook.com/sharer/sharer.php', { u: link.facebook }),
    threads: withQuery('https://www.threads.com/intent/post', { text: text.threads }),
    whatsapp: withQuery('https://wa.me/', { text: `${title}\n\n${link.whatsapp}` }),
    telegram: withQuery('https://t.me/share/url', { url: link.telegram, text: title }),
    reddit: withQuery('https://www.reddit.com/submit', { url: link.reddit, title }),
    // RFC 6068: a line break in a mailto: body is CRLF (%0D%0A).
    email: withQuery('mailto:', { subject: title, body: `${description}\r\n\r\n${link.email}` }),
  };
}
