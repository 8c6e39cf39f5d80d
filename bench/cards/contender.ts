/**
 * One contender of `npm run bench:cards`, run in a process of its own so each starts cold:
 * `node bench/cards/contender.ts <name> <from> <to> [threads] [cacheDir]` renders the cards of
 * titles [from, to) and prints one JSON line: cards, wall and CPU milliseconds (all threads of
 * the process), and the time to the first card (start-up included); for ours also when its
 * inputs (options, normalized articles, which a site makes with or without cards) were ready.
 *
 * Every contender draws the same card: 1200×630, a light background with an accent bar on the
 * left, the logo, the title in Inter Bold and the description in Inter Regular, PNG.
 *  - `ours`: astro-publicist's card service, built (dist/), worker pool, fitted text, with a template of exactly
 *    those elements; `ours-default`: the same service with the default template (date, authors,
 *    reading time and tags besides); `ours-warm`: `ours` against a filled cache.
 *  - `floor`: a bare satori + sharp loop over a fixed layout (no fitting), on as many worker
 *    threads as `ours` has, in parallel, so both use the same cores.
 *  - `peer`: astro-og-canvas (CanvasKit), which runs on one thread.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const REPO = join(import.meta.dirname, '../..');
export const FONTS = {
  regular: join(REPO, 'node_modules/@fontsource/inter/files/inter-latin-400-normal.woff'),
  bold: join(REPO, 'node_modules/@fontsource/inter/files/inter-latin-700-normal.woff'),
};
export const LOGO = join(REPO, 'example-site/public/logo.png');
const ACCENT = '#e4007c';
const BACKGROUND = '#fbfaf7';

const WORDS = {
  de: ['Reichweite', 'Community', 'Strategie', 'Markenbekanntheit', 'Redaktionsplan', 'Krisenkommunikation', 'für', 'kleine', 'Unternehmen', 'wirklich', 'messen', 'Zielgruppenanalyse'],
  en: ['reach', 'community', 'strategy', 'brand', 'awareness', 'editorial', 'calendar', 'for', 'small', 'teams', 'that', 'works'],
};

/** The i-th card's title and description (German and English, like the bench site). */
export function cardText(i: number): { title: string; description: string; lang: 'de' | 'en' } {
  const lang = i % 3 === 2 ? 'en' : 'de';
  const words = WORDS[lang];
  const pick = (k: number) => Array.from({ length: k }, (_, j) => words[(i * 7 + j * 5) % words.length]).join(' ');
  return { title: `${pick(4 + (i % 6))} ${i}`, description: `${pick(10 + (i % 8))}.`, lang };
}

/** Milliseconds and CPU milliseconds since the process started: start-up counts for every contender alike. */
const now = () => performance.now();
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function ours(from: number, to: number, threads: number, template: 'bench' | 'default', cacheDir?: string) {
  // The built package (`npm run bench:cards` builds it first), as a site runs it: compiled
  // JavaScript, and workers loading dist/astro/cards/worker.js.
  const { normalizeArticle } = await import('../../packages/astro-publicist/dist/core/article/index.js');
  const { resolveOptions } = await import('../../packages/astro-publicist/dist/options/resolve.js');
  const { parseOptions } = await import('../../packages/astro-publicist/dist/options/validate.js');
  const { h } = await import('../../packages/astro-publicist/dist/core/cards/tree.js');
  const benchTemplate = (article: { description: string }, size: { width: number; height: number }, helpers: any) =>
    h(
      'div',
      { style: { display: 'flex', width: size.width, height: size.height, background: BACKGROUND, borderLeft: `16px solid ${ACCENT}`, padding: '56px 72px', flexDirection: 'column', fontFamily: 'Inter', color: '#16161d' } },
      helpers.images.logo ? h('img', { src: helpers.images.logo, height: 48, style: { height: 48, objectFit: 'contain', alignSelf: 'flex-start' } }) : null,
      h(
        'div',
        { style: { display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1 } },
        helpers.lines(helpers.fit(helpers.title, { width: 1040, maxLines: 3, minSize: 40, maxSize: 68, weight: 700 }), { fontWeight: 700, lineHeight: 1.12 }),
        helpers.lines(helpers.fit(article.description, { width: 1040, maxLines: 2, minSize: 24, maxSize: 27, weight: 400 }), { fontWeight: 400, lineHeight: 1.35, color: '#5b5b6b', marginTop: 24 }),
      ),
    );
  const options = resolveOptions(
    parseOptions({
      name: 'Social Kompass',
      defaultLocale: 'de',
      publisher: { name: 'Social Kompass', logo: '/logo.png' },
      authors: { lena: { name: 'Lena Hoffmann', avatar: '/authors/lena.png' } },
      cards: template === 'bench' ? { template: 'bench', templates: { bench: benchTemplate as never }, format: 'png' } : { format: 'png' },
    }),
    { site: 'https://social-kompass.example' },
  );
  const articles = [];
  for (let i = from; i < to; i++) {
    const { title, description, lang } = cardText(i);
    articles.push(normalizeArticle({ collection: 'articles', id: `bench-${i}`, data: { title, description, pubDate: new Date(Date.UTC(2026, 0, 1 + (i % 28))), author: 'lena', tags: ['Strategie', 'Reichweite'], lang }, body: description }, options));
  }
  // What a site does with or without cards (options, articles) ends here; card start-up begins.
  const inputsMs = now();
  const { CardService, cardEnvironment } = await import('../../packages/astro-publicist/dist/astro/cards/index.js');
  let first: number | undefined;
  const service = new CardService({
    env: cardEnvironment(options, join(REPO, 'example-site/public')),
    cacheDir,
    concurrency: threads,
    memoize: true,
    onProgress: () => (first ??= now()),
  });
  // As in a build: every card planned at once, then written into an output folder.
  const outDir = mkdtempSync(join(tmpdir(), 'publicist-bench-out-'));
  service.planAll(articles.map((article) => ({ article })), []);
  await service.writeAll((path) => join(outDir, path));
  rmSync(outDir, { recursive: true, force: true });
  const wall = now();
  const cpu = cpuMs();
  const summary = service.finish(false);
  await service.close();
  return { cards: articles.length, wallMs: wall, cpuMs: cpu, firstCardMs: first!, inputsMs, rendered: summary.rendered };
}

