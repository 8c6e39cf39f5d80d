/**
 * The head of every built page of the example site, read by third-party tools: open-graph-scraper,
 * parse5, jsonld (safe mode, offline, against the schema.org vocabulary) and html-validate.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { HtmlValidate } from 'html-validate';
import ogs from 'open-graph-scraper';
import sharp from 'sharp';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from './support/astro.ts';
import { htmlPages, listFiles, readPage } from './support/dist.ts';
import { checkJsonLd } from '../packages/astro-publicist/test/support/schema-org.ts';

type Element = DefaultTreeAdapterMap['element'];
type Node = Record<string, unknown>;

const SITE = 'https://social-kompass.example';
const ARTICLES_DIR = join(REPO_ROOT, 'example-site/src/content/articles');
/** Tags that may repeat with different content. */
const REPEATABLE = new Set(['article:tag', 'article:author', 'og:locale:alternate', 'fediverse:creator']);

function headOf(html: string): Element[] {
  const doc = parse(html);
  const root = doc.childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'html')!;
  const head = root.childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'head')!;
  return head.childNodes.filter((n): n is Element => 'tagName' in n);
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const textOf = (el: Element) => el.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
const metas = (els: Element[], key: string) => els.filter((e) => e.tagName === 'meta' && (attr(e, 'name') === key || attr(e, 'property') === key)).map((e) => attr(e, 'content')!);

