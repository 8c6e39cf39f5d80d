/**
 * Emoji are drawn as Twemoji SVGs (@twemoji/svg, artwork CC-BY 4.0), handed to satori as
 * `graphemeImages`, so no emoji font is needed and nothing is fetched.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { graphemes } from '../text/graphemes.ts';

// Built from a string: the `v` flag is newer than the TypeScript target.
const EMOJI = new RegExp('\\p{RGI_Emoji}', 'v');
const require = createRequire(import.meta.url);
let svgDir: string | undefined;

export const EMOJI_PACKAGE = '@twemoji/svg';

export function isEmoji(grapheme: string): boolean {
  return EMOJI.test(grapheme) && !/^[\d#*]$/.test(grapheme);
}

/** The emoji graphemes of a text, each once, in order of appearance. */
export function emojiIn(text: string): string[] {
  return [...new Set(graphemes(text).filter(isEmoji))];
}

/** Twemoji's file name: code points in hex, U+FE0F dropped unless the sequence has a ZWJ. */
export function twemojiName(grapheme: string): string {
  const text = grapheme.includes('\u200d') ? grapheme : grapheme.replace(/\ufe0f/g, '');
  return [...text].map((c) => c.codePointAt(0)!.toString(16)).join('-');
}

/** The SVG file for an emoji grapheme, or undefined when Twemoji has no artwork for it. */
export function emojiFile(grapheme: string): string | undefined {
  svgDir ??= dirname(require.resolve(`${EMOJI_PACKAGE}/package.json`));
  for (const name of [twemojiName(grapheme), [...grapheme].map((c) => c.codePointAt(0)!.toString(16)).join('-')]) {
    const file = join(svgDir, `${name}.svg`);
    if (existsSync(file)) return file;
  }
  return undefined;
}

const dataUris = new Map<string, string>();

/** `graphemeImages` for satori: emoji grapheme → SVG data URI. */
export function emojiImages(emoji: readonly string[]): Record<string, string> {
  const images: Record<string, string> = {};
  for (const e of emoji) {
    let uri = dataUris.get(e);
    if (uri === undefined) {
      const file = emojiFile(e);
      uri = file ? `data:image/svg+xml;base64,${readFileSync(file).toString('base64')}` : '';
      dataUris.set(e, uri);
    }
    if (uri) images[e] = uri;
  }
  return images;
}
