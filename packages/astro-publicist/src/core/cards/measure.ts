/**
 * Text widths measured with the same font files satori draws with (fontkit reads TTF, OTF,
 * WOFF and WOFF2), following satori's fallback: each character takes the first face that has it;
 * emoji are square images one font size wide.
 */
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { graphemes } from '../text/graphemes.ts';
import { isEmoji } from './emoji.ts';
import type { FontFace } from './fonts.ts';

const loaded = new Map<string, fontkit.Font>();

export function loadFont(file: string): fontkit.Font {
  let font = loaded.get(file);
  if (!font) {
    const parsed = fontkit.create(readFileSync(file));
    // A collection (.ttc) holds several fonts; satori would read the first.
    font = 'fonts' in parsed ? (parsed.fonts[0] as fontkit.Font) : (parsed as fontkit.Font);
    loaded.set(file, font);
  }
  return font;
}

export interface Measurer {
  /** Advance width in px of `text` at `fontSize`. */
  width(text: string, fontSize: number): number;
}

/** A measurer for one weight: `faces` in satori's fallback order. */
export function createMeasurer(faces: readonly FontFace[]): Measurer {
  const fonts = faces.map((f) => loadFont(f.file));
  const faceFor = new Map<number, fontkit.Font>();
  const pick = (cp: number) => {
    let font = faceFor.get(cp);
    if (!font) {
      font = fonts.find((f) => f.hasGlyphForCodePoint(cp)) ?? fonts[0]!;
      faceFor.set(cp, font);
    }
    return font;
  };
  const runWidths = new Map<string, number>();
  const runWidth = (font: fontkit.Font, run: string) => {
    const key = `${fonts.indexOf(font)}:${run}`;
    let w = runWidths.get(key);
    if (w === undefined) {
      w = font.layout(run).advanceWidth / font.unitsPerEm;
      runWidths.set(key, w);
    }
    return w;
  };
  return {
    width(text, fontSize) {
      let em = 0;
      let run = '';
      let runFont: fontkit.Font | undefined;
      for (const g of graphemes(text)) {
        if (isEmoji(g)) {
          if (run) em += runWidth(runFont!, run);
          run = '';
          runFont = undefined;
          em += 1;
          continue;
        }
        const font = pick(g.codePointAt(0)!);
        if (font !== runFont && run) {
          em += runWidth(runFont!, run);
          run = '';
        }
        runFont = font;
        run += g;
      }
      if (run) em += runWidth(runFont!, run);
      return em * fontSize;
    },
  };
}
