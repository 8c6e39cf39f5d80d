/**
 * A Markdown-only theme (no @astrojs/mdx in its config) with collection `post` at `/posts/<id>`,
 * `publishDate`, `coverImage: { src, alt }` and lower-cased tags, served below `/journal` with
 * `trailingSlash: 'never'` and `build.format: 'file'`: every URL we write follows those settings
 * and names a page that was built.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, builtFile, elements, jsonLdNodes, logLines, metaValues, openGraph, type JsonNode } from './support/adoption.ts';
import { buildFixture, type FixtureBuild } from './support/fixture.ts';

const ORIGIN = 'https://posts.example';
const BASE = '/journal';
const MAPPING = 'post: pubDate ← publishDate · cover ← coverImage.src, alt ← coverImage.alt · author ← site publisher';

describe('the Markdown-only posts theme below /journal, without trailing slashes, one file per page', () => {
  let build: FixtureBuild;
  const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');
  /** A URL we wrote → the file it is served from; fails for a URL off the site or a page not built. */
  const fileOf = (url: string) => {
    expect(url.startsWith(`${ORIGIN}${BASE}`), url).toBe(true);
    const file = builtFile(build.outDir, new URL(url).pathname.slice(BASE.length));
    expect(file, `${url} is not a built file`).toBeDefined();
    return file!;
  };
  /** Page URLs follow trailingSlash 'never': no slash at the end. */
  const expectPageUrl = (url: string) => {
    expect(new URL(url).pathname, url).not.toMatch(/\/$/);
    expect(fileOf(url)).toMatch(/\.html$/);
  };

  beforeAll(() => {
    build = buildFixture('theme-posts');
  });

  it('builds without MDX and prints the mapping it guessed', () => {
    expect(build.status, build.output).toBe(0);
    expect(readFileSync(join(build.root, 'astro.config.mjs'), 'utf8')).not.toContain('@astrojs/mdx');
    expect(logLines(build.output, MAPPING)).toHaveLength(1);
    expect(build.output).toMatch(/\[publicist:report\] 2 articles/);
  });

  it('writes the article URL as the site serves it, in the head and the JSON-LD', async () => {
    const html = read('posts/hello-journal.html');
    const og = await openGraph(html);
    const url = `${ORIGIN}${BASE}/posts/hello-journal`;
    expect(og.ogUrl).toBe(url);
    const canonical = elements(html, 'link').filter((l) => attr(l, 'rel') === 'canonical').map((l) => attr(l, 'href'));
    expect(canonical).toEqual([url]);
    expectPageUrl(url);
    expect(metaValues(html, 'article:published_time')).toEqual(['2026-04-12T08:00:00+00:00']);

    const nodes = jsonLdNodes(html);
    const postings = nodes.filter((n) => n['@type'] === 'BlogPosting');
    expect(postings).toHaveLength(1);
    expect(postings[0]!.url).toBe(url);
    const webpage = nodes.find((n) => n['@type'] === 'WebPage')!;
    expect(webpage.url).toBe(url);
    const website = nodes.find((n) => n['@type'] === 'WebSite')!;
    expect(website.url).toBe(`${ORIGIN}${BASE}`);
    const crumbs = (nodes.find((n) => n['@type'] === 'BreadcrumbList')!.itemListElement as JsonNode[]).map((c) => c.item as string);
    expect(crumbs).toEqual([`${ORIGIN}${BASE}`, `${ORIGIN}${BASE}/tags/gardening`, url]);
    for (const crumb of crumbs) expectPageUrl(crumb);
    // The cover from { src, alt }, with its alt text.
    const cover = (postings[0]!.image as JsonNode[]).find((i) => typeof i.url === 'string' && (i.url as string).includes('gradient'))!;
    expect(cover.caption).toBe('A gradient from blue to green, like the sky over the balcony');
    fileOf(cover.url as string);
    fileOf(og.ogImage![0]!.url);
  });

  it('reads the tags as the theme’s schema transformed them', () => {
    expect(metaValues(read('posts/watering-schedule.html'), 'article:tag')).toEqual(['gardening', 'routine']);
  });

  it('leaves drafts out', () => {
    expect(builtFile(build.outDir, '/social/post/unfinished.json')).toBeUndefined();
    expect(builtFile(build.outDir, '/posts/unfinished')).toBeUndefined();
  });

  it('links pages the same way in every feed', async () => {
    const rss = await new Parser().parseString(read('rss.xml'));
    expect(rss.link).toBe(`${ORIGIN}${BASE}`);
    expect(rss.items.map((i) => i.link)).toEqual([`${ORIGIN}${BASE}/posts/watering-schedule`, `${ORIGIN}${BASE}/posts/hello-journal`]);
    for (const item of rss.items) expectPageUrl(item.link!);
    // The body went through Astro's Markdown renderer (no MDX renderer loaded).
    expect(rss.items[1]!['content:encoded']).toContain('<h2');

    const atom = new XMLParser({ ignoreAttributes: false }).parse(read('atom.xml')).feed;
    const alternate = (links: JsonNode | JsonNode[]) => ([] as JsonNode[]).concat(links).find((l) => l['@_rel'] === undefined || l['@_rel'] === 'alternate')!['@_href'] as string;
    expect(alternate(atom.link)).toBe(`${ORIGIN}${BASE}`);
    for (const entry of atom.entry as JsonNode[]) expectPageUrl(alternate(entry.link as JsonNode));

    const json = JSON.parse(read('feed.json'));
    expect(json.home_page_url).toBe(`${ORIGIN}${BASE}`);
    for (const item of json.items) expectPageUrl(item.url);

    const tagFeed = await new Parser().parseString(read('tags/gardening/rss.xml'));
    expect(tagFeed.link).toBe(`${ORIGIN}${BASE}/tags/gardening`);
    expectPageUrl(tagFeed.link!);
  });

  it('links the social kit and the posts to built pages', () => {
    const social = JSON.parse(read('social/post/hello-journal.json'));
    expect(social.article.url).toBe(`${ORIGIN}${BASE}/posts/hello-journal`);
    expect(social.kit).toBe(`${BASE}/social/post/hello-journal`);
    expect(builtFile(build.outDir, social.kit.slice(BASE.length))).toMatch(/social\/post\/hello-journal\.html$/);
    expect(social.posts.x.text).toContain(`${ORIGIN}${BASE}/posts/hello-journal`);
    const kit = read('social/post/hello-journal.html');
    const links = elements(kit, 'a').map((a) => attr(a, 'href')!).filter((href) => href.startsWith(`${BASE}/`) || href.startsWith(`${ORIGIN}${BASE}`));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) fileOf(href.startsWith('/') ? `${ORIGIN}${href}` : href);
  });

  it('writes each kit page to the file of its URL, and every link to a kit page resolves', () => {
    const index = JSON.parse(read('social/index.json')) as { articles: { kit: string; file: string }[] };
    expect(index.articles.length).toBeGreaterThan(0);
    for (const { kit } of index.articles) {
      // build.format 'file': /journal/social/post/x is social/post/x.html, not a folder.
      expect(kit).toMatch(new RegExp(`^${BASE}/social/[^.]+[^/]$`));
      expect(builtFile(build.outDir, kit.slice(BASE.length))).toBe(join(build.outDir, `${kit.slice(BASE.length + 1)}.html`));
    }
    // The kit index (Astro's page) links each kit page and JSON; each kit page links back to the index.
    const kitIndex = read('social.html');
    const hrefs = elements(kitIndex, 'a').map((a) => attr(a, 'href')!);
    expect(hrefs).toEqual(expect.arrayContaining(index.articles.flatMap((a) => [a.kit, a.file])));
    for (const href of hrefs) fileOf(`${ORIGIN}${href}`);
    for (const { kit } of index.articles) {
      const back = elements(read(`${kit.slice(BASE.length + 1)}.html`), 'a').map((a) => attr(a, 'href')!);
      expect(back).toContain(`${BASE}/social`);
    }
  });
});
