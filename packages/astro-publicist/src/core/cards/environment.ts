/**
 * What card layout needs from outside core: files loaded (fonts, images, hyphenation patterns)
 * and the cache key hashed. Core declares it; astro/cards/environment.ts provides it.
 */
import type { ResolvedOptions } from '../types.ts';
import type { CardFormat } from './card-files.ts';
import type { CardKeyInput } from './key.ts';
import type { FontFace, FontSubset } from './fonts.ts';
import type { CardElement } from './tree.ts';

/** Text widths in px, measured with the font files satori draws with. */
export interface Measurer {
  /** Advance width in px of `text` at `fontSize`. */
  width(text: string, fontSize: number): number;
}

/** Marks a word's hyphenation points with soft hyphens (U+00AD). */
export type Hyphenator = (word: string) => string;

export interface ImageBox {
  width: number;
  height: number;
  /** `cover` crops to fill the box; `inside` keeps the whole image within it. */
  fit: 'cover' | 'inside';
}

/** What the renderer (satori, then sharp) gets for one card. */
export interface RenderJob {
  tree: CardElement;
  width: number;
  height: number;
  /** In satori's fallback order. */
  fonts: FontFace[];
  /** Emoji graphemes in the tree, drawn from Twemoji. */
  emoji: string[];
  format: CardFormat;
  quality: number;
}

export interface CardLoader {
  /** The absolute file of a public/ path (`/logo.png`). */
  publicFile(path: string): string;
  /** The @font-face subsets of a bundled font package at one weight. */
  fontSubsets(pkg: string, weight: number): readonly FontSubset[];
  /** A measurer for text drawn with `faces`, in satori's fallback order. */
  measurer(faces: readonly FontFace[]): Measurer;
  /** The hyphenation patterns for a language, or undefined when there are none. */
  hyphenator(lang: string): Hyphenator | undefined;
  /** The image file scaled into `box`, as a data URI. */
  imageDataUri(file: string, box: ImageBox, format?: 'png' | 'jpeg'): Promise<string>;
  /** The cache keys, one per variant of the input: hashes of the key input (and of the files it names). */
  cardKeys(input: CardKeyInput): string[];
}

export interface CardEnvironment {
  options: ResolvedOptions;
  userFaces: FontFace[];
  load: CardLoader;
}
