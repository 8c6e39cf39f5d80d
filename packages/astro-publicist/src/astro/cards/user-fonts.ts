/**
 * The user's own font files: parsed in full once when the options load (by fontkit, which measures,
 * and by satori, which draws), and refused with a message naming the `cards.fonts[i]` entry and its
 * path, so a broken file is never blamed on an article or met halfway through the build.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import * as fontkit from 'fontkit';
import { PublicistError } from '../../core/errors.ts';
import { unpackWoff } from './woff.ts';
import type { UserFont } from '../../core/options.ts';
import type { FontFace } from '../../core/cards/fonts.ts';

/** The formats satori 0.63 reads (it decodes WOFF2 itself) and fontkit measures. */
const FONT_FORMATS = 'TTF, OTF, WOFF or WOFF2';

/** First four bytes of each accepted format. */
const SIGNATURES: Record<string, string> = { '00010000': 'TTF', '74727565': 'TTF', '4f54544f': 'OTF', '774f4646': 'WOFF', '774f4632': 'WOFF2' };

function fontFormat(file: string): string | undefined {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(4);
    readSync(fd, head, 0, 4, 0);
    return SIGNATURES[head.toString('hex')];
  } finally {
    closeSync(fd);
  }
}

/** Read every glyph's outline and the metrics fontkit measures with: a truncated or damaged file fails here. */
function parseWithFontkit(data: Buffer): string {
  const parsed = fontkit.create(unpackWoff(data));
  const font = ('fonts' in parsed ? parsed.fonts[0] : parsed) as fontkit.Font;
  const characters = font.characterSet;
  for (let id = 0; id < font.numGlyphs; id++) void font.getGlyph(id).path.commands.length;
  void font.getGlyph(font.numGlyphs - 1).advanceWidth;
  const sample = String.fromCodePoint(...characters.filter((cp) => cp > 32 && cp < 0xd800).slice(0, 40));
  font.layout(sample || 'a');
  return sample || 'a';
}

/** Draw a line in the font, as a card would: satori parses the file with its own reader. */
async function parseWithSatori(font: UserFont, data: Buffer, sample: string): Promise<void> {
  // Loaded here, for sites with fonts of their own: the main thread does not need satori otherwise.
  const { default: satori } = await import('satori');
  await satori({ type: 'div', props: { style: { display: 'flex', fontFamily: font.name }, children: sample } } as never, {
    width: 400,
    height: 100,
    fonts: [{ name: font.name, data, weight: font.weight, style: font.style }],
  });
}

export async function loadUserFonts(fonts: readonly UserFont[], root: string): Promise<FontFace[]> {
  const faces: FontFace[] = [];
  for (const [i, font] of fonts.entries()) {
    const field = `cards.fonts[${i}].file`;
    const file = isAbsolute(font.file) ? font.file : join(root, font.file);
    const refuse = (expected: string, found: string) =>
      new PublicistError(`publicist: ${field} must be ${expected}, got "${font.file}" (${file}), ${found}`, { field, file });
    let stat;
    try {
      stat = statSync(file);
    } catch {
      throw refuse('a path to a font file relative to the project root', 'which does not exist');
    }
    if (!stat.isFile()) throw refuse(`a ${FONT_FORMATS} font file`, 'which is a directory');
    let data: Buffer;
    try {
      data = readFileSync(file);
    } catch (error) {
      throw refuse('a readable font file', `which cannot be read: ${(error as Error).message}`);
    }
    if (!fontFormat(file)) throw refuse(`a ${FONT_FORMATS} font file`, 'which is none of these (convert it to TTF or WOFF)');
    try {
      await parseWithSatori(font, data, parseWithFontkit(data));
    } catch (error) {
      throw refuse(`a complete ${FONT_FORMATS} font file`, `which fails to parse (truncated or damaged?): ${(error as Error).message}`);
    }
    faces.push({ name: font.name, family: font.name, file, weight: font.weight, style: font.style });
  }
  return faces;
}
