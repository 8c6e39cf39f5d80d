/**
 * Which graphemes are emoji. They are drawn as Twemoji SVGs (astro/cards/emoji.ts loads them),
 * so no emoji font is needed and nothing is fetched.
 */
import { graphemes } from '../text/graphemes.ts';

// Built from a string: the `v` flag is newer than the TypeScript target.
const EMOJI = new RegExp('\\p{RGI_Emoji}', 'v');

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