/** The floor: satori + sharp on a fixed tree with the same elements, fonts loaded once per thread. */
async function floorThread(from: number, to: number) {
  const { default: satori } = await import('satori');
  const { default: sharp } = await import('sharp');
  const fonts = [
    { name: 'Inter', data: readFileSync(FONTS.regular), weight: 400 as const, style: 'normal' as const },
    { name: 'Inter', data: readFileSync(FONTS.bold), weight: 700 as const, style: 'normal' as const },
  ];
  const logo = `data:image/png;base64,${(await sharp(LOGO).resize({ width: 480, height: 112, fit: 'inside', withoutEnlargement: true }).png().toBuffer()).toString('base64')}`;
  for (let i = from; i < to; i++) {
    const { title, description } = cardText(i);
    const tree = {
      type: 'div',
      props: {
        style: { display: 'flex', width: 1200, height: 630, background: BACKGROUND, borderLeft: `16px solid ${ACCENT}`, padding: '56px 72px', flexDirection: 'column', fontFamily: 'Inter', color: '#16161d' },
        children: [
          { type: 'img', props: { src: logo, height: 48, style: { height: 48, objectFit: 'contain', alignSelf: 'flex-start' } } },
          {
            type: 'div',
            props: {
              style: { display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1 },
              children: [
                { type: 'div', props: { style: { display: 'flex', fontSize: 60, fontWeight: 700, lineHeight: 1.12 }, children: title } },
                { type: 'div', props: { style: { display: 'flex', fontSize: 26, fontWeight: 400, lineHeight: 1.35, color: '#5b5b6b', marginTop: 24 }, children: description } },
              ],
            },
          },
        ],
      },
    };
    const svg = await satori(tree as never, { width: 1200, height: 630, fonts });
    await sharp(Buffer.from(svg)).png({ compressionLevel: 6, adaptiveFiltering: false }).toBuffer();
    if (i === from) parentPort!.postMessage('first');
  }
}

async function floor(from: number, to: number, threads: number) {
  const share = Math.ceil((to - from) / threads);
  let first: number | undefined;
  await Promise.all(
    Array.from({ length: threads }, (_, k) => {
      const a = from + k * share;
      const b = Math.min(to, a + share);
      return new Promise<void>((resolve, reject) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: { from: a, to: b } });
        worker.on('message', (m) => (m === 'first' ? (first ??= now()) : resolve()));
        worker.once('error', reject);
      });
    }),
  );
  return { cards: to - from, wallMs: now(), cpuMs: cpuMs(), firstCardMs: first! };
}

async function peer(from: number, to: number) {
  const { generateOpenGraphImage } = await import('astro-og-canvas');
  let first: number | undefined;
  for (let i = from; i < to; i++) {
    const { title, description } = cardText(i);
    await generateOpenGraphImage({
      title,
      description,
      cacheDir: false,
      format: 'PNG',
      logo: { path: LOGO, size: [undefined, 48] },
      bgGradient: [[251, 250, 247]],
      border: { color: [228, 0, 124], width: 16, side: 'inline-start' },
      padding: 64,
      font: {
        title: { families: ['Inter'], weight: 'Bold', size: 60, lineHeight: 1.12, color: [22, 22, 29] },
        description: { families: ['Inter'], weight: 'Normal', size: 26, lineHeight: 1.35, color: [91, 91, 107] },
      },
      fonts: [FONTS.regular, FONTS.bold],
    } as never);
    first ??= now();
  }
  return { cards: to - from, wallMs: now(), cpuMs: cpuMs(), firstCardMs: first! };
}

if (!isMainThread) {
  await floorThread(workerData.from, workerData.to);
  parentPort!.postMessage('done');
} else if (process.argv[1] === import.meta.filename) {
  const [name, fromArg, toArg, threadsArg, cacheDir] = process.argv.slice(2);
  const from = Number(fromArg);
  const to = Number(toArg);
  const threads = Number(threadsArg ?? 2);
  const result =
    name === 'ours' || name === 'ours-warm'
      ? await ours(from, to, threads, 'bench', cacheDir || undefined)
      : name === 'ours-default'
        ? await ours(from, to, threads, 'default')
        : name === 'floor'
          ? await floor(from, to, threads)
          : await peer(from, to);
  console.log(JSON.stringify(result));
}
