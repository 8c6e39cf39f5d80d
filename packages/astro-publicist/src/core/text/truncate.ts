/**
 * Shorten text to fit a length rule, at the best boundary available: the end of a sentence,
 * else a word, else a grapheme. The ellipsis is part of what must fit, so it is counted by the
 * same rule (a platform's own weighting, say).
 */
import { graphemeCount, graphemeHead, graphemes } from './graphemes.ts';

export interface TruncateOptions {
  /** Does this candidate fit? Called with the ellipsis already appended. */
  fits: (candidate: string) => boolean;
  ellipsis?: string;
  /** Prefer ending at a full sentence when that keeps at least this share of the text (0..1). */
  sentenceShare?: number;
  locale?: string;
  /**
   * When `text` is only the head of a longer text (see `truncateHead`), the whole text's length,
   * so the sentence share is measured against it.
   */
  totalLength?: number;
}

export interface Truncated {
  text: string;
  truncated: boolean;
}

/** Segmenters are costly to build and stateless to use: one per locale and granularity. */
const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string | undefined, granularity: 'sentence' | 'word'): Intl.Segmenter {
  const key = `${locale ?? ''}|${granularity}`;
  let seg = segmenters.get(key);
  if (!seg) segmenters.set(key, (seg = new Intl.Segmenter(locale, { granularity })));
  return seg;
}

function boundaries(text: string, granularity: 'sentence' | 'word', locale?: string): number[] {
  const seg = segmenter(locale, granularity);
  const ends: number[] = [];
  for (const s of seg.segment(text)) {
    if (granularity === 'word' && !s.isWordLike) continue;
    ends.push(s.index + s.segment.length);
  }
  return ends;
}

function wordCount(text: string, locale?: string): number {
  let n = 0;
  for (const s of segmenter(locale, 'word').segment(text)) if (s.isWordLike) n++;
  return n;
}

/** The longest prefix ending at one of `ends` (UTF-16 offsets, ascending) for which `ok` holds. */
function longestFitting(ends: number[], ok: (end: number) => boolean): number | undefined {
  let lo = 0;
  let hi = ends.length - 1;
  let best: number | undefined;
  // `fits` is monotone in the prefix length for every rule we count with, so bisect.
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ok(ends[mid]!)) {
      best = ends[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

export function truncate(text: string, options: TruncateOptions): Truncated {
  const { fits, ellipsis = '…', sentenceShare = 0.6, locale, totalLength = text.length } = options;
  if (fits(text)) return { text, truncated: false };
  const cut = (end: number) => text.slice(0, end).replace(/[\s,;:–—-]+$/u, '');

  const sentenceEnds = boundaries(text, 'sentence', locale).map((end) => text.slice(0, end).trimEnd().length);
  const sentence = longestFitting(sentenceEnds, (end) => fits(cut(end)));
  if (sentence !== undefined && sentence >= totalLength * sentenceShare) return { text: cut(sentence), truncated: true };

  const wordEnds = boundaries(text, 'word', locale);
  const word = longestFitting(wordEnds, (end) => fits(cut(end) + ellipsis));
  if (word !== undefined && cut(word).length > 0) {
    const kept = cut(word);
    // A paragraph cut down to one word (`Ein…`) says nothing: end with the paragraph before it instead.
    const paragraphStart = kept.lastIndexOf('\n\n');
    const before = kept.slice(0, paragraphStart).trimEnd();
    if (paragraphStart > 0 && wordCount(kept.slice(paragraphStart), locale) <= 1 && before && fits(before)) return { text: before, truncated: true };
    return { text: kept + ellipsis, truncated: true };
  }

  let offset = 0;
  const graphemeEnds = graphemes(text).map((g) => (offset += g.length));
  const grapheme = longestFitting(graphemeEnds, (end) => fits(text.slice(0, end) + ellipsis));
  if (grapheme !== undefined) return { text: text.slice(0, grapheme) + ellipsis, truncated: true };
  return { text: fits(ellipsis) ? ellipsis : '', truncated: true };
}

/**
 * Shorten to at most `max` graphemes like `truncate`, looking only at the head of a long text:
 * every boundary that can end the result lies within the first `max` graphemes, so the segmenters
 * and the counting never walk the whole text (an article body, say). Same result as `truncate`.
 */
export function truncateHead(text: string, max: number, options: Omit<TruncateOptions, 'fits' | 'totalLength'> = {}): Truncated {
  const fits = (s: string) => graphemeCount(s) <= max;
  if (text.length <= max) return { text, truncated: false };
  // The limit and a margin: boundaries near the cut may differ from the whole text's, but
  // they lie far beyond anything that fits (unless separators the cut strips fill the margin).
  const head = graphemeHead(text, max + 32);
  if (head.length === text.length || /[\s,;:–—-]{16,}$/u.test(head)) return truncate(text, { ...options, fits });
  return truncate(head, { ...options, fits, totalLength: text.length });
}
