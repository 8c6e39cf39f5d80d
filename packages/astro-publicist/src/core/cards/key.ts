/**
 * What a card's cache key covers, computed from its inputs before any layout work (no fonts
 * loaded, no text fitted, no images scaled), so a cache hit costs a hash and a file read.
 * The key input names the card options, the variant, the template (a user template by its source
 * text), the article fields the template may read, and the image files drawn (logo, avatars,
 * cover); astro/cards/key.ts hashes it together with the card code, the renderer's and the
 * bundled packages' versions, and the files' contents.
 * Built-in templates read a known set of fields; a user template may read any, so it is keyed on
 * the whole Article.
 */
import type { Article, ResolvedOptions } from '../types.ts';
import type { CardVariant } from './card-files.ts';
import type { FontFace } from './fonts.ts';

/** The Article fields the built-in templates (and prepare.ts around them) draw from. */
const BUILT_IN_FIELDS = ['title', 'description', 'tags', 'authors', 'lang', 'card', 'published', 'readingTimeMinutes'] as const satisfies readonly (keyof Article)[];

export interface CardKeyInput {
  options: ResolvedOptions;
  userFaces: readonly FontFace[];
  /** The card variants to key; one key each, in this order (what they share is hashed once). */
  variants: readonly (CardVariant | 'page')[];
  /** The template's name, and its function when it is the user's. */
  template: string;
  userTemplate?: (...args: never[]) => unknown;
  /** What the template draws from (the Article's fields, or a page card's content). */
  content: unknown;
  /** Image files drawn on the card (logo, avatars, cover); undefined where there is none. */
  files: (string | undefined)[];
}

/** The part of an Article a template can read: the known fields for built-in templates, all of it for the user's. */
export function articleContent(article: Article, builtIn: boolean): unknown {
  if (!builtIn) return { ...article, file: undefined };
  return Object.fromEntries(BUILT_IN_FIELDS.map((field) => [field, article[field]]));
}
