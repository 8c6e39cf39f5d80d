/** Hyphenation points of a word, from the patterns of the article's language (astro/cards/hyphenation.ts loads them). */
import type { Hyphenator } from './environment.ts';

const SOFT_HYPHEN = '\u00ad';

/**
 * The ways to split `word` at a hyphenation point, as [head, tail] pairs from the longest head.
 * Soft hyphens already in the word are the author's choice and win over the patterns.
 */
export function hyphenationPoints(word: string, hyphenate: Hyphenator | undefined): [string, string][] {
  let marked = word;
  if (!word.includes(SOFT_HYPHEN)) marked = hyphenate?.(word) ?? word;
  const parts = marked.split(SOFT_HYPHEN);
  const splits: [string, string][] = [];
  for (let i = parts.length - 1; i > 0; i--) splits.push([parts.slice(0, i).join(''), parts.slice(i).join('')]);
  return splits;
}

export function stripSoftHyphens(text: string): string {
  return text.replaceAll(SOFT_HYPHEN, '');
}
