/**
 * Issue 11, "Hardening: hostile input, faults and load", in real builds: hostile frontmatter, a
 * card cache that cannot be written, scheduled articles, a build under CPU load, and the social kit
 * of the example site. Every output is judged with third-party parsers (parse5, fast-xml-parser,
 * csv-parse). The error messages for impossible dates and entry ids that differ only in case, and
 * unit-level tests of the same findings, are in packages/astro-publicist/test/hardening.test.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parse as parseHtml, type DefaultTreeAdapterMap } from 'parse5';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { tempDir } from './support/astro.ts';
import { buildSite, fixtureSite, type FixtureBuild, type FixtureSite } from './support/fixture.ts';
import { listFiles, pageFile } from './support/dist.ts';

const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/u;

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

function elements(root: Node, predicate: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node && predicate(node)) found.push(node);
    const children = 'childNodes' in node ? node.childNodes : [];
    for (const child of children) walk(child as Node);
    if ('content' in node && node.content) walk(node.content as Node);
  };
  walk(root);
  return found;
}
const textOf = (node: Node): string =>
  'value' in node && node.nodeName === '#text' ? (node.value as string) : 'childNodes' in node ? node.childNodes.map((c) => textOf(c as Node)).join('') : '';
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Article files for a fixture build: a code block, hostile text, a punctuation-only tag, one scheduled article. */
const HOSTILE_ARTICLES = {
  'code.mdx': [
      '---',
      'title: "=HYPERLINK(\\"https://evil.example\\",\\"Klick\\")"',
      'description: "Steuer\\x07zeichen und \\uFFFE ein Test mit Code, der in Seite und Feed gleich aussehen muss."',
      'pubDate: 2026-03-01',
      'author: anna',
      'tags: ["!!!", "C++"]',
      'social:',
      '  mastodon: "@anna@social.example liest mit: {link}"',
      '---',
      'Ein Absatz vor dem Code.',
      '',
      '```ts',
      'export function total(items: { price: number }[]): number {',
      '  // Summe aller Preise',
      '  return items.reduce((sum, item) => sum + item.price, 0);',
      '}',
      '```',
      '',
      '```css',
      '.card { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); color: #e4007c; }',
      '```',
      '',
    ].join('\n'),
  'zukunft.mdx': '---\ntitle: Jahresrückblick 2099\ndescription: Ein Rückblick, der erst 2099 erscheinen soll, also geplant ist.\npubDate: 2099-01-01\nauthor: anna\ntags: [Rückblick]\n---\nNoch nicht.\n',
};

