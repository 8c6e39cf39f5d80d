/** The posts outputs of the built example site, judged with twitter-text, Intl.Segmenter, a CSV parser and the files themselves. */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import twitter from 'twitter-text';
import { parse } from 'csv-parse/sync';
import { htmlPages, listFiles } from './support/dist.ts';

const site = inject('exampleSite');
const read = (path: string) => readFileSync(join(site.outDir, path.replace(/^\//, '')), 'utf8');
const json = (path: string) => JSON.parse(read(path));

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const graphemes = (s: string) => [...segmenter.segment(s)].length;
/** Mastodon's documented rule: graphemes, each http(s) URL 23, `@user@domain` as `@user`. */
const mastodonCount = (s: string) => graphemes(s.replace(/https?:\/\/\S+/g, 'x'.repeat(23)).replace(/@(\w+)@[\w.-]+\w/g, '@$1'));

interface Post { platform: string; text: string; length: number; limit: number; link: string; record?: any; thumbnail?: any }
interface PostsFile { article: { slug: string; url: string; title: string; lang: string; published: string }; file: string; kit: string; cards: { url: string; path: string }[]; posts: Record<string, Post>; intents: Record<string, string> }

const index = json('/social/index.json') as { articles: { slug: string; file: string; kit: string; url: string }[]; csv: string };
const files = index.articles.map((a) => json(a.file) as PostsFile);

describe('social outputs of the example site', () => {
  it('list every built article page, each with its own file', () => {
    const articlePages = htmlPages(site.outDir).filter((p) => /^(artikel|en\/articles)\/[^/]+\/index\.html$/.test(p));
    expect(articlePages.length).toBeGreaterThan(0);
    const listed = index.articles.map((a) => new URL(a.url).pathname.replace(/^\//, '') + 'index.html').sort();
    expect(listed).toEqual(articlePages.sort());
    expect(new Set(index.articles.map((a) => a.file)).size).toBe(index.articles.length);
  });

  it('keep every variant within its limit as the platform counts, with the UTM link in the text', () => {
    for (const file of files) {
      const { posts } = file;
      expect(Object.keys(posts)).toEqual(['x', 'bluesky', 'mastodon', 'threads', 'linkedin', 'facebook', 'instagram']);
      expect(twitter.parseTweet(posts.x!.text).weightedLength, file.article.slug).toBeLessThanOrEqual(280);
      expect(graphemes(posts.bluesky!.text), file.article.slug).toBeLessThanOrEqual(300);
      expect(mastodonCount(posts.mastodon!.text), file.article.slug).toBeLessThanOrEqual(500);
      expect(graphemes(posts.threads!.text), file.article.slug).toBeLessThanOrEqual(500);
      expect(posts.threads!.text.match(/https?:\/\//g)!.length).toBeLessThanOrEqual(5);
      expect(posts.linkedin!.text.length).toBeLessThanOrEqual(3000);
      expect(posts.instagram!.text.length).toBeLessThanOrEqual(2200);
      expect(twitter.extractHashtags(posts.instagram!.text).length).toBeLessThanOrEqual(5);
      for (const [platform, post] of Object.entries(posts)) {
        const link = new URL(post.link);
        expect(link.origin + link.pathname).toBe(file.article.url);
        expect(Object.fromEntries(link.searchParams)).toEqual({ utm_source: platform, utm_medium: 'social', utm_campaign: file.article.slug.split('/').pop() });
        if (platform !== 'instagram') expect(post.text.split(/\s/)).toContain(post.link);
      }
    }
  });

  it('give Bluesky facets whose UTF-8 byte ranges hold exactly the link and the hashtags', () => {
    let hashtags = 0;
    for (const { posts } of files) {
      const record = posts.bluesky!.record;
      expect(record.text).toBe(posts.bluesky!.text);
      const bytes = Buffer.from(record.text, 'utf8');
      const slices = record.facets.map((f: any) => ({ text: bytes.subarray(f.index.byteStart, f.index.byteEnd).toString('utf8'), feature: f.features[0] }));
      const links = slices.filter((s: any) => s.feature.$type === 'app.bsky.richtext.facet#link');
      expect(links.map((s: any) => s.text)).toEqual([posts.bluesky!.link]);
      expect(links[0].feature.uri).toBe(posts.bluesky!.link);
      for (const s of slices.filter((s: any) => s.feature.$type === 'app.bsky.richtext.facet#tag')) {
        expect(s.text).toBe(`#${s.feature.tag}`);
        hashtags++;
      }
      expect(record.langs.length).toBeGreaterThan(0);
      expect(record.embed.external.uri).toBe(posts.bluesky!.link);
    }
    expect(hashtags).toBeGreaterThan(0);
  });

  it('record each built link card’s size for the Bluesky thumbnail, under 1,000,000 bytes', () => {
    for (const file of files) {
      const thumb = file.posts.bluesky!.thumbnail;
      // The example site builds its cards, so every thumbnail has a card on disk.
      const card = join(site.outDir, new URL(file.cards[0]!.url).pathname);
      expect(thumb.url, file.article.slug).toBe(file.cards[0]!.url);
      expect(thumb.size, file.article.slug).toBe(statSync(card).size);
      expect(thumb.size).toBeLessThan(1_000_000);
    }
  });

  it('write posts.csv that parses into exactly the texts of the JSON files', () => {
    const rows = parse(read(index.csv), { columns: true }) as Record<string, string>[];
    const expected = files.flatMap((f) => Object.entries(f.posts).map(([platform, p]) => ({ platform, text: p.text, link: p.link, article: f.article.slug, publish_date: f.article.published })));
    expect(rows.map(({ platform, text, link, article, publish_date }) => ({ platform, text, link, article, publish_date }))).toEqual(expected);
    expect(read(index.csv)).toMatch(/\r\n$/);
  });

  it('keep the social kit and files out of the feeds and sitemaps', () => {
    const feedsAndSitemaps = listFiles(site.outDir, (p) => /\.(xml|json)$/.test(p) && !p.includes('social/'));
    for (const path of feedsAndSitemaps) expect(read(path), path).not.toContain('/social/');
  });
});
