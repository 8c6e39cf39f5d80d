/**
 * The one source of truth for share-card files: which variants exist, their size, type and URL.
 * The head tags, the JSON-LD, the feeds, the post variants and the card routes all read this.
 */
import type { Article, ResolvedOptions } from '../types.ts';
import { SHARE_IMAGE_MIN } from '../preview/rules.ts';
import { tagSlug } from '../urls.ts';

/** Every card size, in the order pages and files list them; the link card is always made. */
export const CARD_VARIANTS = {
  /** The link card every platform reads from og:image (1.91:1), at the size every large card draws without upscaling. */
  link: { width: SHARE_IMAGE_MIN.width, height: SHARE_IMAGE_MIN.height, suffix: '' },
  /** Feed posts (Instagram, LinkedIn, Mastodon): 1:1 and 4:5. */
  square: { width: 1080, height: 1080, suffix: '-square' },
  portrait: { width: 1080, height: 1350, suffix: '-portrait' },
  /** 16:9 and 4:3, the other ratios Google asks for in an article's structured-data images. */
  wide: { width: 1200, height: 675, suffix: '-wide' },
  standard: { width: 1200, height: 900, suffix: '-4x3' },
} as const;
export type CardVariant = keyof typeof CARD_VARIANTS;
export const CARD_VARIANT_NAMES = Object.keys(CARD_VARIANTS) as CardVariant[];

export const CARD_FORMATS = {
  png: { type: 'image/png', extension: 'png' },
  jpeg: { type: 'image/jpeg', extension: 'jpg' },
  webp: { type: 'image/webp', extension: 'webp' },
} as const;
export type CardFormat = keyof typeof CARD_FORMATS;

/** Where cards are served from, below the site's base (`cards.path`). */
export const CARD_ROUTE_PREFIX = 'og';
/** Where they go when the site has its own route at `/og/`. */
export const CARD_ROUTE_FALLBACK = 'og-cards';

export interface CardImage {
  variant: CardVariant;
  /** Site-relative path, e.g. `/og/articles/foo.png`. */
  path: string;
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
  type: string;
  alt: string;
}

export interface CardSettings {
  variants: CardVariant[];
  format: CardFormat;
  /** The folder of the card files below the base. */
  prefix: string;
}

/** The enabled variants (the link card always) and the file format, from `options.cards`. */
export function cardSettings(options: ResolvedOptions): CardSettings {
  const cards: Partial<Omit<CardSettings, 'prefix'>> & { path?: string } = options.cards ?? {};
  return { variants: cards.variants ?? ['link'], format: cards.format ?? 'png', prefix: cards.path ?? CARD_ROUTE_PREFIX };
}

/** A page that is not an article gets a link card too: the site's own (home and other pages) or a tag's. */
export type PageCard = { kind: 'site' } | { kind: 'tag'; tag: string };

/** `site`, `tags/<slug>`: never like an article's `<collection>/<id>` for the site card, which has no slash. */
export function pageCardSlug(page: PageCard): string {
  return page.kind === 'site' ? 'site' : `tags/${tagSlug(page.tag)}`;
}

/** The link card of a page that is not an article. */
export function pageCardImage(page: PageCard, options: ResolvedOptions, alt: string): CardImage {
  const { format, prefix } = cardSettings(options);
  const path = cardPath({ slug: pageCardSlug(page) }, 'link', format, options.base, prefix);
  const { width, height } = CARD_VARIANTS.link;
  return { variant: 'link', path, url: new URL(path.slice(options.base.length), options.site).href, width, height, type: CARD_FORMATS[format].type, alt };
}

export function cardPath(article: Pick<Article, 'slug'>, variant: CardVariant, format: CardFormat, base = '/', prefix = CARD_ROUTE_PREFIX): string {
  return `${base}${prefix}/${article.slug}${CARD_VARIANTS[variant].suffix}.${CARD_FORMATS[format].extension}`;
}

/** Every card of an article, the link card first. */
export function cardImages(article: Article, options: ResolvedOptions): CardImage[] {
  const { variants, format, prefix } = cardSettings(options);
  const ordered = CARD_VARIANT_NAMES.filter((v) => v === 'link' || variants.includes(v));
  return ordered.map((variant) => {
    const path = cardPath(article, variant, format, options.base, prefix);
    return {
      variant,
      path,
      url: new URL(path.slice(options.base.length), options.site).href,
      width: CARD_VARIANTS[variant].width,
      height: CARD_VARIANTS[variant].height,
      type: CARD_FORMATS[format].type,
      alt: article.card.title ?? article.title,
    };
  });
}

/** The link card (og:image). */
export function linkCard(article: Article, options: ResolvedOptions): CardImage {
  return cardImages(article, options)[0]!;
}
