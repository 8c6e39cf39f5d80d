/** Measurable links: the article URL with UTM parameters for one share target. */
import { fillTemplate } from './template.ts';

/** Every place a link is shared to: the post platforms and the share-only targets. */
export const SHARE_TARGETS = ['x', 'bluesky', 'mastodon', 'threads', 'linkedin', 'facebook', 'instagram', 'whatsapp', 'telegram', 'reddit', 'email'] as const;
export type ShareTarget = (typeof SHARE_TARGETS)[number];

/**
 * `utm_medium` of the e-mail share link, whatever `utm.medium` says: analytics tools (GA4's default
 * channel grouping) file `social` from an e-mail as Organic Social.
 */
export const EMAIL_MEDIUM = 'email';

export interface UtmSettings {
  /** `utm_source` per target; default the target's id (`x`, `bluesky`…). */
  source: Partial<Record<ShareTarget, string>>;
  /** `utm_medium` of every target but e-mail (which is `email`). */
  medium: string;
  /** Template with `{id}`, `{slug}`, `{collection}`, `{lang}`, `{platform}`. */
  campaign: string;
  /** Template like `campaign`; left out when not set. */
  content?: string;
  /** Parameter names. */
  names: { source: string; medium: string; campaign: string; content: string };
}

export interface UtmArticle {
  id: string;
  slug: string;
  collection: string;
  lang: string;
}

/** `url` with the UTM parameters for `target`; unchanged when UTM is off (`false`). Existing query parameters are kept. */
export function utmLink(url: string, target: ShareTarget, article: UtmArticle, utm: UtmSettings | false): string {
  if (!utm) return url;
  const values = { id: article.id, slug: article.slug, collection: article.collection, lang: article.lang, platform: target };
  const link = new URL(url);
  const params: [string, string | undefined][] = [
    [utm.names.source, utm.source[target] ?? target],
    [utm.names.medium, target === 'email' ? EMAIL_MEDIUM : utm.medium],
    [utm.names.campaign, fillTemplate(utm.campaign, values)],
    [utm.names.content, utm.content === undefined ? undefined : fillTemplate(utm.content, values)],
  ];
  for (const [name, value] of params) if (value) link.searchParams.set(name, value);
  return link.href;
}
