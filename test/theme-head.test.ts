/**
 * A blog from a common theme shape (test/fixtures/theme-head): its own SEO component, its own
 * BlogPosting JSON-LD, its own rss.xml, tag pages at /topics/<tag>/ and one on-demand page with
 * the Node adapter. Only the publicist() line is added. Judged by parse5, open-graph-scraper,
 * jsonld (schema.org, offline), rss-parser and sharp; the on-demand page through the built server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import ogs from 'open-graph-scraper';
import Parser from 'rss-parser';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, tempDir } from './support/astro.ts';
import { buildFixture, type FixtureBuild } from './support/fixture.ts';
import { htmlPages, readPage } from './support/dist.ts';
import { attr, freePort, headCounts, headOf, jsonLdScripts, metas, ONE_OF_EACH, waitFor } from './support/head.ts';
import { checkJsonLd } from '../packages/astro-publicist/test/support/schema-org.ts';

const SITE = 'https://theme-head.example';
const SCHEMA_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

let build: FixtureBuild;
let client: string;
let reportFile: string;

/** A URL of this site → its built file, if any (`/a/` → `a/index.html`). */
const builtFile = (url: string) => {
  const path = decodeURIComponent(new URL(url).pathname).replace(/^\//, '');
  return [join(client, path, 'index.html'), join(client, path), join(client, `${path.replace(/\/$/, '')}.html`)].find((f) => existsSync(f) && !f.endsWith('/'));
};

/** Distinct subjects of a given schema.org type in the page's JSON-LD. */
async function nodesOfType(html: string, type: string): Promise<number> {
  let subjects = 0;
  for (const script of jsonLdScripts(html)) {
    const { quads } = await checkJsonLd(JSON.parse(script));
    subjects += new Set(quads.filter((q) => q.predicate.value === SCHEMA_TYPE && q.object.value === `http://schema.org/${type}`).map((q) => q.subject.value)).size;
  }
  return subjects;
}

beforeAll(() => {
  reportFile = join(tempDir('report'), 'report.json');
  build = buildFixture('theme-head', { env: { PUBLICIST_REPORT_FILE: reportFile } });
  client = join(build.outDir, 'client');
});

describe('a theme with its own head, feed and tag pages, after adding publicist()', () => {
  const pages = () => htmlPages(client).filter((p) => !p.startsWith('social/'));

  it('builds, steps aside for the theme’s rss.xml and says so, with no collision warning', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('/rss.xml steps aside: the site has its own (src/pages/rss.xml.js)');
    expect(build.output).toContain("/og/ is the site's own (src/pages/og/[slug].png.js): our share cards are at /og-cards/");
    expect(build.output).not.toMatch(/collision|defined in both/i);
    expect(build.output.split('\n').filter((line) => /\[WARN\]/.test(line))).toEqual([]);
    expect(pages()).toEqual(expect.arrayContaining(['index.html', '404.html', 'about/index.html', 'blog/first-light/index.html', 'topics/astro/index.html']));
    expect(metas(headOf(readPage(client, '404.html')), 'robots')).toEqual(['noindex, follow']);
  });

  it('leaves exactly one of each head tag and one JSON-LD graph on every page', () => {
    for (const file of pages()) {
      const html = readPage(client, file);
      // The error page is noindex and names no canonical URL.
      expect(headCounts(html), file).toEqual(file === '404.html' ? { ...ONE_OF_EACH, canonical: 0 } : ONE_OF_EACH);
      expect(JSON.parse(jsonLdScripts(html)[0]!)['@graph'], file).toBeInstanceOf(Array);
    }
  });

  it('leaves valid HTML where it cut the theme’s tags out and put ours in (html-validate)', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
    for (const file of pages()) {
      const report = await validator.validateString(readPage(client, file));
      expect(report.results.flatMap((r) => r.messages).map((m) => `${m.ruleId}: ${m.message}`), file).toEqual([]);
    }
  });

  it('replaces the theme’s BlogPosting with ours: one per post, og:type article', async () => {
    for (const slug of ['first-light', 'launch-notes', 'quiet-week']) {
      const html = readPage(client, `blog/${slug}/index.html`);
      expect(await nodesOfType(html, 'BlogPosting'), slug).toBe(1);
      expect(metas(headOf(html), 'og:type'), slug).toEqual(['article']);
      const { result } = await ogs({ html });
      expect(result.ogUrl).toBe(`${SITE}/blog/${slug}/`);
    }
  });

  it('puts our share card where the theme had its placeholder, and drops the theme’s twitter:image', async () => {
    const head = headOf(readPage(client, 'blog/first-light/index.html'));
    expect(metas(head, 'og:image')).toEqual([`${SITE}/og-cards/blog/first-light.png`]);
    expect(metas(head, 'twitter:image')).toEqual([]);
    const { width, height } = await sharp(builtFile(metas(head, 'og:image')[0]!)!).metadata();
    expect([width, height]).toEqual([1200, 630]);
  });

  it('keeps the image the author set for a post (ogImage), with its real size', async () => {
    const head = headOf(readPage(client, 'blog/launch-notes/index.html'));
    expect(metas(head, 'og:image')).toEqual([`${SITE}/images/launch-social.png`]);
    const { width, height } = await sharp(builtFile(`${SITE}/images/launch-social.png`)!).metadata();
    expect([metas(head, 'og:image:width')[0], metas(head, 'og:image:height')[0]]).toEqual([String(width), String(height)]);
  });

  it('keeps the theme’s own title on a page that is not an article', async () => {
    const { result } = await ogs({ html: readPage(client, 'about/index.html') });
    expect(result.ogTitle).toBe('About Field Notes');
    expect(result.ogDescription).toBe('Who writes these notes, and why.');
    expect(result.ogType).toBe('website');
  });

  it('links tags where the theme has its tag pages, and puts tag feeds beside them', async () => {
    const html = readPage(client, 'blog/first-light/index.html');
    const graph = JSON.parse(jsonLdScripts(html)[0]!)['@graph'] as Record<string, unknown>[];
    const crumbs = (graph.find((n) => n['@type'] === 'BreadcrumbList')!.itemListElement as { item: string }[]).map((c) => c.item);
    expect(crumbs).toEqual([`${SITE}/`, `${SITE}/topics/astro/`, `${SITE}/blog/first-light/`]);
    const topic = headOf(readPage(client, 'topics/astro/index.html'));
    const feeds = topic.filter((e) => e.tagName === 'link' && attr(e, 'rel') === 'alternate').map((e) => attr(e, 'href')!);
    expect(feeds).toEqual(expect.arrayContaining([`${SITE}/topics/astro/rss.xml`, `${SITE}/topics/astro/atom.xml`, `${SITE}/topics/astro/feed.json`]));
    const items = (await new Parser().parseString(readPage(client, 'topics/astro/rss.xml'))).items.map((i) => i.link);
    expect(items.sort()).toEqual([`${SITE}/blog/first-light/`, `${SITE}/blog/launch-notes/`]);
  });

  it('leaves the theme’s own /og/ images theirs', async () => {
    const { width, height } = await sharp(join(client, 'og/first-light.png')).metadata();
    expect([width, height]).toEqual([1200, 600]);
  });

  it('leaves the theme’s rss.xml theirs and adds our other feeds', async () => {
    const theirs = await new Parser().parseString(readPage(client, 'rss.xml'));
    expect(theirs.title).toBe('Field Notes (the theme’s own feed)');
    const json = JSON.parse(readPage(client, 'feed.json')) as { title: string; items: unknown[] };
    expect([json.title, json.items.length]).toEqual(['Field Notes', 3]);
    expect(existsSync(join(client, 'atom.xml'))).toBe(true);
  });

  it('writes no link of ours to a page that was not built', () => {
    for (const file of pages()) {
      const html = readPage(client, file);
      const head = headOf(html);
      const links = [
        ...head.filter((e) => e.tagName === 'link' && /canonical|alternate/.test(attr(e, 'rel') ?? '')).map((e) => attr(e, 'href')!),
        ...metas(head, 'og:image'),
        ...metas(head, 'og:url'),
      ];
      const graph = JSON.parse(jsonLdScripts(html)[0]!)['@graph'] as Record<string, unknown>[];
      for (const node of graph) {
        if (typeof node.url === 'string') links.push(node.url);
        for (const item of (node.itemListElement as { item: string }[] | undefined) ?? []) links.push(item.item);
      }
      for (const link of links.filter((l) => l.startsWith(SITE))) expect(builtFile(link), `${link} in ${file}`).toBeDefined();
    }
  });

  it('reports, per page, what it replaced of the theme’s head', () => {
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { heads: Record<string, string[]>; brokenLinks: unknown[] };
    expect(report.brokenLinks).toEqual([]);
    expect(report.heads['/blog/first-light/']).toEqual(expect.arrayContaining(['title', 'description', 'canonical', 'og:type', 'og:image', 'twitter:card', 'jsonld']));
    expect(report.heads['/about/']).not.toContain('jsonld');
    expect(build.output).toMatch(/head \/blog\/first-light\/: replaced the page's .*jsonld/);
  });
});

