/**
 * The one state: getArticles() and the other public helpers only return data, our own routes hand
 * the build's articles to the report (site-articles.ts), and the session is the one channel.
 * The runtime runs here against a stand-in content layer and config module.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeOptions } from './helpers.ts';

const NOW = new Date('2026-06-01T12:00:00Z');
const options = makeOptions();

interface Entry {
  id: string;
  collection: string;
  filePath: string;
  body: string;
  data: Record<string, unknown>;
}
const entry = (id: string, title: string, pubDate: string): Entry => ({
  id,
  collection: 'articles',
  filePath: `src/content/articles/${id}.md`,
  body: `${title}: ein Absatz mit genug Text, um eine Beschreibung daraus zu machen.`,
  data: { title, description: `Worum es in ${title} geht, in einem Satz.`, pubDate: new Date(pubDate), author: 'lena', tags: ['Strategie'] },
});
const entries = [entry('fruehling', 'Frühling', '2026-03-01'), entry('sommer', 'Sommer', '2026-05-01'), entry('herbst', 'Herbst', '2026-09-01')];

vi.mock('astro:content', () => ({
  getCollection: async (name: string) => (name === 'articles' ? entries : []),
  getEntry: async () => undefined,
}));
vi.mock('virtual:astro-publicist/collections', () => ({ collectionNames: ['articles'] }));
vi.mock('virtual:astro-publicist/config', () => ({
  default: { options, command: 'build', now: NOW, root: '/nowhere', publicDir: '/nowhere/public', cacheDir: '/nowhere/.cache', tagPages: false, cardsPath: 'og' },
}));

const { getArticles, getArticleList, getTags, getArticle } = await import('../src/astro/runtime.ts');
const { siteArticles } = await import('../src/astro/site-articles.ts');
const { buildRecord, openSession, session, startBuildRecord } = await import('../src/astro/session.ts');

const snapshot = () => {
  const record = buildRecord();
  return { articles: record.articles, scheduled: record.scheduled, heads: [...record.heads], feeds: [...record.feeds], social: record.postsFiles, kit: record.kitPages };
};

describe('one state, passed explicitly', () => {
  beforeEach(() => {
    openSession({ logger: { info: () => {}, warn: () => {} }, inProcessOptions: undefined });
    startBuildRecord();
  });

  it('getArticles() and the other public helpers return data and leave the build record as it was', async () => {
    const before = snapshot();
    const items = await getArticles();
    expect(items.map((i) => i.article.slug)).toEqual(['articles/sommer', 'articles/fruehling']);
    await getArticleList();
    await getTags();
    await getArticle({ collection: 'articles', id: 'sommer' });
    expect(snapshot()).toEqual(before);
    expect(buildRecord().articles).toBeUndefined();
  });

  it('our own outputs hand the published and the scheduled articles to the report, once per index', async () => {
    const index = await siteArticles();
    const record = buildRecord();
    expect(record.articles).toBe(index.articles);
    expect(record.articles!.map((a) => a.slug)).toEqual(['articles/sommer', 'articles/fruehling']);
    expect(record.scheduled!.map((a) => a.slug)).toEqual(['articles/herbst']);
    await siteArticles();
    expect(buildRecord().articles).toBe(index.articles);
  });

  it('a new build starts with an empty record; a new session drops what the last one held', () => {
    buildRecord().heads.set('/a/', ['title']);
    session().avatarFetches.set('https://example.com/a.png', Promise.resolve(undefined));
    startBuildRecord();
    expect(buildRecord().heads.size).toBe(0);
    expect(session().avatarFetches.size).toBe(1);
    openSession({ logger: { info: () => {}, warn: () => {} }, inProcessOptions: { name: 'x' } });
    expect(session().avatarFetches.size).toBe(0);
    expect(session().inProcessOptions).toEqual({ name: 'x' });
  });

  it('session.ts is the only module that touches globalThis', () => {
    const src = join(dirname(fileURLToPath(import.meta.url)), '../src');
    const code = (file: string) => readFileSync(join(src, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
    const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => /\.(ts|astro)$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => code(f).includes('globalThis')).map((f) => f.split(sep).join('/'))).toEqual(['astro/session.ts']);
  });
});
