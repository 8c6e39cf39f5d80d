/**
 * The card service's byte lengths: what the feed and social routes name before the card files are
 * written must be the size of the file the build then writes, with no card rendered twice.
 */
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeArticle, makeOptions } from './helpers.ts';
import { CardService, cardEnvironment } from '../src/astro/cards/index.ts';

const PUBLIC_DIR = join(import.meta.dirname, '../../../example-site/public');
const env = cardEnvironment(makeOptions({ cards: { variants: ['link'] } }), PUBLIC_DIR);
const articles = ['eins', 'zwei'].map((id) => makeArticle({ id, data: { title: `Titel ${id}`, description: `Worum es in ${id} geht.` } }, env.options));

/** A build as the routes drive it: the feeds ask for lengths first, then the card route plans, then build:done writes. */
async function build(cacheDir: string | undefined) {
  const outDir = mkdtempSync(join(tmpdir(), 'publicist-length-out-'));
  const service = new CardService({ env, cacheDir, concurrency: 1, memoize: true });
  try {
    const lengths = await Promise.all(articles.map((article) => service.cardLength({ article }, 'link')));
    const again = await Promise.all(articles.map((article) => service.cardLength({ article }, 'link')));
    service.planAll(articles.map((article) => ({ article })), []);
    await service.writeAll((path) => join(outDir, path));
    const sizes = articles.map((a) => statSync(join(outDir, `og/articles/${a.id}.png`)).size);
    return { lengths, again, sizes, summary: service.finish(false) };
  } finally {
    await service.close();
  }
}

describe('card lengths', () => {
  it('without a cache: the length is the written file’s size, and each card is rendered once', async () => {
    const { lengths, again, sizes, summary } = await build(undefined);
    expect(lengths.every((n) => n > 1000)).toBe(true);
    expect(lengths).toEqual(sizes);
    expect(again).toEqual(lengths);
    expect(summary).toMatchObject({ rendered: 2, fromCache: 0, total: 2 });
  });

  it('with a cache: a cold build renders each card once, a warm one renders none; a damaged entry is not measured', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'publicist-length-cache-'));
    const cold = await build(cacheDir);
    expect(cold.lengths).toEqual(cold.sizes);
    expect(cold.summary).toMatchObject({ rendered: 2 });
    const warm = await build(cacheDir);
    expect(warm.lengths).toEqual(cold.sizes);
    expect(warm.summary).toMatchObject({ rendered: 0, fromCache: 2 });

    const folder = join(cacheDir, 'publicist-cards');
    const [entry] = readdirSync(folder).filter((n) => n.endsWith('.png'));
    writeFileSync(join(folder, entry!), Buffer.from('truncated'));
    const repaired = await build(cacheDir);
    expect(repaired.lengths).toEqual(cold.sizes);
    expect(repaired.sizes).toEqual(cold.sizes);
    expect(repaired.summary).toMatchObject({ rendered: 1, fromCache: 1 });
  });

  it('in dev (nothing memoized by article): the length is asked by the card’s key, so an edit is measured again', async () => {
    const service = new CardService({ env, concurrency: 1, memoize: false });
    try {
      const [eins] = articles;
      const first = await service.cardLength({ article: eins! }, 'link');
      expect(await service.cardLength({ article: eins! }, 'link')).toBe(first);
      const edited = makeArticle({ id: 'eins', data: { title: 'Ein viel längerer Titel, der die Karte verändert', description: 'Neu.' } }, env.options);
      const second = await service.cardLength({ article: edited }, 'link');
      expect(second).toBe((await service.card({ article: edited }, 'link')).byteLength);
      expect(second).not.toBe(first);
      expect(service.finish(false).rendered).toBe(3);
    } finally {
      await service.close();
    }
  });
});
