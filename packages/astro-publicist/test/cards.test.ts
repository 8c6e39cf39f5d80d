/** Share cards, unit level: text fitting judged on satori's own layout boxes and on pixels; font files. */
import { mkdtempSync, writeFileSync, copyFileSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { makeArticle, makeOptions } from './helpers.ts';
import { prepareCard, type CardEnvironment } from '../src/core/cards/prepare.ts';
import { encode, renderCard, renderSvg, type RenderJob } from '../src/astro/cards/render.ts';
import { RenderPool } from '../src/astro/cards/pool.ts';
import { loadUserFonts } from '../src/astro/cards/user-fonts.ts';
import { PublicistError } from '../src/core/errors.ts';
import { CardService, cardEnvironment } from '../src/astro/cards/index.ts';

describe('card threads in dev', () => {
  it('start on warmUp, before any card is asked for, and the first card renders on them', async () => {
    const e = env();
    const service = new CardService({ env: e, concurrency: 1, memoize: false });
    try {
      expect(service.renderMode).toBeUndefined();
      service.warmUp();
      expect(service.renderMode).toBe('threads');
      const article = makeArticle({ data: { title: 'Vorgewärmt' } }, e.options);
      const bytes = await service.card({ article }, 'link');
      expect((await sharp(Buffer.from(bytes)).metadata()).width).toBe(1200);
      expect(service.renderMode).toBe('threads');
    } finally {
      await service.close();
    }
  });
});

const PUBLIC_DIR = join(import.meta.dirname, '../../../example-site/public');
const COMPOUND = 'Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz'; // 63 letters

function env(overrides = {}): CardEnvironment {
  return cardEnvironment(makeOptions({ cards: { variants: ['link', 'square', 'portrait'] }, ...overrides }), PUBLIC_DIR);
}

async function pixels(job: RenderJob) {
  return sharp(Buffer.from(await encode(await renderSvg(job), { format: 'png', quality: 80 }))).raw().toBuffer();
}

const differingPixels = (a: Buffer, b: Buffer) => {
  let n = 0;
  for (let i = 0; i < a.length; i += 4) if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2]) n++;
  return n;
};

describe('text fitting', () => {
  for (const template of ['default', 'cover', 'bold']) {
    for (const variant of ['link', 'square', 'portrait'] as const) {
      it(`keeps a ${COMPOUND.length}-letter compound inside the padding (${template}, ${variant})`, async () => {
        const e = env();
        const article = makeArticle({ data: { title: COMPOUND, card: { template } } }, e.options);
        const { job } = await prepareCard(article, variant, e);
        const boxes: { left: number; top: number; width: number; height: number; textContent?: string }[] = [];
        await renderSvg(job, (node) => boxes.push(node as never));
        const root = boxes[0]!;
        const padding = Number.parseInt(String((job.tree.props.style!.padding as string | number).toString().split(' ').at(-1)), 10);
        const lines = boxes.filter((b) => b.textContent && COMPOUND.startsWith(b.textContent.replace(/-$/, '').slice(0, 3)) || (b.textContent && /^[a-zäöü]/.test(b.textContent) && COMPOUND.includes(b.textContent.replace(/-$/, ''))));
        expect(lines.length).toBeGreaterThan(1);
        // The lines, hyphens removed, spell the word: nothing cut, nothing lost.
        expect(lines.map((l) => l.textContent!.replace(/-$/, '')).join('')).toBe(COMPOUND);
        for (const line of lines.slice(0, -1)) expect(line.textContent).toMatch(/\p{L}-$/u);
        for (const line of lines) {
          expect(line.left).toBeGreaterThanOrEqual(padding);
          expect(line.left + line.width).toBeLessThanOrEqual(root.width - padding);
          expect(line.top + line.height).toBeLessThanOrEqual(root.height - padding);
        }
      });
    }
  }

  it('breaks at spaces before hyphenating', async () => {
    const e = env();
    const article = makeArticle({ data: { title: 'Wie kleine Teams mit wenig Budget eine treue Community aufbauen und halten' } }, e.options);
    const { job } = await prepareCard(article, 'link', e);
    const texts: string[] = [];
    await renderSvg(job, (node) => node.textContent && texts.push(node.textContent));
    const titleLines = texts.filter((t) => 'Wie kleine Teams mit wenig Budget eine treue Community aufbauen und halten'.includes(t.trim()) && t.length > 12);
    expect(titleLines.join(' ')).toBe('Wie kleine Teams mit wenig Budget eine treue Community aufbauen und halten');
  });
});

describe('glyphs from every script', () => {
  it.each([
    ['emoji', 'Launch-Party 🚀🎉 mit Konfetti', 'Launch-Party  mit Konfetti'],
    ['Japanese', 'Vertrauen 信頼を築く方法', 'Vertrauen '],
    ['Arabic', 'Marketing مرحبا بالعالم', 'Marketing '],
  ])('draws the %s characters (differs from the card without them and from Inter alone)', async (_, title, without) => {
    const e = env();
    const card = async (t: string) => (await prepareCard(makeArticle({ data: { title: t, card: { template: 'bold' } } }, e.options), 'link', e)).job;
    const withJob = await card(title);
    const withoutJob = await card(without);
    // Same layout, but only the Latin font: missing glyphs would look like this.
    const interOnly: RenderJob = { ...withJob, fonts: withJob.fonts.filter((f) => f.family === 'Inter'), emoji: [] };
    const [a, b, c] = await Promise.all([pixels(withJob), pixels(withoutJob), pixels(interOnly)]);
    expect(differingPixels(a, b)).toBeGreaterThan(500);
    expect(differingPixels(a, c)).toBeGreaterThan(500);
  });
});

