/**
 * Emoji artwork for cards: Twemoji SVGs (@twemoji/svg, artwork CC-BY 4.0) read from the package
 * and handed to satori as `graphemeImages`, so no emoji font is needed and nothing is fetched.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { twemojiName } from '../../core/cards/emoji.ts';

const require = createRequire(import.meta.url);
let svgDir: string | undefined;

export const EMOJI_PACKAGE = '@twemoji/svg';

/** The SVG file for an emoji grapheme, or undefined when Twemoji has no artwork for it. */
function emojiFile(grapheme: string): string | undefined {
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
