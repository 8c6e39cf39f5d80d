/**
 * Card rendering: element tree → SVG (satori) → PNG/JPEG/WebP (sharp). Runs in the worker threads (or in-process
 * when workers are not available). Font buffers and satori's font arrays are loaded once per
 * thread and reused, which is what makes satori fast (a new fonts array costs ~20 ms a card).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori, { type SatoriOptions } from 'satori';
import sharp from 'sharp';
import type { RenderJob } from '../../core/cards/environment.ts';
import type { FontFace } from '../../core/cards/fonts.ts';
import { emojiImages } from './emoji.ts';

export type { RenderJob } from '../../core/cards/environment.ts';

/** Bump when this file changes how the same job turns into bytes; it is part of every cache key. */
const RENDER_REVISION = 2;
const require = createRequire(import.meta.url);
const satoriVersion = (JSON.parse(readFileSync(require.resolve('satori/package.json'), 'utf8')) as { version: string }).version;
export const RENDERER_ID = `render@${RENDER_REVISION} satori@${satoriVersion} sharp@${sharp.versions.sharp} vips@${sharp.versions.vips}`;

const fontData = new Map<string, Buffer>();
const fontArrays = new Map<string, SatoriOptions['fonts']>();

function satoriFonts(faces: FontFace[]): SatoriOptions['fonts'] {
  const key = faces.map((f) => `${f.name}|${f.weight}|${f.style}|${f.file}`).join('\n');
  let fonts = fontArrays.get(key);
  if (!fonts) {
    fonts = faces.map((f) => {
      let data = fontData.get(f.file);
      if (!data) fontData.set(f.file, (data = readFileSync(f.file)));
      return { name: f.name, data, weight: f.weight as 400, style: f.style };
    });
    fontArrays.set(key, fonts);
  }
  return fonts;
}

export async function renderSvg(job: RenderJob, onNodeDetected?: SatoriOptions['onNodeDetected']): Promise<string> {
  return satori(job.tree as never, {
    width: job.width,
    height: job.height,
    fonts: satoriFonts(job.fonts),
    graphemeImages: emojiImages(job.emoji),
    ...(onNodeDetected ? { onNodeDetected } : {}),
  });
}

export async function encode(svg: string, job: Pick<RenderJob, 'format' | 'quality'>): Promise<Uint8Array> {
  const image = sharp(Buffer.from(svg));
  const out =
    job.format === 'jpeg'
      ? image.flatten({ background: '#ffffff' }).jpeg({ quality: job.quality, mozjpeg: true })
      : job.format === 'webp'
        ? image.webp({ quality: job.quality, effort: 4 })
        : // zlib level 6 without adaptive filtering: measured here, level 9 + adaptive filtering took
          // 4× the time (94 vs 22 ms a card) for a larger file (75 vs 67 KB) on flat card artwork.
          image.png({ compressionLevel: 6, adaptiveFiltering: false });
  return new Uint8Array(await out.toBuffer());
}

export async function renderCard(job: RenderJob): Promise<Uint8Array> {
  return encode(await renderSvg(job), job);
}
