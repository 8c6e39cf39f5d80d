/**
 * The user's own font files: parsed in full once when the options load (by fontkit, which measures,
 * and by satori, which draws), and refused with a message naming the `cards.fonts[i]` entry and its
 * path, so a broken file is never blamed on an article or met halfway through the build.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import * as fontkit from 'fontkit';
import satori from 'satori';
import { PublicistError } from '../../core/errors.ts';
import type { UserFont } from '../../core/options.ts';
import type { FontFace } from '../../core/cards/fonts.ts';

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

/**
 * A WOFF 1.0 file unpacked to the TTF/OTF it wraps (each table inflated once), so reading every
 * glyph does not inflate the glyph table again for each one; other formats are returned as they are.
 */
function unpackWoff(data: Buffer): Buffer {
  if (data.toString('latin1', 0, 4) !== 'wOFF') return data;
  const count = data.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const [offset, compressed, length] = [data.readUInt32BE(at + 4), data.readUInt32BE(at + 8), data.readUInt32BE(at + 12)];
    const stored = data.subarray(offset, offset + compressed);
    if (stored.length !== compressed) throw new RangeError(`table ${data.toString('latin1', at, at + 4)} ends past the end of the file`);
    return { tag: data.subarray(at, at + 4), checksum: data.readUInt32BE(at + 16), bytes: compressed < length ? inflateSync(stored) : stored };
  });
  const header = Buffer.alloc(12 + 16 * count);
  data.copy(header, 0, 4, 8);
  header.writeUInt16BE(count, 4);
  const chunks: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((table, i) => {
    table.tag.copy(header, 12 + i * 16);
    header.writeUInt32BE(table.checksum, 16 + i * 16);
    header.writeUInt32BE(offset, 20 + i * 16);
    header.writeUInt32BE(table.bytes.length, 24 + i * 16);
    const padded = Buffer.alloc((table.bytes.length + 3) & ~3);
    table.bytes.copy(padded);
    chunks.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(chunks);
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
