/**
 * The head merge: which of a theme's head elements give way to ours (core/meta/merge.ts), and the
 * edit of the page's HTML (astro/head/html.ts), judged by parse5 reading the result.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { graphTypes, headParts, mergeHead, pageHints, renderHeadParts, jsonLdTypes, type PageHeadElement } from '../src/core/meta/index.ts';
import { editPage, readPage } from '../src/astro/head/html.ts';
import { makeArticle, makeOptions } from './helpers.ts';

type Element = DefaultTreeAdapterMap['element'];

const THEME_HEAD = `<!doctype html><html lang="en"><head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width">
  <link rel="stylesheet" href="/style.css">
  <title>Theme title</title>
  <meta name="description" content="Theme description">
  <link rel="canonical" href="https://social-kompass.example/artikel/beispiel">
  <meta property="og:type" content="website">
  <meta property="og:title" content="Theme title">
  <meta property="og:image" content="/placeholder.png">
  <meta property="og:image:width" content="960">
  <meta property="twitter:image" content="/placeholder.png">
  <meta property="twitter:title" content="Theme title">
  <meta name="theme-color" content="#fff">
  <link rel="alternate" type="application/rss+xml" href="/rss.xml">
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","name":"Questions"}</script>
</head><body><article>Text</article>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Theme"}</script>
</body></html>`;

const PAGE_URL = 'https://social-kompass.example/artikel/beispiel/';

function headElements(html: string): Element[] {
  const root = parse(html).childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'html')!;
  return root.childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'head')!.childNodes.filter((n): n is Element => 'tagName' in n);
}
const key = (e: Element) => e.attrs.find((a) => a.name === 'name' || a.name === 'property' || a.name === 'rel')?.value ?? e.tagName;

function ours() {
  const options = makeOptions();
  const parts = headParts({ article: makeArticle({}, options), siteLanguages: ['de'] }, options);
  return { parts, graphTypes: jsonLdTypes(JSON.stringify(parts.graph))! };
}

describe('graphTypes', () => {
  it('reads the same @types from our graph as jsonLdTypes reads from its JSON (the merge skips writing and reading it)', () => {
    const { parts, graphTypes: fromJson } = ours();
    expect(fromJson).toEqual(expect.arrayContaining(['BlogPosting', 'BreadcrumbList']));
    expect(graphTypes(parts.graph)).toEqual(fromJson);
    const nested = { '@type': ['WebPage', 'FAQPage'], '@graph': [{ '@type': 'Person' }, [{ '@type': 'Thing' }]] };
    expect(graphTypes(nested)).toEqual(jsonLdTypes(JSON.stringify(nested)));
  });
});

describe('mergeHead', () => {
  const elements = (): PageHeadElement[] => readPage(THEME_HEAD)!.elements;

  it('removes the theme’s tags of names we write, and the image tags that go with og:image', () => {
    const { parts, graphTypes } = ours();
    const list = elements();
    const { remove, replaced } = mergeHead(list, { tags: parts.tags, graphTypes }, PAGE_URL);
    const removed = remove.map((i) => list[i]!);
    const names = removed.map((e) => e.attributes.find(([n]) => n === 'name' || n === 'property' || n === 'rel')?.[1] ?? e.element);
    expect(names).toEqual(['title', 'description', 'canonical', 'og:type', 'og:title', 'og:image', 'og:image:width', 'twitter:image', 'alternate', 'script']);
    expect(removed.at(-1)!.text).toContain('BlogPosting');
    expect(replaced).toEqual(expect.arrayContaining(['title', 'description', 'canonical', 'og:image', 'jsonld']));
  });

  it('keeps what we do not write: charset, viewport, stylesheet, theme-color, twitter:title and a FAQ graph', () => {
    const { parts, graphTypes } = ours();
    const list = elements();
    const { remove } = mergeHead(list, { tags: parts.tags, graphTypes }, PAGE_URL);
    const kept = list.filter((_, i) => !remove.includes(i));
    const keptKeys = kept.map((e) => e.attributes.find(([n]) => ['name', 'property', 'rel', 'charset'].includes(n))?.[1] ?? e.element);
    expect(keptKeys).toEqual(['utf-8', 'viewport', 'stylesheet', 'twitter:title', 'theme-color', 'script']);
    expect(kept.at(-1)!.text).toContain('FAQPage');
  });

  it('with <Head> on the page, keeps ours and removes only the theme’s duplicates', () => {
    const { parts, graphTypes } = ours();
    const html = THEME_HEAD.replace('</head>', `${renderHeadParts(parts)}\n</head>`);
    const page = readPage(html)!;
    const ownJsonLd = page.elements.find((e) => e.element === 'script' && e.inHead && e.text?.includes('@graph'))!.text;
    const { remove } = mergeHead(page.elements, { tags: parts.tags, graphTypes }, PAGE_URL, { ownJsonLd });
    const merged = headElements(editPage(html, page, remove, ''));
    const titles = merged.filter((e) => e.tagName === 'title').map((e) => (e.childNodes[0] as { value: string }).value);
    expect(titles).toEqual([parts.tags.find((t) => t.name === 'title')!.text]);
    expect(merged.filter((e) => key(e) === 'og:image').length).toBe(1);
    const canonical = parts.tags.find((t) => t.name === 'canonical')!.attributes.find(([n]) => n === 'href')![1];
    expect(merged.filter((e) => key(e) === 'canonical').map((e) => e.attrs.find((a) => a.name === 'href')!.value)).toEqual([canonical]);
  });

  it('reads the page around the block <Head> wrote and removes the same duplicates as a full read', () => {
    const { parts, graphTypes } = ours();
    const block = renderHeadParts(parts);
    const html = THEME_HEAD.replace('</head>', `${block}\n</head>`);
    const full = readPage(html)!;
    const ownJsonLd = full.elements.find((e) => e.element === 'script' && e.inHead && e.text?.includes('@graph'))!.text;
    const present = mergeHead(full.elements, { tags: parts.tags, graphTypes }, PAGE_URL, { ownJsonLd });

    const around = readPage(html, block)!;
    expect(around.skipped).toBe(true);
    expect(around.elements.length).toBe(full.elements.length - parts.tags.length - 1);
    for (const e of around.elements) expect(html.slice(e.start, e.end)).toMatch(new RegExp(`^<${e.element}\\b`));
    const skipped = mergeHead(around.elements, { tags: parts.tags, graphTypes }, PAGE_URL);
    expect(editPage(html, around, skipped.remove, '')).toBe(editPage(html, full, present.remove, ''));
    expect(skipped.replaced.sort()).toEqual(present.replaced.sort());
  });

  it('keeps the offsets of the elements right before and right after the skipped block', () => {
    const block = '<meta name="x" content="ours"><title>Ours</title>';
    const html = `<!doctype html><html><head><meta name="description" content="theirs">${block}<link rel="canonical" href="/theirs"></head><body></body></html>`;
    const page = readPage(html, block)!;
    expect(page.skipped).toBe(true);
    expect(page.elements.map((e) => html.slice(e.start, e.end))).toEqual(['<meta name="description" content="theirs">', '<link rel="canonical" href="/theirs">']);
    expect(html.slice(page.headEnd)).toMatch(/^<\/head>/);
    expect(editPage(html, page, [0, 1], '')).toBe(`<!doctype html><html><head>${block}</head><body></body></html>`);
  });

  it('reads every element when the block to skip is not on the page', () => {
    const page = readPage(THEME_HEAD, '<title>Not there</title>')!;
    expect(page.skipped).toBe(false);
    expect(page.elements).toEqual(readPage(THEME_HEAD)!.elements);
  });

  it('leaves a page alone where nothing of ours is written twice', () => {
    const { parts, graphTypes } = ours();
    const html = `<!doctype html><html><head><meta charset="utf-8">${renderHeadParts(parts)}</head><body></body></html>`;
    const page = readPage(html)!;
    const ownJsonLd = page.elements.find((e) => e.element === 'script')!.text;
    expect(mergeHead(page.elements, { tags: parts.tags, graphTypes }, PAGE_URL, { ownJsonLd }).remove).toEqual([]);
  });


  it('drops the theme’s canonical on a noindex page, where we write none', () => {
    const { parts, graphTypes } = ours();
    const list = elements();
    const tags = parts.tags.filter((t) => t.name !== 'canonical');
    const keep = mergeHead(list, { tags, graphTypes }, PAGE_URL).remove.map((i) => list[i]!.attributes.find(([n]) => n === 'rel')?.[1]);
    expect(keep).not.toContain('canonical');
    const drop = mergeHead(list, { tags, graphTypes, drop: ['canonical'] }, PAGE_URL).remove.map((i) => list[i]!.attributes.find(([n]) => n === 'rel')?.[1]);
    expect(drop).toContain('canonical');
  });
});

describe('editPage', () => {
  it('puts ours where the theme’s first replaced tag was and removes the rest, the other bytes untouched', () => {
    const { parts, graphTypes } = ours();
    const page = readPage(THEME_HEAD)!;
    const { remove } = mergeHead(page.elements, { tags: parts.tags, graphTypes }, PAGE_URL);
    const html = editPage(THEME_HEAD, page, remove, renderHeadParts(parts));
    const head = headElements(html);
    expect(head.slice(0, 3).map((e) => e.tagName)).toEqual(['meta', 'meta', 'link']);
    expect(head[3]!.tagName).toBe('title');
    expect(html.startsWith(THEME_HEAD.slice(0, THEME_HEAD.indexOf('<title>')))).toBe(true);
    expect(html.endsWith('<article>Text</article>\n</body></html>')).toBe(true);
    expect(html.match(/application\/ld\+json/g)).toHaveLength(2);
  });

  it('reads nothing from a fragment without a head', () => {
    expect(readPage('<p>partial</p>')).toBeUndefined();
  });
});

describe('pageHints', () => {
  it('reads the theme’s title, description, image and robots', () => {
    expect(pageHints(readPage(THEME_HEAD)!.elements)).toEqual({ title: 'Theme title', description: 'Theme description', image: '/placeholder.png', noindex: false });
  });
});