/** `artikel/foo/index.html` → `https://social-kompass.example/artikel/foo/` */
const urlOf = (file: string) => `${SITE}/${file.replace(/index\.html$/, '')}`;
/** A URL of this site → its built file, if any. */
const fileOf = (url: string, outDir: string) => {
  const path = decodeURIComponent(new URL(url).pathname).replace(/^\//, '');
  return [join(outDir, path), join(outDir, path, 'index.html')].find((f) => existsSync(f) && !f.endsWith('/'));
};

interface Source {
  id: string;
  data: Record<string, unknown>;
}
const sources: Source[] = listFiles(ARTICLES_DIR, (p) => /\.mdx?$/.test(p)).map((file) => ({
  id: file.replace(/\.mdx?$/, ''),
  data: parseYaml(readPage(ARTICLES_DIR, file).split(/^---$/m)[1]!) as Record<string, unknown>,
}));
/** The article a page shows, by the URL rule in astro.config.mjs. */
const sourceOf = (file: string) => {
  const m = file.match(/^(?:artikel|en\/articles)\/([^/]+)\/index\.html$/);
  return m ? sources.find((s) => s.id === m[1]) : undefined;
};

describe('the head of every example-site page', () => {
  const site = inject('exampleSite');
  // social/ holds the posts feature's own noindex review pages, which do not use the site's layout.
  const pages = htmlPages(site.outDir).filter((p) => !p.startsWith('social/'));
  const read = (file: string) => readPage(site.outDir, file);

  it('covers the home, tag, article and error pages', () => {
    expect(pages).toEqual(expect.arrayContaining(['index.html', '404.html', 'tags/index.html', 'artikel/social-seo/index.html', 'en/articles/community-management-guide/index.html']));
    expect(pages.filter((p) => sourceOf(p)).length).toBe(sources.filter((s) => s.data.draft !== true).length);
  });

  it('has each tag once: one title, description, canonical and ld+json script, no meta twice', () => {
    for (const file of pages) {
      const head = headOf(read(file));
      expect(head.filter((e) => e.tagName === 'title'), file).toHaveLength(1);
      expect(metas(head, 'description'), file).toHaveLength(1);
      const indexable = !metas(head, 'robots')[0]!.includes('noindex');
      expect(head.filter((e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical'), file).toHaveLength(indexable ? 1 : 0);
      expect(head.filter((e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json'), file).toHaveLength(1);
      const keys = head.filter((e) => e.tagName === 'meta').map((e) => attr(e, 'name') ?? attr(e, 'property') ?? attr(e, 'charset') ?? '');
      const repeated = keys.filter((k, i) => keys.indexOf(k) !== i && !REPEATABLE.has(k));
      expect(repeated, file).toEqual([]);
    }
  });

  it('is read by open-graph-scraper: title, description, canonical URL and an absolute og:image', async () => {
    for (const file of pages) {
      const html = read(file);
      const { result, error } = await ogs({ html });
      expect(error, file).toBe(false);
      expect(result.ogUrl, file).toBe(urlOf(file === '404.html' ? '404/' : file));
      expect(result.ogTitle, file).toBeTruthy();
      expect(result.ogDescription, file).toBeTruthy();
      const image = result.ogImage?.[0]?.url;
      expect(image && new URL(image).href, file).toBe(image);
      expect(image!.startsWith(`${SITE}/`), file).toBe(true);
      const source = sourceOf(file);
      if (source) {
        expect(result.ogTitle, file).toBe(source.data.title);
        // Without a frontmatter description the normalized Article takes one from the first paragraph.
        if (source.data.description) expect(result.ogDescription, file).toBe(source.data.description);
        expect(result.ogType, file).toBe('article');
        expect(result.ogLocale, file).toBe(source.data.lang === 'en' ? 'en_US' : 'de_DE');
        expect(metas(headOf(html), 'article:tag'), file).toEqual(source.data.tags);
        expect(image, file).toBe(`${SITE}/og/articles/${source.id}.png`);
      }
    }
  });

  it('points og:image and every JSON-LD image at a built file of the stated size and type', async () => {
    const checked = new Set<string>();
    for (const file of pages.filter((p) => sourceOf(p))) {
      const head = headOf(read(file));
      const [url] = metas(head, 'og:image');
      const built = fileOf(url!, site.outDir);
      expect(built, `${file}: ${url}`).toBeDefined();
      const meta = await sharp(built!).metadata();
      expect([meta.width, meta.height], file).toEqual([Number(metas(head, 'og:image:width')[0]), Number(metas(head, 'og:image:height')[0])]);
      expect(`image/${meta.format === 'jpeg' ? 'jpeg' : meta.format}`, file).toBe(metas(head, 'og:image:type')[0]);
      const script = head.find((e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json')!;
      const images: Node[] = [];
      const walk = (v: unknown) => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') {
          if ((v as Node)['@type'] === 'ImageObject') images.push(v as Node);
          Object.values(v).forEach(walk);
        }
      };
      walk(JSON.parse(textOf(script)));
      for (const image of images) {
        const target = image.url as string;
        if (!target.startsWith(`${SITE}/`) || checked.has(target)) continue;
        checked.add(target);
        const path = fileOf(target, site.outDir);
        expect(path, `${file}: ${target}`).toBeDefined();
        const size = await sharp(path!).metadata();
        if (image.width) expect([size.width, size.height], target).toEqual([(image.width as Node).value, (image.height as Node).value]);
      }
    }
    expect(checked.size).toBeGreaterThan(0);
  });

  it('never lets a search engine index the error page', () => {
    expect(metas(headOf(read('404.html')), 'robots')).toEqual(['noindex, follow']);
    expect(metas(headOf(read('index.html')), 'robots')).toEqual(['index, follow, max-image-preview:large']);
  });

  it('links the German and English versions of an article with hreflang and x-default', () => {
    const expected = [
      ['de', `${SITE}/artikel/community-management/`],
      ['en', `${SITE}/en/articles/community-management-guide/`],
      ['x-default', `${SITE}/artikel/community-management/`],
    ];
    for (const file of ['artikel/community-management/index.html', 'en/articles/community-management-guide/index.html']) {
      const head = headOf(read(file));
      const hreflang = head.filter((e) => e.tagName === 'link' && attr(e, 'hreflang')).map((e) => [attr(e, 'hreflang'), attr(e, 'href')]);
      expect(hreflang, file).toEqual(expected);
      for (const [, href] of hreflang) expect(fileOf(href!, site.outDir), href).toBeDefined();
    }
  });

  it('carries one connected JSON-LD graph of schema.org terms whose @ids all resolve', async () => {
    for (const file of pages) {
      const head = headOf(read(file));
      const script = head.find((e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json')!;
      const doc = JSON.parse(textOf(script)) as Node;
      const report = await checkJsonLd(doc);
      expect(report.unknownTerms, file).toEqual([]);
      expect(report.danglingReferences, file).toEqual([]);
      expect(report.components, file).toHaveLength(1);

      const graph = doc['@graph'] as Node[];
      for (const crumbs of graph.filter((n) => n['@type'] === 'BreadcrumbList')) {
        // Every crumb above the page itself links to a page that was built.
        const items = crumbs.itemListElement as Node[];
        expect(items.at(-1)!.item, file).toBe(urlOf(file === '404.html' ? '404/' : file));
        for (const item of items.slice(0, -1)) expect(fileOf(item.item as string, site.outDir), `${file}: ${item.item}`).toBeDefined();
      }
      const source = sourceOf(file);
      if (source) {
        const post = graph.find((n) => n['@type'] === 'BlogPosting')!;
        expect(post.headline, file).toBe(source.data.title);
        expect(post.datePublished, file).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
        expect(post.keywords, file).toEqual(source.data.tags);
        const authors = [source.data.author].flat();
        expect((post.author as Node[]).length, file).toBe(authors.length);
      }
      // Person and Organization URLs on this site are pages that were built.
      for (const node of graph.filter((n) => (n['@type'] === 'Person' || n['@type'] === 'Organization') && typeof n.url === 'string')) {
        if ((node.url as string).startsWith(SITE)) expect(fileOf(node.url as string, site.outDir), `${file}: ${node.url}`).toBeDefined();
      }
    }
  });

  it('passes html-validate (HTML standard and accessibility rules)', async () => {
    // The standard and a11y presets: validity and accessibility. Left out are the recommended
    // preset's style and SEO preferences (inline styles, title length); title length is an
    // editorial matter that the build's SEO audit reports per file.
    const validator = new HtmlValidate({ extends: ['html-validate:standard', 'html-validate:a11y'] });
    const problems: string[] = [];
    for (const file of htmlPages(site.outDir)) {
      const report = await validator.validateString(read(file), file);
      for (const result of report.results) for (const m of result.messages) if (m.severity === 2) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });
});
