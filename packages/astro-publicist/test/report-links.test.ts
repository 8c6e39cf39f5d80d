/**
 * The report's check that every link we wrote reaches a built page: the URLs recorded as the head
 * and the feeds were written (core/report/written-links.ts), the decision against the output's
 * files (core/report/links.ts), and the reader that lists the output (astro/features/links.ts).
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { beforeEach, describe, expect, it } from 'vitest';
import { builtAs, brokenLinks } from '../src/core/report/links.ts';
import { feedLinks, headLinks, siteLinks } from '../src/core/report/written-links.ts';
import { headParts, renderHeadParts } from '../src/core/meta/index.ts';
import { feedDocument, feedItemsFrom, serializeFeed } from '../src/core/feeds/document.ts';
import { feedScopes } from '../src/core/feeds/definitions.ts';
import { brokenLinks as brokenLinksOfBuild } from '../src/astro/features/links.ts';
import { buildRecord, openSession, recordLinks, startBuildRecord } from '../src/astro/session.ts';
import { resolveOptions } from '../src/options/resolve.ts';
import { parseOptions } from '../src/options/validate.ts';
import { baseUserOptions, buildState, makeArticle, makeOptions, tempFiles } from './helpers.ts';

const SITE = 'https://social-kompass.example';
const options = makeOptions();

const output = (...entries: string[]) => new Set(entries);
const links = (record: Record<string, string[]>) => new Map(Object.entries(record));

describe('brokenLinks (the decision)', () => {
  it('finds a recorded link to a page that was not built, naming the output file that links it', () => {
    const check = {
      links: links({ '/': [`${SITE}/`], '/a/': [`${SITE}/`, `${SITE}/tags/seo/`, `${SITE}/a/`, `${SITE}/og/a.png`] }),
      output: output('index.html', 'a', 'a/index.html', 'og', 'og/a.png'),
    };
    expect(brokenLinks(check, options)).toEqual([{ url: `${SITE}/tags/seo/`, in: 'a/index.html' }]);
  });

  it('accepts a page rendered on demand, a page built as a.html and an encoded path built under its decoded name', () => {
    const check = {
      links: links({ '/a/': [`${SITE}/a/`, `${SITE}/search`, `${SITE}/tags/%C3%B6ffentlichkeit/`] }),
      output: output('a.html', 'tags', 'tags/öffentlichkeit', 'tags/öffentlichkeit/index.html'),
      onDemand: [/^\/search\/?$/],
    };
    expect(brokenLinks(check, options)).toEqual([]);
    expect(brokenLinks({ ...check, onDemand: [] }, options)).toEqual([{ url: `${SITE}/search`, in: 'a.html' }]);
  });

  it('checks the links of a feed file, named as the file', () => {
    const check = { links: links({ '/rss.xml': [`${SITE}/`, `${SITE}/gone/`] }), output: output('index.html', 'rss.xml') };
    expect(brokenLinks(check, options)).toEqual([{ url: `${SITE}/gone/`, in: 'rss.xml' }]);
  });

  it('names each broken URL once, with the first file by name that links it, whatever order the pages were recorded in', () => {
    const pages = { '/b/': [`${SITE}/gone/`], '/a/': [`${SITE}/gone/`, `${SITE}/also-gone/`] };
    const files = output('a/index.html', 'b/index.html');
    const expected = [
      { url: `${SITE}/also-gone/`, in: 'a/index.html' },
      { url: `${SITE}/gone/`, in: 'a/index.html' },
    ];
    expect(brokenLinks({ links: links(pages), output: files }, options)).toEqual(expected);
    expect(brokenLinks({ links: new Map([...links(pages)].reverse()), output: files }, options)).toEqual(expected);
  });

  it('follows base: page paths and URLs below /blog/, output files without it', () => {
    const blog = resolveOptions(parseOptions(baseUserOptions), { site: SITE, base: '/blog' });
    expect(blog.site).toBe(`${SITE}/blog/`);
    const check = { links: links({ '/blog/a/': [`${SITE}/blog/a/`, `${SITE}/blog/b/`, `${SITE}/elsewhere/`] }), output: output('a', 'a/index.html') };
    expect(brokenLinks(check, blog)).toEqual([{ url: `${SITE}/blog/b/`, in: 'a/index.html' }]);
  });

  it('builtAs: a page with a slash as its index.html or name.html, a file or folder as itself; the home page is the output folder', () => {
    const files = output('a/index.html', 'b.html', 'c', 'c/index.html', 'card.png', 'index.html');
    expect(builtAs('a/', files)).toBe('a/index.html');
    expect(builtAs('b/', files)).toBe('b.html');
    expect(builtAs('b', files)).toBe('b.html');
    expect(builtAs('c', files)).toBe('c');
    expect(builtAs('card.png', files)).toBe('card.png');
    expect(builtAs('d/', files)).toBeUndefined();
    expect(builtAs('', files)).toBe('index.html');
    expect(builtAs('', output())).toBe('');
  });
});

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;

/** Every string in a JSON value. */
const jsonStrings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(jsonStrings) : [];

/** The site's URLs a written head links, read back from its HTML with parse5 (as the check read every page before). */
function linksInHtml(head: string): string[] {
  const urls: string[] = [];
  const walk = (node: Node) => {
    if (isElement(node)) {
      const rel = (attr(node, 'rel') ?? '').split(/\s+/);
      const name = attr(node, 'property') ?? attr(node, 'name');
      if (node.tagName === 'link' && (rel.includes('canonical') || rel.includes('alternate'))) urls.push(attr(node, 'href')!);
      else if (node.tagName === 'meta' && (name === 'og:url' || name === 'og:image')) urls.push(attr(node, 'content')!);
      else if (node.tagName === 'script' && attr(node, 'type') === 'application/ld+json') {
        urls.push(...jsonStrings(JSON.parse(node.childNodes.map((c) => ('value' in c ? c.value : '')).join(''))));
      }
    }
    if ('childNodes' in node) node.childNodes.forEach(walk);
  };
  walk(parse(`<!doctype html><html><head>${head}</head><body></body></html>`));
  return siteLinks(urls, options.site);
}

