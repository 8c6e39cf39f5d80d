/**
 * Share cards in real builds: every card of the example site decodes completely at its exact
 * size and is what og:image names; the card fixture builds twice against one cache (nothing
 * re-rendered, bytes identical), then with one title changed (only that article's cards), then
 * with a corrupt cache file (healed).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import sharp from 'sharp';
import { tempDir } from './support/astro.ts';
import { buildSite, fixtureSite } from './support/fixture.ts';
import { htmlPages, listFiles, readPage } from './support/dist.ts';

const SIZES: Record<string, [number, number]> = { '': [1200, 630], '-square': [1080, 1080], '-portrait': [1080, 1350], '-wide': [1200, 675], '-4x3': [1200, 900] };

function expectedSize(file: string): [number, number] {
  const suffix = /(-square|-portrait|-wide|-4x3)\.\w+$/.exec(file)?.[1] ?? '';
  return SIZES[suffix]!;
}

async function decodeFully(path: string) {
  // raw() forces every pixel to be decoded, so a truncated file fails here, not only its header.
  const { info } = await sharp(path, { failOn: 'truncated' }).raw().toBuffer({ resolveWithObject: true });
  return info;
}

function summary(output: string): { rendered: number; fromCache: number } {
  const match = /cards: rendered (\d+), from cache (\d+)/.exec(output);
  if (!match) throw new Error(`no cards summary in the build output:\n${output}`);
  return { rendered: Number(match[1]), fromCache: Number(match[2]) };
}

const cardsOf = (dir: string) => listFiles(join(dir, 'og'), (p) => p.endsWith('.png'));
const bytesOf = (dir: string) => Object.fromEntries(cardsOf(dir).map((f) => [f, readFileSync(join(dir, 'og', f))]));

describe('example site cards', () => {
  const site = inject('exampleSite');

  it('has a card for every og:image, each decoding completely at its exact size', async () => {
    const files = cardsOf(site.outDir);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const info = await decodeFully(join(site.outDir, 'og', file));
      expect([info.width, info.height], file).toEqual(expectedSize(file));
    }
    let pagesWithImage = 0;
    for (const page of htmlPages(site.outDir)) {
      const html = readPage(site.outDir, page);
      const image = /<meta[^>]+property="og:image"[^>]+content="([^"]+)"/.exec(html)?.[1];
      if (!image?.includes('/og/')) continue;
      pagesWithImage++;
      const path = new URL(image).pathname.replace(/^\/og\//, '');
      expect(files, `${page} names ${image}`).toContain(path);
      const width = /<meta[^>]+property="og:image:width"[^>]+content="(\d+)"/.exec(html)?.[1];
      expect(Number(width), `${page}: og:image:width`).toBe(expectedSize(path)[0]);
    }
    expect(pagesWithImage).toBeGreaterThan(0);
  });

  it('keeps the default design small', () => {
    for (const file of cardsOf(site.outDir)) expect(readFileSync(join(site.outDir, 'og', file)).length, file).toBeLessThan(400 * 1024);
  });
});

describe('card cache across builds', () => {
  it('renders nothing the second time, only the edited article after a change, and heals a corrupt entry', async () => {
    // The basic fixture site with the card test articles (long compounds, emoji, Japanese, a cover).
    const site = fixtureSite('basic', { articles: 'cards-articles', options: { cards: { variants: ['link', 'square'] } } });
    const cacheDir = tempDir('cards-cache');
    const build = () => buildSite(site, { cacheDir });
    const first = build();
    expect(first.status, first.output).toBe(0);
    const firstCards = bytesOf(first.outDir);
    // Every built article page has a link and a square card; the site and each tag a link card.
    const articleCards = 2 * htmlPages(join(first.outDir, 'articles')).length;
    expect(articleCards).toBeGreaterThanOrEqual(10);
    const pageCards = Object.keys(firstCards).filter((f) => !f.startsWith('articles/'));
    expect(pageCards).toContain('site.png');
    const n = articleCards + pageCards.length;
    expect(Object.keys(firstCards)).toHaveLength(n);
    expect(summary(first.output)).toEqual({ rendered: n, fromCache: 0 });
    for (const file of Object.keys(firstCards)) await decodeFully(join(first.outDir, 'og', file));

    const second = build();
    expect(second.status, second.output).toBe(0);
    expect(summary(second.output)).toEqual({ rendered: 0, fromCache: n });
    expect(bytesOf(second.outDir)).toEqual(firstCards);

    const file = join(site.root, 'src/content/articles/erster-beitrag.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Ein neuer Titel für den ersten Beitrag'));
    const third = build();
    expect(third.status, third.output).toBe(0);
    expect(summary(third.output)).toEqual({ rendered: 2, fromCache: n - 2 });
    const thirdCards = bytesOf(third.outDir);
    const changed = Object.keys(thirdCards).filter((f) => !thirdCards[f]!.equals(firstCards[f]!));
    expect(changed.sort()).toEqual(['articles/erster-beitrag-square.png', 'articles/erster-beitrag.png']);

    // Cut one cache file in half: the next build must notice, render it again and serve a whole card.
    const cacheFolder = join(cacheDir, 'publicist-cards');
    const entries = readdirSync(cacheFolder).filter((n) => n.endsWith('.png'));
    expect(entries).toHaveLength(n); // stale entries of the old title were pruned
    const victim = join(cacheFolder, entries[0]!);
    const whole = readFileSync(victim);
    writeFileSync(victim, whole.subarray(0, whole.length >> 1));
    const fourth = build();
    expect(fourth.status, fourth.output).toBe(0);
    expect(summary(fourth.output)).toEqual({ rendered: 1, fromCache: n - 1 });
    expect(bytesOf(fourth.outDir)).toEqual(thirdCards);
    for (const f of Object.keys(thirdCards)) await decodeFully(join(fourth.outDir, 'og', f));
  });
});
