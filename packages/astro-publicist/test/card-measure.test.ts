/** Text measuring for card fitting reads WOFF through Node's zlib (astro/cards/woff.ts). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { unpackWoff } from '../src/astro/cards/woff.ts';

const require = createRequire(import.meta.url);
const file = (pkg: string, name: string) => require.resolve(`@fontsource/${pkg}/files/${name}`);

describe('WOFF unpacked with zlib', () => {
  it('gives fontkit the same font: glyph coverage, names and advance widths', () => {
    const samples: [string, string, string][] = [
      ['inter', 'inter-latin-400-normal.woff', 'Reichweite messen: „Übergrößenträger“ – 42 %'],
      ['inter', 'inter-latin-700-normal.woff', 'Krisenkommunikation für kleine Unternehmen'],
      ['noto-sans-arabic', 'noto-sans-arabic-arabic-400-normal.woff', 'مرحبا بالعالم'],
      ['noto-sans-jp', 'noto-sans-jp-0-400-normal.woff', '東京の夏'],
    ];
    for (const [pkg, name, text] of samples) {
      const woff = readFileSync(file(pkg, name));
      const sfnt = unpackWoff(woff);
      expect(sfnt.toString('latin1', 0, 4)).not.toBe('wOFF');
      const original = fontkit.create(woff) as fontkit.Font;
      const unpacked = fontkit.create(sfnt) as fontkit.Font;
      expect(unpacked.postscriptName).toBe(original.postscriptName);
      expect(unpacked.unitsPerEm).toBe(original.unitsPerEm);
      expect(unpacked.numGlyphs).toBe(original.numGlyphs);
      for (const c of text) expect(unpacked.hasGlyphForCodePoint(c.codePointAt(0)!), `${name} ${c}`).toBe(original.hasGlyphForCodePoint(c.codePointAt(0)!));
      expect(unpacked.layout(text).advanceWidth, name).toBe(original.layout(text).advanceWidth);
    }
  });
});