describe('the links we write, recorded as written', () => {
  const multilingual = makeOptions({ authors: { ...baseUserOptions.authors, lena: { name: 'Lena Hoffmann', url: `${SITE}/team/lena/`, avatar: '/authors/lena.png' } } });
  const article = makeArticle({ data: { translationKey: 'intro' } }, multilingual);
  const english = makeArticle({ id: 'intro', data: { title: 'Intro', lang: 'en', translationKey: 'intro', tags: ['Strategy'] } }, multilingual);

  it('head: the same site URLs as the written head holds (canonical, og:url, og:image, feed and hreflang links, JSON-LD), each once, no external one', () => {
    const pages = [
      headParts({ article, translations: [english], siteLanguages: ['de', 'en'] }, multilingual),
      headParts({ path: '/tags/strategie/', title: 'Strategie', tag: 'Strategie', siteLanguages: ['de', 'en'] }, multilingual),
      headParts({ path: '/404/', title: 'Nicht gefunden', noindex: true }, multilingual),
    ];
    for (const parts of pages) {
      const recorded = headLinks(parts, multilingual.site);
      expect(new Set(recorded)).toEqual(new Set(linksInHtml(renderHeadParts(parts))));
      expect(new Set(recorded).size).toBe(recorded.length);
      expect(recorded.every((url) => url.startsWith(`${SITE}/`) && !url.includes('#'))).toBe(true);
    }
    const articleLinks = headLinks(pages[0]!, multilingual.site);
    expect(articleLinks).toEqual(expect.arrayContaining([article.url, english.url, `${SITE}/rss.xml`, `${SITE}/team/lena/`]));
    expect(articleLinks.some((url) => url.includes('/og/') || url.includes('card'))).toBe(true);
  });

  it('feeds: the same site URLs as the serialized file holds outside the articles’ text, in each format; a card only when the item carries it', async () => {
    const full = { ...multilingual, feeds: { ...multilingual.feeds, content: 'full' as const } };
    const list = [article, english];
    const body = `<p>Siehe <a href="${SITE}/nicht-gebaut/">hier</a>.</p>`;
    for (const cardLength of [async () => 4321, undefined]) {
      for (const scope of feedScopes(list, full)) {
        for (const format of full.feeds.formats) {
          const document = await feedDocument(scope, format, list, feedItemsFrom(async () => body, full, cardLength), full, new Date('2026-06-01T00:00:00Z'));
          const text = await serializeFeed(document);
          const recorded = feedLinks(document, full.site);
          expect(new Set(recorded), `${document.path}`).toEqual(new Set(siteLinks(linksInFeed(text, format), full.site)));
          expect(text).toContain(`${SITE}/nicht-gebaut/`);
          expect(recorded).not.toContain(`${SITE}/nicht-gebaut/`);
          for (const item of document.items) expect(recorded.includes(item.image.url), item.image.url).toBe(cardLength !== undefined);
        }
      }
    }
  });
});

/** The site's URLs a feed file writes, read back from its text (as the check read every feed before): not those in an article's text. */
function linksInFeed(text: string, format: string): string[] {
  if (format === 'json') {
    const { items = [], ...channel } = JSON.parse(text) as { items?: Record<string, unknown>[] };
    return [...jsonStrings(channel), ...items.flatMap(({ content_html: _h, content_text: _t, summary: _s, ...item }) => jsonStrings(item))];
  }
  const structure = text.replace(/<(content:encoded|content|description|summary)\b[^>]*>[\s\S]*?<\/\1>/g, '');
  return [...structure.matchAll(new RegExp(`${SITE}/[^"'<>&\\s]*`, 'g'))].map((m) => m[0]);
}

describe('brokenLinks of a build (the reader)', () => {
  beforeEach(() => {
    openSession({ logger: { info: () => {}, warn: () => {} }, inProcessOptions: undefined });
    startBuildRecord();
  });

  it('lists the output once and checks what the pages and feeds recorded', async () => {
    const outDir = tempFiles('links', { 'index.html': '', 'a/index.html': '', 'rss.xml': '' });
    recordLinks('/a/', [`${SITE}/`, `${SITE}/a/`, `${SITE}/tags/seo/`]);
    recordLinks('/rss.xml', [`${SITE}/`, `${SITE}/a/`, `${SITE}/b/`]);
    expect(await brokenLinksOfBuild(buildState(outDir))).toEqual([
      { url: `${SITE}/b/`, in: 'rss.xml' },
      { url: `${SITE}/tags/seo/`, in: 'a/index.html' },
    ]);
  });

  it('keeps each page’s list and each distinct URL once however many pages link it', () => {
    recordLinks('/a/', [`${SITE}/rss.xml`, `${SITE}/a/`]);
    recordLinks('/b/', [`${SITE}/rss.xml`, `${SITE}/b/`]);
    const { links: recorded, linkStrings } = buildRecord();
    expect([...recorded]).toEqual([
      ['/a/', [`${SITE}/rss.xml`, `${SITE}/a/`]],
      ['/b/', [`${SITE}/rss.xml`, `${SITE}/b/`]],
    ]);
    expect([...linkStrings.keys()]).toEqual([`${SITE}/rss.xml`, `${SITE}/a/`, `${SITE}/b/`]);
  });
});
