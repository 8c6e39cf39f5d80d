/**
 * `npm run bench:cards [-- N]`: renders N share cards (default 200; German, English and Japanese
 * titles) through the real pipeline (worker pool + cache), cold then warm, and the same titles and
 * descriptions at 1200×630 through astro-og-canvas (the peer), single file at a time as it works.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateOpenGraphImage } from 'astro-og-canvas';
import { normalizeArticle } from '../packages/astro-publicist/src/core/article/index.ts';
import { resolveOptions } from '../packages/astro-publicist/src/options/resolve.ts';
import { parseOptions } from '../packages/astro-publicist/src/options/validate.ts';
import { CardService } from '../packages/astro-publicist/src/core/cards/service.ts';

const N = Number(process.argv[2] ?? 200);
const options = resolveOptions(parseOptions({ name: 'Social Kompass', defaultLocale: 'de', publisher: { name: 'Social Kompass', logo: '/logo.png' }, authors: { lena: { name: 'Lena Hoffmann', avatar: '/authors/lena.png' } } }), { site: 'https://social-kompass.example' });
const PUBLIC_DIR = join(import.meta.dirname, '../example-site/public');
const WORDS = {
  de: ['Reichweite', 'Community', 'Strategie', 'Markenbekanntheit', 'Redaktionsplan', 'Krisenkommunikation', 'für', 'kleine', 'Unternehmen', 'wirklich', 'messen', 'Zielgruppenanalyse'],
  en: ['reach', 'community', 'strategy', 'brand', 'awareness', 'editorial', 'calendar', 'for', 'small', 'teams', 'that', 'works'],
  ja: ['信頼', 'を', '築く', 'ための', 'ソーシャル', 'メディア', '戦略', 'と', '実践', '方法', 'の', '基本'],
};
const langs = ['de', 'en', 'ja'] as const;
const articles = Array.from({ length: N }, (_, i) => {
  const lang = langs[i % 3]!;
  const words = WORDS[lang];
  const pick = (k: number) => Array.from({ length: k }, (_, j) => words[(i * 7 + j * 5) % words.length]).join(lang === 'ja' ? '' : ' ');
  return normalizeArticle(
    { collection: 'articles', id: `bench-${i}`, data: { title: `${pick(6)} ${i}`, description: `${pick(14)}.`, pubDate: new Date(Date.UTC(2026, 0, 1 + (i % 28))), author: 'lena', tags: ['Strategie', 'Reichweite'], lang }, body: pick(40) },
    options,
  );
});

async function ours(cacheDir: string) {
  const service = new CardService({ env: { options, publicDir: PUBLIC_DIR, userFaces: [] }, cacheDir, concurrency: availableParallelism(), memoize: true });
  const t0 = performance.now();
  await Promise.all(articles.map((article) => service.card({ article }, 'link')));
  const seconds = (performance.now() - t0) / 1000;
  const summary = service.finish(false);
  await service.close();
  return { seconds, summary };
}

const cacheDir = mkdtempSync(join(tmpdir(), 'publicist-bench-'));
const cold = await ours(cacheDir);
const warm = await ours(cacheDir);
rmSync(cacheDir, { recursive: true, force: true });

const font = join(import.meta.dirname, '../node_modules/@fontsource/inter/files/inter-latin-700-normal.woff');
const t0 = performance.now();
for (const article of articles) {
  await generateOpenGraphImage({ title: article.title, description: article.description, cacheDir: false, format: 'PNG', font: { title: { families: ['Inter'] }, description: { families: ['Inter'] } }, fonts: [font] } as never);
}
const peerSeconds = (performance.now() - t0) / 1000;

const rate = (s: number) => N / s;
console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${availableParallelism()}, Node ${process.version}`);
console.log(`astro-publicist cold: ${N} cards in ${cold.seconds.toFixed(2)} s = ${rate(cold.seconds).toFixed(1)} cards/s (rendered ${cold.summary.rendered})`);
console.log(`astro-publicist warm: ${N} cards in ${warm.seconds.toFixed(2)} s = ${rate(warm.seconds).toFixed(1)} cards/s (from cache ${warm.summary.fromCache})`);
console.log(`astro-og-canvas:      ${N} cards in ${peerSeconds.toFixed(2)} s = ${rate(peerSeconds).toFixed(1)} cards/s (no cache)`);
console.log(`ours / peer, cold: ${(rate(cold.seconds) / rate(peerSeconds)).toFixed(2)}×`);
