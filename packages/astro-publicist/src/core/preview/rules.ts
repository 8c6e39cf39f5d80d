/**
 * How each platform draws a shared link: how much of the title and description it shows, and how
 * it crops the image. The one table the dev toolbar's previews (and their tests) read.
 *
 * Few platforms document what their link cards show. Where a platform documents a limit, `source`
 * names the document; everything else is an approximation of the platform's rendering on a
 * desktop client (late 2026), marked `approximate: true`, so a change is made here and nowhere else.
 * Lengths are in graphemes (what a reader sees as one character); `null` means "not shown".
 */

export type LinkPreviewPlatform = 'x' | 'linkedin' | 'facebook' | 'bluesky' | 'mastodon' | 'threads' | 'slack' | 'discord' | 'whatsapp' | 'imessage';

export interface LinkPreviewRule {
  /** The network's name as people write it. */
  name: string;
  /** Most graphemes of the title shown (an ellipsis included), or null when the card shows no title. */
  titleMax: number | null;
  /** Most graphemes of the description shown, or null when the card shows none. */
  descriptionMax: number | null;
  /** The frame the image is cropped to (object-fit: cover), width:height. */
  imageAspect: readonly [number, number];
  /** The tags the card reads its title and description from, first one present wins. */
  reads: { title: readonly string[]; description: readonly string[]; image: readonly string[] };
  /** Shows `twitter:label1`/`twitter:data1` pairs under the card (Slack). */
  labelRows: boolean;
  /** Tags naming the author that, when present, the card shows in place of the description (Mastodon). */
  authorInsteadOfDescription?: readonly string[];
  /** The domain line the card shows above or below the title. */
  domain: 'above' | 'below' | 'none';
  source: string;
  /** True when the numbers are a reading of the platform's rendering, not documented. */
  approximate: boolean;
}

const OG = { title: ['og:title', 'title'], description: ['og:description', 'description'], image: ['og:image'] } as const;
const X_TAGS = { title: ['twitter:title', 'og:title', 'title'], description: ['twitter:description', 'og:description', 'description'], image: ['twitter:image', 'og:image'] } as const;

export const LINK_PREVIEW_RULES: Readonly<Record<LinkPreviewPlatform, LinkPreviewRule>> = {
  x: {
    name: 'X',
    // X's card markup documents the maxima it reads; its web client now draws only the title over a 2:1 image.
    titleMax: 70,
    descriptionMax: null,
    imageAspect: [2, 1],
    reads: X_TAGS,
    labelRows: false,
    domain: 'below',
    source: 'developer.x.com, Cards markup reference (twitter:title max 70, twitter:description max 200, summary_large_image 2:1); description no longer drawn on x.com',
    approximate: false,
  },
  linkedin: {
    name: 'LinkedIn',
    titleMax: 70,
    descriptionMax: null,
    imageAspect: [1.91, 1],
    // LinkedIn reads only og:*, with no fallback to <title> or the meta description.
    reads: { title: ['og:title'], description: ['og:description'], image: ['og:image'] },
    labelRows: false,
    domain: 'below',
    source: 'LinkedIn Post Inspector: reads og:* only, image 1200×627; title cut after two lines in the feed (approximation)',
    approximate: true,
  },
  facebook: {
    name: 'Facebook',
    titleMax: 88,
    descriptionMax: 110,
    imageAspect: [1.91, 1],
    reads: OG,
    labelRows: false,
    domain: 'above',
    source: 'Meta for Developers, Sharing best practices (1200×630, 1.91:1); title two lines, description one line (approximation)',
    approximate: true,
  },
  bluesky: {
    name: 'Bluesky',
    titleMax: 100,
    descriptionMax: 150,
    imageAspect: [1.91, 1],
    reads: OG,
    labelRows: false,
    domain: 'below',
    source: 'bluesky-social/social-app, src/components/Post/Embed/ExternalEmbed: image aspect_card (1.91:1), title 3 lines, description 2 lines with a thumbnail, domain below; lengths per line approximate',
    approximate: true,
  },
  mastodon: {
    name: 'Mastodon',
    titleMax: 80,
    descriptionMax: 140,
    imageAspect: [1.91, 1],
    reads: OG,
    labelRows: false,
    authorInsteadOfDescription: ['fediverse:creator'],
    domain: 'above',
    source: 'mastodon/mastodon, features/status/components/card.tsx: a landscape image drawn at 1.91:1, host above the title, the author (fediverse:creator) in place of the description; LinkDetailsExtractor reads og:* and <title>; clamps approximate',
    approximate: true,
  },
  threads: {
    name: 'Threads',
    titleMax: 70,
    descriptionMax: null,
    imageAspect: [1.91, 1],
    reads: OG,
    labelRows: false,
    domain: 'below',
    source: 'Threads web client: image, one-line title and domain (approximation)',
    approximate: true,
  },
  slack: {
    name: 'Slack',
    titleMax: 100,
    descriptionMax: 300,
    imageAspect: [1.91, 1],
    reads: { title: ['og:title', 'twitter:title', 'title'], description: ['og:description', 'twitter:description', 'description'], image: ['og:image', 'twitter:image'] },
    labelRows: true,
    domain: 'above',
    source: 'Slack, "Everything you ever wanted to know about unfurling" (oEmbed, og:*, twitter:label1/data1 rows); lengths approximate',
    approximate: true,
  },
  discord: {
    name: 'Discord',
    titleMax: 256,
    descriptionMax: 350,
    imageAspect: [1.91, 1],
    reads: OG,
    labelRows: false,
    domain: 'above',
    source: 'Discord developer docs, Embed limits (title 256); unfurled description cut at about 350 (approximation)',
    approximate: true,
  },
  whatsapp: {
    name: 'WhatsApp',
    titleMax: 65,
    descriptionMax: 80,
    imageAspect: [1.91, 1],
    reads: OG,
    labelRows: false,
    domain: 'below',
    source: 'WhatsApp link preview: og:* with an image of at least 300 px wide drawn large, title and description two lines each (approximation)',
    approximate: true,
  },
  imessage: {
    name: 'iMessage',
    titleMax: 60,
    descriptionMax: null,
    imageAspect: [1.91, 1],
    reads: { title: ['og:title', 'title'], description: [], image: ['og:image'] },
    labelRows: false,
    domain: 'below',
    source: 'Apple LinkPresentation (LPLinkMetadata: title, image, URL; no description); title two lines (approximation)',
    approximate: true,
  },
};

export const LINK_PREVIEW_PLATFORMS = Object.keys(LINK_PREVIEW_RULES) as LinkPreviewPlatform[];

/** Google's desktop result: the title and description are cut by their width in pixels, at a word, with " ...". */
export const GOOGLE_RESULT_RULE = {
  titleFont: '20px Arial',
  titleMaxPx: 600,
  descriptionFont: '14px Arial',
  /** Two lines of about 460 px. */
  descriptionMaxPx: 920,
  ellipsis: ' ...',
  source: 'Google Search Central, "Influencing title links" and "Control your snippets" (no fixed limit; cut to the device width); 600 px / 920 px at Arial 20/14 px is the common desktop reading',
  approximate: true,
} as const;

/** The smallest share image every large card draws without upscaling (Open Graph's 1200×630). */
export const SHARE_IMAGE_MIN = { width: 1200, height: 630, source: 'Meta for Developers, Sharing best practices: 1200×630' } as const;