describe('font files', () => {
  const require = createRequire(import.meta.url);
  const interDir = join(dirname(require.resolve('@fontsource/inter/package.json')), 'files');

  it('accepts WOFF2 (satori 0.63 decodes it) and WOFF', async () => {
    const faces = await loadUserFonts(
      [
        { name: 'Brand', file: join(interDir, 'inter-latin-700-normal.woff2'), weight: 700, style: 'normal' },
        { name: 'Brand', file: join(interDir, 'inter-latin-400-normal.woff'), weight: 400, style: 'normal' },
      ],
      '/',
    );
    expect(faces.map((f) => f.weight)).toEqual([700, 400]);
  });

  it('refuses other files naming the file and the formats that work', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'publicist-font-'));
    writeFileSync(join(dir, 'brand.eot'), Buffer.from('not a font at all'));
    await expect(loadUserFonts([{ name: 'Brand', file: 'brand.eot', weight: 400, style: 'normal' }], dir)).rejects.toThrow(PublicistError);
    await expect(loadUserFonts([{ name: 'Brand', file: 'brand.eot', weight: 400, style: 'normal' }], dir)).rejects.toThrow(/cards\.fonts\[0\]\.file must be a TTF, OTF, WOFF or WOFF2 font file, got "brand\.eot"/);
  });

  it('renders a card in a user font', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'publicist-font-'));
    copyFileSync(join(interDir, 'inter-latin-700-normal.woff2'), join(dir, 'brand.woff2'));
    const e = env({ cards: { theme: { fontFamily: 'Brand' } } });
    e.userFaces = await loadUserFonts([{ name: 'Brand', file: 'brand.woff2', weight: 700, style: 'normal' }], dir);
    const { job } = await prepareCard(makeArticle({}, e.options), 'link', e);
    expect(job.fonts[0]!.name).toBe('Brand');
    const meta = await sharp(Buffer.from(await encode(await renderSvg(job), job))).metadata();
    expect([meta.width, meta.height]).toEqual([1200, 630]);
  });
});

describe('cache keys', () => {
  it('depend on the card inputs only', async () => {
    const e = env();
    const key = async (data: Record<string, unknown>, body?: string) => (await prepareCard(makeArticle({ data, ...(body ? { body } : {}) }, e.options), 'link', e)).key;
    const base = await key({ description: 'Kurz.' });
    expect(await key({ description: 'Kurz.' })).toBe(base);
    expect(await key({ description: 'Kurz.' }, 'Ein anderer Absatz, der nicht auf der Karte steht, aber gleich lang ist.')).toBe(base);
    expect(await key({ description: 'Kurz!' })).not.toBe(base);
    expect(await key({ description: 'Kurz.', card: { accent: '#00ff00' } })).not.toBe(base);
  });
});

describe('card cache hits', () => {
  it('serve a cached card without running its template, and render again only what changed', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'publicist-hits-'));
    let calls = 0;
    const counting = (article: { title: string }, size: { width: number; height: number }, helpers: { h: typeof import('../src/core/cards/tree.ts').h }) => {
      calls++;
      return helpers.h('div', { style: { display: 'flex', width: size.width, height: size.height, background: '#ffffff', fontSize: 40 } }, article.title);
    };
    const e = env({ cards: { template: 'counting', templates: { counting: counting as never } } });
    const articles = ['eins', 'zwei', 'drei'].map((id) => makeArticle({ id, data: { title: `Titel ${id}` } }, e.options));
    const build = async (list = articles) => {
      const service = new CardService({ env: e, cacheDir, concurrency: 1, memoize: true });
      try {
        service.planAll(list.map((article) => ({ article })), []);
        const bytes = await Promise.all(list.map((article) => service.card({ article }, 'link')));
        return { bytes, summary: service.finish(true) };
      } finally {
        await service.close();
      }
    };
    const first = await build();
    expect(calls).toBe(3);
    expect(first.summary).toMatchObject({ rendered: 3, fromCache: 0 });

    calls = 0;
    const second = await build();
    expect(calls).toBe(0);
    expect(second.summary).toMatchObject({ rendered: 0, fromCache: 3 });
    expect(second.bytes.map((b) => Buffer.from(b).equals(Buffer.from(first.bytes[second.bytes.indexOf(b)]!)))).toEqual([true, true, true]);

    calls = 0;
    const edited = [articles[0]!, makeArticle({ id: 'zwei', data: { title: 'Ein neuer Titel' } }, e.options), articles[2]!];
    const third = await build(edited);
    expect(calls).toBe(1);
    expect(third.summary).toMatchObject({ rendered: 1, fromCache: 2 });
    const meta = await sharp(Buffer.from(third.bytes[1]!)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });
});