describe('a build with hostile input and an unwritable card cache', () => {
  let quiet: FixtureBuild;
  let site: FixtureSite;
  let cacheDir: string;
  let reportFile: string;

  beforeAll(() => {
    reportFile = join(tempDir('hardening-report'), 'report.json');
    site = fixtureSite('basic', { articles: HOSTILE_ARTICLES, options: { report: { file: reportFile } } });
    cacheDir = tempDir('hardening-cache');
    // A file where the card cache's folder should be: unwritable for root too.
    writeFileSync(join(cacheDir, 'publicist-cards'), 'kein Ordner');
    quiet = buildSite(site, { cacheDir });
  });

  const read = (path: string) => readFileSync(join(quiet.outDir, path), 'utf8');

  it('#11.6 an unwritable card cache is one warning; the build succeeds, with every card and every feed enclosure', () => {
    expect(quiet.status, quiet.output).toBe(0);
    const warnings = quiet.output.split('\n').filter((line) => /the card cache at .* cannot be used/.test(line));
    expect(warnings).toHaveLength(1);
    const rss = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(read('rss.xml'));
    const items = [rss.rss.channel.item].flat();
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item: { enclosure?: { length: string } }) => Number(item.enclosure?.length) > 0)).toBe(true);
  });

  it('#11.3 a future-dated article is left out of every output, listed in the report with its date; feeds are not dated 2099', () => {
    expect(quiet.status, quiet.output).toBe(0);
    const files = listFiles(quiet.outDir);
    expect(files.filter((f) => f.includes('zukunft'))).toEqual([]);
    for (const feed of ['rss.xml', 'atom.xml', 'feed.json']) expect(read(feed), feed).not.toMatch(/Jahresrückblick|2099/);
    expect(quiet.output).toMatch(/scheduled: 1 article\(s\) dated after this build[^\n]*\n[^\n]*zukunft\.mdx: 2099-01-01T00:00:00\+01:00/);
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { articles: number; scheduled: { file: string; publishes: string }[] };
    expect(report.articles).toBe(1);
    expect(report.scheduled).toEqual([expect.objectContaining({ file: expect.stringMatching(/zukunft\.mdx$/), publishes: '2099-01-01T00:00:00+01:00' })]);
  });

  it('#11.4 a punctuation-only tag gets a usable slug and its own feed; C++ is c-plus-plus', () => {
    expect(quiet.status, quiet.output).toBe(0);
    const tagFeeds = listFiles(join(quiet.outDir, 'tags'), (p) => p.endsWith('rss.xml'));
    expect(tagFeeds).toContain('c-plus-plus/rss.xml');
    expect(tagFeeds.some((f) => /^tag-[0-9a-z]+\/rss\.xml$/.test(f))).toBe(true);
    const feed = new XMLParser().parse(read(`tags/${tagFeeds.find((f) => f.startsWith('tag-'))}`));
    expect(feed.rss.channel.item.category).toContain('!!!');
  });

  it('#11.1 posts.csv neutralises formula cells; the JSON keeps the exact text', () => {
    expect(quiet.status, quiet.output).toBe(0);
    const rows = parseCsv(read('social/posts.csv'), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(7);
    for (const row of rows) expect(row.text, row.platform).toMatch(/^'[=@]/);
    const json = JSON.parse(read('social/articles/code.json'));
    expect(json.posts.x.text.startsWith('=HYPERLINK(')).toBe(true);
  });

  it('#11.8 no control characters reach the kit page or the share intents', () => {
    expect(quiet.status, quiet.output).toBe(0);
    const document = parseHtml(read(pageFile('/social/articles/code/')));
    const title = elements(document, (e) => e.tagName === 'title').map(textOf)[0]!;
    const h1 = elements(document, (e) => e.tagName === 'h1').map(textOf)[0]!;
    const paragraphs = elements(document, (e) => e.tagName === 'p').map(textOf);
    expect(paragraphs.some((p) => p.includes('Steuerzeichen und ein Test'))).toBe(true);
    for (const text of [title, h1, ...paragraphs]) expect(UNSAFE.test(text), JSON.stringify(text)).toBe(false);
    const intents = elements(document, (e) => e.tagName === 'a' && attr(e, 'data-intent') !== undefined).map((e) => attr(e, 'href')!);
    expect(intents.length).toBeGreaterThanOrEqual(10);
    for (const href of intents) expect(UNSAFE.test(decodeURIComponent(href.replace(/^[^?#]*[?#]/, ''))), href).toBe(false);
  });

  it('#11.7 a build under CPU load (busy threads for its whole duration) is byte-identical to the quiet build', { timeout: 600_000 }, async () => {
    expect(quiet.status, quiet.output).toBe(0);
    // As many busy threads as cores, plus one: every core is contended for the whole build.
    const busy = Array.from({ length: availableParallelism() + 1 }, () => new Worker('for (;;) {}', { eval: true }));
    let loaded: FixtureBuild;
    try {
      loaded = buildSite(site, { cacheDir });
    } finally {
      await Promise.all(busy.map((w) => w.terminate()));
    }
    expect(loaded.status, loaded.output).toBe(0);
    const files = listFiles(quiet.outDir);
    expect(listFiles(loaded.outDir)).toEqual(files);
    const differing = files.filter((file) => hash(join(quiet.outDir, file)) !== hash(join(loaded.outDir, file)));
    expect(differing).toEqual([]);
    // The code is highlighted token by token, in the page and in the feed.
    const page = readFileSync(join(loaded.outDir, pageFile('/articles/code/')), 'utf8');
    expect((page.match(/<span style="color:/g) ?? []).length).toBeGreaterThan(20);
  });
});

describe('#11.15 the social kit page of the example site', () => {
  const site = inject('exampleSite');
  const index = JSON.parse(readFileSync(join(site.outDir, 'social/index.json'), 'utf8')) as { articles: { file: string; kit: string }[] };
  const entry = index.articles[0]!;
  const file = JSON.parse(readFileSync(join(site.outDir, entry.file), 'utf8')) as { posts: Record<string, { platform: string; length: number; limit: number; unit: string; link: string }>; cards: { variant: string; path: string }[] };
  const document = parseHtml(readFileSync(join(site.outDir, pageFile(entry.kit)), 'utf8'));
  const previews = elements(document, (e) => e.tagName === 'article' && attr(e, 'data-platform') !== undefined);

  it('#11.15 speaks the page’s language for units (gewichtete Zeichen, Grapheme, Zeichen)', () => {
    const lengths = Object.fromEntries(previews.map((p) => [attr(p, 'data-platform'), textOf(elements(p, (e) => attr(e, 'data-length') !== undefined)[0]!)]));
    expect(lengths.x).toBe(`${file.posts.x!.length} / 280 gewichtete Zeichen`);
    expect(lengths.bluesky).toBe(`${file.posts.bluesky!.length} / 300 Grapheme`);
    expect(lengths.mastodon).toMatch(/ \/ 500 Zeichen$/);
    for (const text of Object.values(lengths)) expect(text).not.toMatch(/characters|graphemes/);
  });

  it('#11.15 the length meter turns red only over the limit', () => {
    for (const preview of previews) {
      const meter = elements(preview, (e) => e.tagName === 'meter')[0]!;
      const post = file.posts[attr(preview, 'data-platform')!]!;
      // With optimum 0, a value above `high` is the red region; `high` is the limit itself.
      expect(Number(attr(meter, 'high'))).toBe(post.limit);
      expect(Number(attr(meter, 'low'))).toBe(post.limit);
      expect(Number(attr(meter, 'value'))).toBeLessThanOrEqual(Number(attr(meter, 'high')));
    }
  });

  it('#11.15 labels each image tile by where it is for', () => {
    const uses = elements(document, (e) => attr(e, 'data-card-use') !== undefined).map(textOf);
    expect(uses).toHaveLength(file.cards.length);
    expect(uses[0]).toMatch(/^Link-Vorschau: X, Bluesky/);
    expect(uses.some((u) => /^Instagram-Feed \(1:1\)/.test(u))).toBe(true);
    expect(uses.some((u) => /^Instagram-Feed hoch \(4:5\)/.test(u))).toBe(true);
  });

  it('#11.15 shows the Instagram link-in-bio UTM link', () => {
    const instagram = previews.find((p) => attr(p, 'data-platform') === 'instagram')!;
    const link = elements(instagram, (e) => attr(e, 'data-link-in-bio') !== undefined)[0]!;
    expect(attr(link, 'href')).toBe(file.posts.instagram!.link);
    expect(new URL(attr(link, 'href')!).searchParams.get('utm_source')).toBe('instagram');
    expect(textOf(link)).toBe(file.posts.instagram!.link);
  });
});
