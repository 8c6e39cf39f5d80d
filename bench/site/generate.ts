/**
 * A synthetic blog for `npm run bench:site`: N German and English MDX articles (300–900 words,
 * headings, lists, tags, a code block in every fourth, a cover in every fifth, translation pairs)
 * and the same small set of pages built two ways: `with` astro-publicist (the example site's
 * options, five card variants, <Head>, feeds) and `without` it (plain <title> and description).
 * Deterministic: the same N gives the same files.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type Variant = 'with' | 'without';

const REPO = resolve(import.meta.dirname, '../..');

const WORDS = {
  de: 'Reichweite Community Strategie Marke Redaktionsplan Kennzahlen Zielgruppe Beitrag Kampagne Plattform Vertrauen Dialog Inhalte Format Video Analyse Budget Team Kunden Wirkung messen planen veröffentlichen testen verbessern schnell klar ehrlich regelmäßig sichtbar für mit ohne über nach und oder aber weil wenn dass die der das ein eine wir sie es'.split(' '),
  en: 'reach community strategy brand calendar metrics audience post campaign platform trust dialogue content format video analysis budget team customers impact measure plan publish test improve quickly clearly honestly regularly visible for with without about after and or but because when that the a an we they it'.split(' '),
};
const TAGS = ['Strategie', 'Community', 'Content', 'Analytics', 'Video', 'LinkedIn', 'Instagram', 'Recht', 'Werbung', 'Krisen', 'SEO', 'Tools'];

/** A tiny deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(rnd: () => number, lang: 'de' | 'en', min = 8, max = 18): string {
  const words = WORDS[lang];
  const n = min + Math.floor(rnd() * (max - min));
  const out = Array.from({ length: n }, () => words[Math.floor(rnd() * words.length)]!);
  const first = out[0]!;
  out[0] = first[0]!.toUpperCase() + first.slice(1);
  return `${out.join(' ')}${rnd() < 0.15 ? ', ' + out.slice(1, 4).join(' ') : ''}.`;
}

const CODE = `\`\`\`ts
// Posting schedule: every weekday at the hour the audience is most active.
export function nextSlot(from: Date, hours: number[]): Date {
  const next = new Date(from);
  for (let day = 0; day < 7; day++) {
    for (const hour of hours) {
      next.setHours(hour, 0, 0, 0);
      if (next > from && next.getDay() % 6 !== 0) return next;
    }
    next.setDate(next.getDate() + 1);
  }
  throw new Error('no slot in the next week');
}
\`\`\``;

export function articleSource(i: number, titleSuffix = ''): { file: string; text: string } {
  const rnd = random(i + 1);
  const lang = i % 3 === 2 ? 'en' : 'de';
  const words = 300 + Math.floor(rnd() * 600);
  const title = sentence(rnd, lang, 4, 9).replace(/\.$/, '') + ` ${i}${titleSuffix}`;
  const tags = [...new Set([TAGS[i % TAGS.length]!, TAGS[Math.floor(rnd() * TAGS.length)]!])];
  // Every article lies in the past at any N (10,000 articles end in 2019): a future date would be
  // scheduled and left out of the build with the integration, but not without it.
  const day = new Date(Date.UTC(2016, 0, 1) + i * 36e5 * 3);
  const lines = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `pubDate: ${day.toISOString()}`,
    `author: ${i % 2 ? 'jonas' : 'lena'}`,
    `tags: ${JSON.stringify(tags)}`,
    ...(lang === 'en' ? ['lang: en'] : []),
    // Articles i (de) and i+2 (en) of each triple are translations of each other.
    ...(i % 3 !== 1 ? [`translationKey: "t${Math.floor(i / 3)}"`] : []),
    ...(i % 5 === 0 ? [`cover: ../../assets/covers/cover-${i % 4}.jpg`, `coverAlt: "Cover ${i}"`] : []),
    '---',
    '',
  ];
  let written = 0;
  let section = 0;
  while (written < words) {
    if (written > 0 && section++ % 2 === 0) lines.push(`## ${sentence(rnd, lang, 3, 6).replace(/\.$/, '')}`, '');
    const paragraph = Array.from({ length: 3 + Math.floor(rnd() * 3) }, () => sentence(rnd, lang)).join(' ');
    lines.push(paragraph, '');
    written += paragraph.split(' ').length;
    if (section === 3) lines.push(...Array.from({ length: 4 }, () => `- ${sentence(rnd, lang, 3, 8)}`), '');
    if (section === 4 && i % 4 === 0) lines.push(CODE, '');
  }
  return { file: `article-${String(i).padStart(5, '0')}.mdx`, text: lines.join('\n') };
}

const PUBLICIST_CONFIG = `publicist({
      name: 'Bench Kompass',
      description: 'Synthetische Artikel für den Benchmark.',
      defaultLocale: 'de',
      timezone: 'Europe/Berlin',
      publisher: { type: 'Organization', name: 'Bench Kompass', logo: '/logo.png' },
      authors: {
        lena: { name: 'Lena Hoffmann', url: 'https://lena.example.org/', avatar: '/authors/lena.png', x: '@lenahoffmann' },
        jonas: { name: 'Jonas Becker', url: 'https://jonas.example.org/', avatar: '/authors/jonas.png' },
      },
      cards: { variants: ['link', 'square', 'portrait', 'wide', 'standard'] },
      collections: [{ name: 'articles', section: 'Artikel', url: ({ id, data }) => (data.lang === 'en' ? \`/en/articles/\${id}/\` : \`/artikel/\${id}/\`) }],
    })`;

const config = (variant: Variant) => `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
${variant === 'with' ? "import publicist from 'astro-publicist';\n" : ''}
export default defineConfig({
  site: 'https://bench.example',
  outDir: process.env.BENCH_OUT_DIR ?? './dist',
  cacheDir: process.env.BENCH_CACHE_DIR ?? './.astro-cache',
  trailingSlash: 'always',
  integrations: [mdx()${variant === 'with' ? `, ${PUBLICIST_CONFIG}` : ''}],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from 'astro-publicist/schema';

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './src/content/articles' }), schema: ({ image }) => articleSchema({ image }) }),
};
`;

/** The list of articles and the path of each: through the runtime with us, from the collection without. */
const DATA = {
  with: `import { getArticles, getTags } from 'astro-publicist/runtime';
export async function articles() {
  return (await getArticles()).map(({ article, entry }) => ({ entry, path: article.path, title: article.title, description: article.description, lang: article.lang, tags: article.tags, article }));
}
export async function tags() {
  return (await getTags()).map(({ tag, slug, articles }) => ({ tag, slug, paths: articles.map((a) => a.path) }));
}
`,
  without: `import { getCollection } from 'astro:content';
const slug = (tag) => tag.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
let list;
export async function articles() {
  list ??= (await getCollection('articles'))
    .filter((entry) => !entry.data.draft)
    .map((entry) => ({ entry, path: entry.data.lang === 'en' ? \`/en/articles/\${entry.id}/\` : \`/artikel/\${entry.id}/\`, title: entry.data.title, description: entry.data.description ?? entry.body.slice(0, 160), lang: entry.data.lang ?? 'de', tags: entry.data.tags }))
    .sort((a, b) => b.entry.data.pubDate - a.entry.data.pubDate);
  return list;
}
export async function tags() {
  const byTag = new Map();
  for (const a of await articles()) for (const tag of a.tags) byTag.set(tag, [...(byTag.get(tag) ?? []), a.path]);
  return [...byTag].sort(([a], [b]) => a.localeCompare(b, 'de')).map(([tag, paths]) => ({ tag, slug: slug(tag), paths }));
}
`,
};

