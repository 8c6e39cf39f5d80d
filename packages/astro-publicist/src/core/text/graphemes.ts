/** Grapheme clusters (what a reader sees as one character), via Intl.Segmenter. */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

export function graphemeCount(text: string): number {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

/** The first `n` graphemes of `text` (all of it when it has fewer), without segmenting the rest. */
export function graphemeHead(text: string, n: number): string {
  let count = 0;
  for (const s of segmenter.segment(text)) if (++count > n) return text.slice(0, s.index);
  return text;
}
