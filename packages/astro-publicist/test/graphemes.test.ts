/** The grapheme counts that fit posts and excerpts: the one-unit fast path agrees with Intl.Segmenter on any text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemeCount, graphemeHead, graphemes } from '../src/core/text/graphemes.ts';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const reference = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);

// Fast-path text and its neighbours: CR LF, combining marks, ZWJ emoji, flags, Hangul jamo, Devanagari.
const pieces = ['a', 'Ä', 'ß', 'ł', 'ʼ', ' ', '\t', '\n', '\r', '\r\n', '–', '„', '…', '€', '\u0301', '\u200d', '\u00ad', '👩‍💻', '🇩🇪', '\u1100\u1161', 'क्षि', 'é', 'x\u0308'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

describe('graphemes', () => {
  it('counts, lists and cuts as Intl.Segmenter does', () => {
    fc.assert(
      fc.property(text, fc.nat(45), (t, n) => {
        const all = reference(t);
        expect(graphemeCount(t)).toBe(all.length);
        expect(graphemes(t)).toEqual(all);
        expect(graphemeHead(t, n)).toBe(all.slice(0, n).join(''));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts German prose, a combining accent and CR LF as the segmenter does', () => {
    const prose = 'Größere Reichweite – „ehrlich“ gemessen… für 5 € im Monat.\nNext line\twith a tab.';
    expect(graphemeCount(prose)).toBe(reference(prose).length);
    expect(graphemeCount('e\u0301')).toBe(1);
    expect(graphemeCount('a\r\nb')).toBe(3);
  });
});
