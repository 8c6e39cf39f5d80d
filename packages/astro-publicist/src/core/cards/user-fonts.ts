/** The user's own font files: checked once when the build starts, refused with a clear message. */
import { openSync, readSync, closeSync, existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { PublicistError } from '../errors.ts';
import type { UserFont } from '../../options/cards.ts';
import type { FontFace } from './fonts.ts';
import { loadFont } from './measure.ts';

/** The formats satori 0.63 reads (it decodes WOFF2 itself) and fontkit measures. */
export const FONT_FORMATS = 'TTF, OTF, WOFF or WOFF2';

/** First four bytes of each accepted format. */
const SIGNATURES: Record<string, string> = { '00010000': 'TTF', '74727565': 'TTF', '4f54544f': 'OTF', '774f4646': 'WOFF', '774f4632': 'WOFF2' };

export function fontFormat(file: string): string | undefined {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(4);
    readSync(fd, head, 0, 4, 0);
    return SIGNATURES[head.toString('hex')];
  } finally {
    closeSync(fd);
  }
}

export function loadUserFonts(fonts: readonly UserFont[], root: string): FontFace[] {
  return fonts.map((font, i) => {
    const field = `cards.fonts[${i}].file`;
    const file = isAbsolute(font.file) ? font.file : join(root, font.file);
    if (!existsSync(file)) throw new PublicistError(`publicist: ${field} must be a path to a font file relative to the project root, got "${font.file}" (no such file: ${file})`, { field, file });
    if (!fontFormat(file)) {
      throw new PublicistError(`publicist: ${field} must be a ${FONT_FORMATS} font file, got "${font.file}", which is none of these (convert it to TTF or WOFF)`, { field, file });
    }
    try {
      loadFont(file);
    } catch (error) {
      throw new PublicistError(`publicist: ${field} must be a readable ${FONT_FORMATS} font file, got "${font.file}", which fails to parse: ${(error as Error).message}`, { field, file });
    }
    return { name: font.name, family: font.name, file, weight: font.weight, style: font.style };
  });
}
