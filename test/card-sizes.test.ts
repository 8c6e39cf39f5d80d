/**
 * Build-time facts known before the outputs that need them are written: a site with one card
 * larger than Bluesky takes and one that fits. Each feed enclosure and each Bluesky thumbnail
 * carries the byte length of the card file the build wrote; the large card gets no thumbnail and
 * the build says which. Judged with rss-parser and the files themselves.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Parser from 'rss-parser';
import sharp from 'sharp';
import { buildFixture } from './support/fixture.ts';

/** A cover of seeded noise: a card drawn over it does not compress below Bluesky's limit, the same on every run. */
async function noiseImage(): Promise<Buffer> {
  const width = 1200;
  const height = 630;
  const pixels = Buffer.alloc(width * height * 3);
  let seed = 20260301;
  for (let i = 0; i < pixels.length; i++) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    pixels[i] = seed >>> 24;
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).png().toBuffer();
}

const article = (title: string, extra: string[] = []) => ['---', `title: ${title}`, 'pubDate: 2026-03-01', 'author: anna', 'tags: [Reichweite]', ...extra, '---', `${title}: ein Absatz, der lang genug für eine Beschreibung ist, damit der Audit zufrieden ist.`, ''].join('\n');

describe('card sizes in the outputs that name the cards', async () => {
  const build = buildFixture('basic', {
    articles: {
      'rauschen.png': await noiseImage(),
      'rauschen.md': article('Rauschen', ['cover: ./rauschen.png', 'coverAlt: Farbiges Rauschen', 'card:', '  template: cover']),
      'ruhig.md': article('Ruhig'),
    },
  });
  const out = (path: string) => join(build.outDir, path);
  const size = (path: string) => statSync(out(path)).size;
  const social = (slug: string) => JSON.parse(readFileSync(out(`social/articles/${slug}.json`), 'utf8'));

  it('builds, with one card over Bluesky’s 1,000,000 bytes and one under', () => {
    expect(build.status, build.output).toBe(0);
    expect(size('og/articles/rauschen.png')).toBeGreaterThan(1_000_000);
    expect(size('og/articles/ruhig.png')).toBeLessThan(1_000_000);
  });

  it('each feed enclosure has the length of the card file the build wrote', async () => {
    const feed = await new Parser().parseString(readFileSync(out('rss.xml'), 'utf8'));
    const enclosures = Object.fromEntries(feed.items.map((i) => [i.link!.split('/').at(-2), i.enclosure]));
    expect(Number(enclosures['rauschen']!.length)).toBe(size('og/articles/rauschen.png'));
    expect(Number(enclosures['ruhig']!.length)).toBe(size('og/articles/ruhig.png'));
    expect(enclosures['ruhig']!.url).toBe('https://fixture.example/og/articles/ruhig.png');
  });

  it('the Bluesky thumbnail has the card’s size; the card too large for Bluesky is left out, and the build says which', () => {
    expect(social('ruhig').posts.bluesky.thumbnail).toEqual({ url: 'https://fixture.example/og/articles/ruhig.png', mimeType: 'image/png', size: size('og/articles/ruhig.png') });
    const large = social('rauschen').posts.bluesky;
    expect(large.record.embed.external.uri).toMatch(/rauschen/);
    expect(large).not.toHaveProperty('thumbnail');
    expect(build.output).toContain(`no thumbnail for: articles/rauschen (${size('og/articles/rauschen.png')} bytes)`);
    expect(build.output).toMatch(/posts: \d+ posts for 2 articles on \d+ platforms, 1 card\(s\) too large for a Bluesky thumbnail/);
  });
});
