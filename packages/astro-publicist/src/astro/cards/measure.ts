/**
 * Text measurement for card layout: widths measured with the same font files satori draws with (fontkit reads TTF, OTF,
 * WOFF and WOFF2), following satori's fallback: each character takes the first face that has it;
 * emoji are square images one font size wide.
 */
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { unpackWoff } from './woff.ts';
import { graphemes } from '../../core/text/graphemes.ts';
import { isEmoji } from '../../core/cards/emoji.ts';
import type { Measurer } from '../../core/cards/environment.ts';
import type { FontFace } from '../../core/cards/fonts.ts';

const loaded = new Map<string, fontkit.Font>();

function loadFont(file: string): fontkit.Font {
  let font = loaded.get(file);
  if (!font) {
    const parsed = fontkit.create(unpackWoff(readFileSync(file)));
    // A collection (.ttc) holds several fonts; satori would read the first.
    font = 'fonts' in parsed ? (parsed.fonts[0] as fontkit.Font) : (parsed as fontkit.Font);
    loaded.set(file, font);
  }
  return font;
}

const measurers = new Map<string, Measurer>();

/** A measurer for one weight: `faces` in satori's fallback order; shared by every card with the same faces. */
export function createMeasurer(faces: readonly FontFace[]): Measurer {
  const key = faces.map((f) => f.file).join('\n');
  let measurer = measurers.get(key);
  if (!measurer) measurers.set(key, (measurer = newMeasurer(faces)));
  return measurer;
}

function newMeasurer(faces: readonly FontFace[]): Measurer {
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
  const wordWidths = new Map<string, number>();
  const emWidth = (text: string) => {
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
    return em;
  };
  const space = emWidth(' ');
  return {
    // Lines are measured word by word (kerning across a space is nil), so each word is shaped once.
    width(text, fontSize) {
      let em = 0;
      const words = text.split(' ');
      for (const word of words) {
        let w = wordWidths.get(word);
        if (w === undefined) wordWidths.set(word, (w = word ? emWidth(word) : 0));
        em += w;
      }
      return (em + space * (words.length - 1)) * fontSize;
    },
  };
}