describe('the on-demand page of the hybrid site, from the built server', () => {
  let server: ChildProcess | undefined;
  let base: string;

  beforeAll(async () => {
    expect(build.status, build.output).toBe(0);
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [join(build.outDir, 'server/entry.mjs')], {
      cwd: build.root,
      env: { ...cleanEnv(), HOST: '127.0.0.1', PORT: String(port) },
      stdio: 'ignore',
    });
    await waitFor(`${base}/`);
  });

  afterAll(() => {
    server?.kill('SIGTERM');
  });

  it('renders <Head> beside the theme’s head with one of each tag', async () => {
    const response = await fetch(`${base}/search?q=cards`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Results for cards');
    expect(headCounts(html)).toEqual(ONE_OF_EACH);
    const { result } = await ogs({ html });
    expect(result.ogTitle).toBe('Search');
    expect(result.ogUrl).toBe(`${SITE}/search`);
    expect(result.ogImage?.[0]?.url).toBe(`${SITE}/og-cards/site.png`);
  });

  it('serves the prerendered articles with their cards', async () => {
    const html = await (await fetch(`${base}/blog/quiet-week/`)).text();
    const card = metas(headOf(html), 'og:image')[0]!;
    expect(card).toBe(`${SITE}/og-cards/blog/quiet-week.png`);
    const image = await fetch(`${base}${new URL(card).pathname}`);
    expect(image.headers.get('content-type')).toBe('image/png');
    const { width, height } = await sharp(Buffer.from(await image.arrayBuffer())).metadata();
    expect([width, height]).toEqual([1200, 630]);
  });
});
