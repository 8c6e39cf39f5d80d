/** The pass over satori's SVG that drops image masks which change no pixel (core/cards/svg.ts). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { dropNoOpImageMasks } from '../src/core/cards/svg.ts';

const require = createRequire(import.meta.url);
const fonts = [{ name: 'Inter', data: readFileSync(require.resolve('@fontsource/inter/files/inter-latin-400-normal.woff')), weight: 400 as const, style: 'normal' as const }];
const logo = `data:image/png;base64,${(await sharp(join(import.meta.dirname, '../../../example-site/public/logo.png')).resize(96, 96).png().toBuffer()).toString('base64')}`;

const card = (image: Record<string, unknown>) =>
  satori(
    {
      type: 'div',
      props: {
        style: { display: 'flex', width: 400, height: 200, padding: 20, gap: 16, alignItems: 'center', background: '#fbfaf7', fontFamily: 'Inter' },
        children: [{ type: 'img', props: { src: logo, width: 96, height: 96, ...image } }, { type: 'div', props: { style: { display: 'flex', fontSize: 32 }, children: 'Social Kompass' } }],
      },
    } as never,
    { width: 400, height: 200, fonts },
  );

const raster = (svg: string) => sharp(Buffer.from(svg)).raw().toBuffer();
/** Pixels (RGBA) whose channels differ by more than one step. */
const differingPixels = (a: Buffer, b: Buffer) => {
  let n = 0;
  for (let i = 0; i < a.length; i += 4) if ([0, 1, 2, 3].some((c) => Math.abs(a[i + c]! - b[i + c]!) > 1)) n++;
  return n;
};
const masksOnImages = (svg: string) => [...svg.matchAll(/<image [^>]*>/g)].filter(([tag]) => tag.includes(' mask=')).length;

describe('image masks in the card SVG', () => {
  it('drops the mask satori puts on a plain or round image, and the card looks the same', async () => {
    for (const style of [{}, { borderRadius: 48 }, { objectFit: 'cover', width: 160 }]) {
      const svg = await card({ style });
      expect(masksOnImages(svg)).toBe(1);
      const lean = dropNoOpImageMasks(svg);
      expect(masksOnImages(lean)).toBe(0);
      // Inside the image and around it every pixel stays; only the anti-aliasing of a round clip
      // edge may shade differently (the masked layer blends it once more). The 96 px image's outline
      // is ~300 pixels; a mask that did hide something would change thousands.
      expect(differingPixels(await raster(lean), await raster(svg)), JSON.stringify(style)).toBeLessThanOrEqual(400);
    }
  });

  it('keeps a mask that cuts the image (a border drawn over it)', async () => {
    const svg = await card({ style: { border: '6px solid #e4007c', borderRadius: 54 } });
    expect(dropNoOpImageMasks(svg)).toBe(svg);
  });

  it('keeps a white mask smaller than what the image paints', () => {
    const svg =
      '<svg width="100" height="100" xmlns="http://www.w3.org/2000/svg"><mask id="m"><rect x="10" y="10" width="40" height="40" fill="#fff"/></mask>' +
      '<image x="0" y="0" width="100" height="100" href="data:image/png;base64,AA==" mask="url(#m)"/></svg>';
    expect(dropNoOpImageMasks(svg)).toBe(svg);
  });
});
