/** Grapheme clusters (what a reader sees as one character), via Intl.Segmenter. */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Text in which every UTF-16 unit is a grapheme of its own: printable ASCII, tab and line feed
 * (not CR, which pairs with LF), Latin-1 and the Latin Extended letters, spacing modifier
 * letters, and the dashes, quotes, ellipsis and € of General Punctuation (not ZWJ/ZWNJ, which
 * join). None of these extends or joins a neighbour, so counting them needs no segmenter: most
 * of what posts and excerpts measure, many times over while a text is fitted, is such text.
 */
const ONE_UNIT_GRAPHEMES = /^[\t\n\x20-\x7E\u00A0-\u02FF\u2010-\u2027\u2030-\u205E\u20AC]*$/;

export function graphemes(text: string): string[] {
  if (ONE_UNIT_GRAPHEMES.test(text)) return text.split('');
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

export function graphemeCount(text: string): number {
  if (ONE_UNIT_GRAPHEMES.test(text)) return text.length;
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

/** The first `n` graphemes of `text` (all of it when it has fewer), without segmenting the rest. */
export function graphemeHead(text: string, n: number): string {
  // A head of one-unit graphemes, one unit longer than asked, ends at a grapheme boundary either way.
  const head = text.slice(0, n + 1);
  if (ONE_UNIT_GRAPHEMES.test(head)) return text.slice(0, n);
  let count = 0;
  for (const s of segmenter.segment(text)) if (++count > n) return text.slice(0, s.index);
  return text;
}
