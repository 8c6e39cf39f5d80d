/**
 * Fit text into a box: the largest font size in a range at which the text breaks into at most
 * `maxLines` lines that each fit the width. Lines break at spaces (and after hyphens, between CJK
 * characters) first; a word wider than a line is hyphenated with the language's patterns and a
 * visible hyphen; only when the smallest size still needs more lines is the text cut with an
 * ellipsis. Lines are returned explicitly, so satori draws exactly what was measured.
 */
import { truncate } from '../text/truncate.ts';
import { graphemes } from '../text/graphemes.ts';
import { hyphenationPoints, stripSoftHyphens } from './hyphenate.ts';
import type { Hyphenator, Measurer } from './environment.ts';

export interface FitOptions {
  /** Width of the box in px. */
  width: number;
  maxLines: number;
  minSize: number;
  maxSize: number;
  /** Step between tried sizes in px; default 2. */
  step?: number;
  /** Language of the text (where an ellipsis may cut it). */
  lang: string;
  /** The language's hyphenation patterns; without them a long word breaks between letters. */
  hyphenate?: Hyphenator;
}

export interface FittedText {
  fontSize: number;
  lines: string[];
  /** An ellipsis had to end the last line. */
  truncated: boolean;
  /** Some line ends in a hyphen we added. */
  hyphenated: boolean;
}

/** Widths are measured with the font, but satori rounds and shapes on its own; keep a little slack. */
const SLACK = 0.985;
const HYPHEN = '-';
const NO_BREAK_BEFORE = new Set([...'、。，．・：；？！ー）」』】〕〉》〙〗〟’”ゝゞぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ!?.,:;)]}…%']);
const NO_BREAK_AFTER = new Set([...'（「『【〔〈《〘〖〝‘“([{']);
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}　-〿＀-￯]/u;

interface Piece {
  text: string;
  /** A space separates it from the previous piece. */
  space: boolean;
}

/** Split text into the pieces a line may break between. */
export function breakPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  for (const [w, word] of text.trim().split(/\s+/u).entries()) {
    let current = '';
    let first = true;
    const flush = () => {
      if (!current) return;
      pieces.push({ text: current, space: first && w > 0 });
      first = false;
      current = '';
    };
    const gs = graphemes(word);
    gs.forEach((g, i) => {
      const next = gs[i + 1];
      if (CJK.test(g) && current && !NO_BREAK_BEFORE.has(g) && !NO_BREAK_AFTER.has(current.at(-1)!)) flush();
      current += g;
      // Break after a hyphen or dash inside a word ("Social-Media-Marketing"), or after a CJK character.
      const breakAfter = (/^[-–—/]$/.test(g) && i > 0 && next !== undefined && /\p{L}/u.test(next)) || (CJK.test(g) && next !== undefined && !NO_BREAK_BEFORE.has(next) && !NO_BREAK_AFTER.has(g));
      if (breakAfter) flush();
    });
    flush();
  }
  return pieces;
}

const join = (line: string, piece: Piece) => (line ? `${line}${piece.space ? ' ' : ''}${piece.text}` : piece.text);

/**
 * Break `text` at `fontSize` into lines; `null` when it needs more than `maxLines` (or, without
 * hyphenation, when one word is wider than the line).
 */
function layout(pieces: Piece[], fontSize: number, fits: (s: string, size: number) => boolean, hyphenator: Hyphenator | undefined, maxLines: number, hyphenate: boolean) {
  const lines: string[] = [];
  let line = '';
  let hyphenated = false;
  const queue = [...pieces];
  while (queue.length) {
    const piece = queue.shift()!;
    const candidate = join(line, piece);
    if (fits(candidate, fontSize)) {
      line = candidate;
      continue;
    }
    if (line) {
      lines.push(line);
      line = '';
      if (lines.length >= maxLines) return null;
    }
    const alone = stripSoftHyphens(piece.text);
    if (fits(alone, fontSize)) {
      line = alone;
      continue;
    }
    if (!hyphenate) return null;
    // The word alone is wider than the line: split it at the longest head that fits with a hyphen.
    const split =
      hyphenationPoints(piece.text, hyphenator).find(([head]) => fits(head + HYPHEN, fontSize)) ??
      // No pattern fits (a word from another language, say): break between letters, still with a hyphen.
      graphemeSplit(alone, (head) => fits(head + HYPHEN, fontSize));
    if (!split) return null;
    const [head, tail] = split;
    lines.push(stripSoftHyphens(head) + (/[-–—]$/.test(head) ? '' : HYPHEN));
    hyphenated = true;
    if (lines.length >= maxLines && tail) return null;
    queue.unshift({ text: tail, space: false });
  }
  if (line) lines.push(line);
  return lines.length <= maxLines ? { lines, hyphenated } : null;
}

function graphemeSplit(word: string, fits: (head: string) => boolean): [string, string] | undefined {
  const gs = graphemes(word);
  for (let i = gs.length - 1; i >= 2; i--) {
    const head = gs.slice(0, i).join('');
    if (fits(head)) return [head, gs.slice(i).join('')];
  }
  return undefined;
}

export function fitText(text: string, measurer: Measurer, options: FitOptions): FittedText {
  const { width, maxLines, minSize, maxSize, step = 2, lang, hyphenate } = options;
  const fits = (s: string, size: number) => measurer.width(s, size) <= width * SLACK;
  const pieces = breakPieces(text);
  const sizes: number[] = [];
  for (let size = maxSize; size > minSize; size -= step) sizes.push(size);
  sizes.push(minSize);

  // Whole words at a size at least this share of the best hyphenated size read better than hyphens.
  const whole = sizes.map((size) => ({ size, result: layout(pieces, size, fits, hyphenate, maxLines, false) })).find((r) => r.result);
  const split = sizes.map((size) => ({ size, result: layout(pieces, size, fits, hyphenate, maxLines, true) })).find((r) => r.result);
  if (whole && (!split || whole.size >= split.size * 0.85)) return { fontSize: whole.size, lines: whole.result!.lines, truncated: false, hyphenated: false };
  if (split) return { fontSize: split.size, lines: split.result!.lines, truncated: false, hyphenated: split.result!.hyphenated };

  // Even the smallest size needs more lines: the longest start of the text that fits, with an ellipsis.
  const attempt = (candidate: string) => layout(breakPieces(candidate), minSize, fits, hyphenate, maxLines, true);
  const cut = truncate(text, { fits: (candidate) => attempt(candidate) !== null, locale: lang, sentenceShare: 1 });
  const result = attempt(cut.text) ?? { lines: [], hyphenated: false };
  return { fontSize: minSize, lines: result.lines, truncated: true, hyphenated: result.hyphenated };
}