const LAYOUT = (variant: Variant) => `---
${variant === 'with' ? "import Head from 'astro-publicist/components/Head.astro';\n" : ''}const { title, description, lang = 'de', article } = Astro.props;
---
<!doctype html>
<html lang={lang}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    ${variant === 'with' ? '{article ? <Head article={article} /> : <Head title={title} description={description} lang={lang} />}' : '<title>{title}</title>\n    <meta name="description" content={description} />'}
  </head>
  <body>
    <header><a href="/">Bench Kompass</a> · <a href="/tags/">Themen</a></header>
    <main><slot /></main>
  </body>
</html>
`;

const ARTICLE_PAGE = `---
import { render } from 'astro:content';
import Layout from '../layouts/Layout.astro';
import { articles } from '../data.mjs';
export async function getStaticPaths() {
  return (await articles()).map((a) => ({ params: { path: a.path.slice(1, -1) }, props: { a } }));
}
const { a } = Astro.props;
const { Content } = await render(a.entry);
---
<Layout title={a.title} description={a.description} lang={a.lang} article={a.article}>
  <article><h1>{a.title}</h1><p>{a.tags.join(', ')}</p><Content /></article>
</Layout>
`;

const INDEX_PAGE = `---
import Layout from '../layouts/Layout.astro';
import { articles } from '../data.mjs';
const latest = (await articles()).slice(0, 20);
---
<Layout title="Bench Kompass" description="Synthetische Artikel für den Benchmark.">
  <ul>{latest.map((a) => <li><a href={a.path}>{a.title}</a></li>)}</ul>
</Layout>
`;

