import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { IMAGE_MEMO_SIZE, imageDataUri, imageMemoSize } from '../src/astro/cards/image-data.ts';

const dir = mkdtempSync(join(tmpdir(), 'publicist-image-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function png(name: string, color: string): Promise<string> {
  const file = join(dir, name);
  await sharp({ create: { width: 40, height: 30, channels: 4, background: color } }).png().toFile(file);
  return file;
}

describe('card image data URIs', () => {
  it('keeps the images in use and forgets the oldest beyond its bound', async () => {
    const logo = await png('logo.png', '#ff0000');
    const first = imageDataUri(logo, { width: 20, height: 20, fit: 'inside' });
    expect(await first).toMatch(/^data:image\/png;base64,/);
    // One cover per article, the logo on every card.
    const covers: string[] = [];
    for (let i = 0; i < IMAGE_MEMO_SIZE + 10; i++) covers.push(await png(`cover-${i}.png`, `#00${(i % 256).toString(16).padStart(2, '0')}00`));
    const box = { width: 30, height: 20, fit: 'cover' as const };
    const oldest = imageDataUri(covers[0]!, box);
    await oldest;
    for (const cover of covers.slice(1)) {
      await imageDataUri(cover, box);
      expect(imageDataUri(logo, { width: 20, height: 20, fit: 'inside' })).toBe(first);
    }
    expect(imageMemoSize()).toBe(IMAGE_MEMO_SIZE);
    // The oldest cover was dropped: asked again, it is read again, to the same bytes.
    const again = imageDataUri(covers[0]!, box);
    expect(again).not.toBe(oldest);
    expect(await again).toBe(await oldest);
  });
});
