/**
 * Card rendering: element tree → SVG (satori) → PNG/JPEG/WebP (sharp). Runs in the worker threads (or in-process
 * when workers are not available). Font buffers and satori's font arrays are loaded once per
 * thread and reused, which is what makes satori fast (a new fonts array costs ~20 ms a card).
 */
import { readFileSync } from 'node:fs';
import satori, { type SatoriOptions } from 'satori';
import sharp from 'sharp';
import type { RenderJob } from '../../core/cards/environment.ts';
import type { FontFace } from '../../core/cards/fonts.ts';
import { emojiImages } from './emoji.ts';
import { dropNoOpImageMasks } from '../../core/cards/svg.ts';

export type { RenderJob } from '../../core/cards/environment.ts';

// When this file changes how the same job turns into bytes, bump RENDER_REVISION in renderer-id.ts.

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
  const svg = await satori(job.tree as never, {
    width: job.width,
    height: job.height,
    fonts: satoriFonts(job.fonts),
    graphemeImages: emojiImages(job.emoji),
    ...(onNodeDetected ? { onNodeDetected } : {}),
  });
  return dropNoOpImageMasks(svg);
}

export async function encode(svg: string, job: Pick<RenderJob, 'format' | 'quality'>): Promise<Uint8Array> {
  const image = sharp(Buffer.from(svg));
  const out =
    job.format === 'jpeg'
      ? image.flatten({ background: '#ffffff' }).jpeg({ quality: job.quality, mozjpeg: true })
      : job.format === 'webp'
        ? image.webp({ quality: job.quality, effort: 4 })
        : // zlib level 4 without adaptive filtering, chosen by measurement (CPU-ms a 1200×630 card
          // over rasterising it; default / cover template): level 6 +2.4 ms for 85 / 136 KB, level 4
          // 91 / 156 KB, level 3 −0.7 ms more but 95 / 183 KB; level 9 + adaptive filtering 4× the
          // time; a palette (libimagequant) 2× the time.
          image.png({ compressionLevel: 4, adaptiveFiltering: false });
  return new Uint8Array(await out.toBuffer());
}

export async function renderCard(job: RenderJob): Promise<Uint8Array> {
  return encode(await renderSvg(job), job);
}
