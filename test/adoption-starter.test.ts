/**
 * The blog starter shape (collection `blog`, `pubDate`/`updatedDate`, `heroImage: image()`, no
 * author, its own BaseHead and rss.xml) adopts publicist with one line: its frontmatter is read
 * as it is, the publisher is the author, and zero-config finds the collection.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, elements, jsonLdNodes, logLines, metaValues, openGraph, replaceIn, type JsonNode } from './support/adoption.ts';
import { buildFixture, type FixtureBuild } from './support/fixture.ts';

const SITE = 'https://starter.example';
const MAPPING = 'blog: pubDate ← pubDate · updatedDate ← updatedDate · cover ← heroImage, alt ← title · author ← site publisher';
const CONFIG_LINE = "publicist({ collections: [{ name: 'blog', url: ({ id }) => `/blog/${id}/` }] })";

describe('the starter theme with the one config line', () => {
  let build: FixtureBuild;
  const page = (path: string) => readFileSync(join(build.outDir, path), 'utf8');
  beforeAll(() => {
    build = buildFixture('theme-starter');
  });

  it('builds and prints the mapping it guessed once', () => {
    expect(build.status, build.output).toBe(0);
    expect(logLines(build.output, MAPPING)).toHaveLength(1);
    expect(build.output).toMatch(/\[publicist:report\] 3 articles/);
  });

  it('leaves the theme its data: the hero image and the updated date are still on its pages', () => {
    const images = elements(page('blog/first-light/index.html'), 'img').map((img) => attr(img, 'src') ?? '');
    expect(images.some((src) => /^\/_astro\/hero-lighthouse\.[\w-]+\.webp$/.test(src))).toBe(true);
    expect(page('blog/reading-list/index.html')).toMatch(/Last updated on <time datetime="2026-07-02T00:00:00.000Z">/);
  });

  it('says on the theme’s own pages what the theme’s frontmatter says: dates, og:type, og:url', async () => {
    const html = page('blog/reading-list/index.html');
    const og = await openGraph(html);
    expect(og.ogType).toBe('article');
    expect(og.ogUrl).toBe(`${SITE}/blog/reading-list/`);
    expect(metaValues(html, 'article:published_time')).toEqual(['2026-06-19T00:00:00+00:00']);
    expect(metaValues(html, 'article:modified_time')).toEqual(['2026-07-02T00:00:00+00:00']);
    // One og:image, a file of the build (the theme's own image for the post, or our card).
    expect(metaValues(html, 'og:image')).toHaveLength(1);
    const image = og.ogImage![0]!;
    expect(existsSync(join(build.outDir, new URL(image.url).pathname)), image.url).toBe(true);
    expect(existsSync(join(build.outDir, 'og/blog/reading-list.png'))).toBe(true);
  });

  it('credits the publisher as the author in exactly one BlogPosting, with the hero image among its images', () => {
    const nodes = jsonLdNodes(page('blog/first-light/index.html'));
    const postings = nodes.filter((n) => n['@type'] === 'BlogPosting');
    expect(postings).toHaveLength(1);
    const posting = postings[0]!;
    const organization = nodes.find((n) => n['@type'] === 'Organization')!;
    expect(organization.name).toBe('starter.example');
    expect(posting.author).toEqual([{ '@id': organization['@id'] }]);
    expect(nodes.filter((n) => n['@type'] === 'Person')).toEqual([]);
    expect(posting.datePublished).toBe('2026-07-08T00:00:00+00:00');
    const images = (posting.image as JsonNode[]).map((i) => i.url).filter(Boolean) as string[];
    const hero = images.find((url) => url.includes('hero-lighthouse'));
    expect(hero).toMatch(/^https:\/\/starter\.example\/_astro\/hero-lighthouse\.[\w-]+\.jpg$/);
    expect(existsSync(join(build.outDir, new URL(hero!).pathname))).toBe(true);
    expect(metaValues(page('blog/first-light/index.html'), 'author')).toEqual(['starter.example']);
  });

  it('writes the dates into its Atom feed', () => {
    const feed = new XMLParser({ ignoreAttributes: false }).parse(page('atom.xml')).feed;
    const entry = (feed.entry as JsonNode[]).find((e) => (e.title as JsonNode)['#text'] === 'A reading list for slow afternoons' || e.title === 'A reading list for slow afternoons')!;
    expect(entry.published).toBe('2026-06-19T00:00:00.000Z');
    expect(entry.updated).toBe('2026-07-02T00:00:00.000Z');
  });
});

describe('the starter theme with a guess overridden by fields', () => {
  it('reads the overridden fact through the function from astro.config, and logs it', () => {
    const build = buildFixture('theme-starter', {
      edit: (root) =>
        replaceIn(
          join(root, 'astro.config.mjs'),
          CONFIG_LINE,
          "publicist({ collections: [{ name: 'blog', url: ({ id }) => `/blog/${id}/`, fields: { coverAlt: ({ data }) => `Hero image of ${data.title}`, description: 'title' } }] })",
        ),
    });
    expect(build.status, build.output).toBe(0);
    expect(logLines(build.output, 'blog: description ← title (fields) · pubDate ← pubDate · updatedDate ← updatedDate · cover ← heroImage, alt ← fields.coverAlt() · author ← site publisher')).toHaveLength(1);
    const nodes = jsonLdNodes(readFileSync(join(build.outDir, 'blog/first-light/index.html'), 'utf8'));
    const posting = nodes.find((n) => n['@type'] === 'BlogPosting')!;
    expect(posting.description).toBe('First light');
    const hero = (posting.image as JsonNode[]).find((i) => typeof i.url === 'string' && (i.url as string).includes('hero-lighthouse'))!;
    expect(hero.caption).toBe('Hero image of First light');
  });
});

describe('the starter theme when publicist() is not told its collection', () => {
  it('uses the collection whose entries have a date, and says so', () => {
    const build = buildFixture('theme-starter', {
      edit: (root) => replaceIn(join(root, 'astro.config.mjs'), CONFIG_LINE, 'publicist()'),
    });
    expect(build.status, build.output).toBe(0);
    expect(logLines(build.output, 'no "articles" collection; using the collection whose entries have a date: blog (3 entries)')).toHaveLength(1);
    expect(build.output).toMatch(/\[publicist:report\] 3 articles/);
    // The default URL rule (/<collection>/<id>/) is where the starter puts its posts.
    const social = JSON.parse(readFileSync(join(build.outDir, 'social/blog/first-light.json'), 'utf8'));
    expect(social.article.url).toBe(`${SITE}/blog/first-light/`);
    expect(existsSync(join(build.outDir, 'blog/first-light/index.html'))).toBe(true);
  });
  // When the guess finds nothing, or a configured collection does not exist: the errors are in
  // packages/astro-publicist/test/collections.test.ts.
});