const TAGS_PAGE = `---
import Layout from '../../layouts/Layout.astro';
import { tags } from '../../data.mjs';
const list = await tags();
---
<Layout title="Themen" description="Alle Themen.">
  <ul>{list.map((t) => <li><a href={\`/tags/\${t.slug}/\`}>{t.tag}</a> ({t.paths.length})</li>)}</ul>
</Layout>
`;

const TAG_PAGE = `---
import Layout from '../../../layouts/Layout.astro';
import { tags } from '../../../data.mjs';
export async function getStaticPaths() {
  return (await tags()).map((t) => ({ params: { tag: t.slug }, props: { t } }));
}
const { t } = Astro.props;
---
<Layout title={t.tag} description={\`Artikel zum Thema \${t.tag}\`}>
  <h1>{t.tag}</h1><ul>{t.paths.slice(0, 50).map((p) => <li><a href={p}>{p}</a></li>)}</ul>
</Layout>
`;

/**
 * Writes the site for `variant` into `dir` (replacing what was there). `packageDir` is the
 * astro-publicist to build with (linked as the site's node_modules/astro-publicist).
 */
export function generateSite(dir: string, variant: Variant, n: number, packageDir: string): void {
  rmSync(dir, { recursive: true, force: true });
  const src = join(dir, 'src');
  for (const d of ['content/articles', 'assets/covers', 'layouts', 'pages/tags/[tag]']) mkdirSync(join(src, d), { recursive: true });
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  symlinkSync(packageDir, join(dir, 'node_modules/astro-publicist'), 'dir');
  cpSync(join(REPO, 'example-site/public'), join(dir, 'public'), { recursive: true });
  const covers = readdirSync(join(REPO, 'example-site/src/assets/covers')).sort().slice(0, 4);
  covers.forEach((name, k) => cpSync(join(REPO, 'example-site/src/assets/covers', name), join(src, `assets/covers/cover-${k}.jpg`)));
  writeFileSync(join(dir, 'astro.config.mjs'), config(variant));
  writeFileSync(join(src, 'content.config.ts'), CONTENT_CONFIG);
  writeFileSync(join(src, 'data.mjs'), DATA[variant]);
  writeFileSync(join(src, 'layouts/Layout.astro'), LAYOUT(variant));
  writeFileSync(join(src, 'pages/[...path].astro'), ARTICLE_PAGE);
  writeFileSync(join(src, 'pages/index.astro'), INDEX_PAGE);
  writeFileSync(join(src, 'pages/tags/index.astro'), TAGS_PAGE);
  writeFileSync(join(src, 'pages/tags/[tag]/index.astro'), TAG_PAGE);
  for (let i = 0; i < n; i++) {
    const { file, text } = articleSource(i);
    writeFileSync(join(src, 'content/articles', file), text);
  }
}

/** Edit the title of one article (article 1, which has no translation), as an author would. */
export function editTitle(dir: string, round: number): void {
  const { file, text } = articleSource(1, ` (Fassung ${round})`);
  writeFileSync(join(dir, 'src/content/articles', file), text);
}