describe('card files of a build', () => {
  it('writes every planned card into the output, links hits from the cache and renders a damaged entry again', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'publicist-plan-'));
    const e = env({ cards: { variants: ['link', 'square'] } });
    const articles = ['eins', 'zwei'].map((id) => makeArticle({ id, data: { title: `Titel ${id}` } }, e.options));
    const site = { page: { kind: 'site' as const }, title: 'Social Kompass', description: 'Praxiswissen.', eyebrow: 'social-kompass.example', lang: 'de' };
    const build = async () => {
      const outDir = mkdtempSync(join(tmpdir(), 'publicist-out-'));
      const service = new CardService({ env: e, cacheDir, concurrency: 1, memoize: true });
      try {
        service.planAll(articles.map((article) => ({ article })), [site]);
        await service.writeAll((path) => join(outDir, path));
        return { outDir, summary: service.finish(true) };
      } finally {
        await service.close();
      }
    };
    const files = ['og/articles/eins.png', 'og/articles/eins-square.png', 'og/articles/zwei.png', 'og/articles/zwei-square.png', 'og/site.png'];
    const first = await build();
    expect(first.summary).toMatchObject({ rendered: 5, fromCache: 0 });
    for (const file of files) expect((await sharp(join(first.outDir, file)).metadata()).format, file).toBe('png');
    const firstBytes = Object.fromEntries(files.map((file) => [file, readFileSync(join(first.outDir, file))]));

    const second = await build();
    expect(second.summary).toMatchObject({ rendered: 0, fromCache: 5 });
    for (const file of files) expect(readFileSync(join(second.outDir, file)).equals(firstBytes[file]!), file).toBe(true);
    // A hit is a hard link to the cache file: no card was read or copied.
    const cacheFolder = join(cacheDir, 'publicist-cards');
    const cached = readdirSync(cacheFolder).filter((n) => n.endsWith('.png'));
    const cacheInodes = new Set(cached.map((name) => statSync(join(cacheFolder, name)).ino));
    for (const file of files) expect(cacheInodes.has(statSync(join(second.outDir, file)).ino), file).toBe(true);

    // A damaged cache file (not the length it was written with) is rendered again, never placed.
    writeFileSync(join(cacheFolder, `${cached[0]!}.damaged`), Buffer.from('not a png'));
    renameSync(join(cacheFolder, `${cached[0]!}.damaged`), join(cacheFolder, cached[0]!));
    const third = await build();
    expect(third.summary).toMatchObject({ rendered: 1, fromCache: 4 });
    for (const file of files) expect(readFileSync(join(third.outDir, file)).equals(firstBytes[file]!), file).toBe(true);
  });
});

describe('card size limit', () => {
  it('fails naming the article, the card and both sizes when a card is too large', async () => {
    const e = env();
    const article = makeArticle({ filePath: 'src/content/articles/gross.mdx', data: { title: 'Eine Karte, die zu groß ist' } }, e.options);
    // The real limit is 5 MB; a small one lets an ordinary card cross it.
    const service = new CardService({ env: e, concurrency: 1, memoize: false, maxBytes: 10_000 });
    try {
      await expect(service.card({ article }, 'link')).rejects.toThrow(
        /^publicist: src\/content\/articles\/gross\.mdx: the link card must be at most 0\.01 MB \(what X and LinkedIn accept\), got 0\.\d+ MB/,
      );
    } finally {
      await service.close();
    }
  });
});

describe('render threads in a build', () => {
  const plan = (service: CardService, e: CardEnvironment, count: number) =>
    service.planAll(Array.from({ length: count }, (_, i) => ({ article: makeArticle({ id: `a${i}`, data: { title: `Karte ${i}` } }, e.options) })), []);

  it('a few cards to render (a rebuild after an edit) start one thread; many start them all', async () => {
    const e = env();
    // Three variants per article: 5 articles are 15 cards, 6 are 18.
    const few = new CardService({ env: e, concurrency: 2, memoize: true });
    const many = new CardService({ env: e, concurrency: 2, memoize: true });
    try {
      plan(few, e, 5);
      plan(many, e, 6);
      expect(few.renderThreads).toBe(1);
      expect(many.renderThreads).toBe(2);
    } finally {
      await Promise.all([few.close(), many.close()]);
    }
  });
});

describe('render pool', () => {
  it('renders on worker threads started from the worker module next to the pool, byte for byte as in-process', async () => {
    const e = env();
    const { job } = await prepareCard(makeArticle({ data: { title: 'Karten aus dem Thread 🧵' } }, e.options), 'link', e);
    const pool = new RenderPool(2);
    try {
      const [a, b] = await Promise.all([pool.render(job), pool.render(job)]);
      expect(pool.mode).toBe('threads');
      const inProcess = await renderCard(job);
      expect(Buffer.from(a).equals(Buffer.from(inProcess))).toBe(true);
      expect(Buffer.from(b).equals(Buffer.from(inProcess))).toBe(true);
    } finally {
      await pool.close();
    }
  });
});
