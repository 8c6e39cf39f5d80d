/** Image loading for cards: logo, avatars and cover as data URIs (sharp), scaled once to the size they are drawn at. */
import { statSync } from 'node:fs';
import sharp from 'sharp';
import type { ImageBox } from '../../core/cards/environment.ts';

/**
 * The most recent images kept, least recently used dropped first. The logo and the avatars are on
 * every card and stay; a cover is on its article's cards only, which are prepared one after the
 * other, so a site whose every article has its own cover does not keep every cover's data URI
 * (tens to hundreds of KB each, one per card size) to the end of the build.
 */
export const IMAGE_MEMO_SIZE = 64;
const memo = new Map<string, Promise<string>>();

/** The file scaled into `box`: PNG (keeps transparency) or JPEG (photos). */
export function imageDataUri(file: string, box: ImageBox, format: 'png' | 'jpeg' = 'png'): Promise<string> {
  const { mtimeMs, size } = statSync(file);
  const key = JSON.stringify([file, mtimeMs, size, box, format]);
  let uri = memo.get(key);
  if (uri) memo.delete(key);
  else {
    const pipeline = sharp(file, { density: 144 }).rotate().resize({ width: box.width, height: box.height, fit: box.fit, withoutEnlargement: box.fit === 'inside' });
    uri = (format === 'jpeg' ? pipeline.flatten({ background: '#000000' }).jpeg({ quality: 85, mozjpeg: true }) : pipeline.png())
      .toBuffer()
      .then((buffer) => `data:image/${format};base64,${buffer.toString('base64')}`);
  }
  memo.set(key, uri);
  if (memo.size > IMAGE_MEMO_SIZE) memo.delete(memo.keys().next().value!);
  return uri;
}

/** How many images are kept now (for tests). */
export const imageMemoSize = (): number => memo.size;
