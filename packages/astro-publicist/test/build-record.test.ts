/**
 * What the routes hand over as they render, and what the features make of it after the build:
 * the Bluesky thumbnail size (core), the feeds' report line, and the social files and kit pages
 * the posts feature writes from the session's build record, with its report line and warning.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PublicistError } from '../src/core/errors.ts';
import { strings } from '../src/core/i18n/index.ts';
import { kitPageHtml } from '../src/core/posts/kit-page.ts';
import { jsonBody, withThumbnailSize, postsFile, type PostsFile } from '../src/core/posts/posts-file.ts';
import type { PostsEntry } from '../src/astro/kept-posts.ts';
import type { Article } from '../src/core/types.ts';
import { feedsFeature } from '../src/astro/features/feeds.ts';
import { postsFeature } from '../src/astro/features/posts.ts';
import { buildRecord, handOverKitPages, handOverSocialFiles, openSession, startBuildRecord } from '../src/astro/session.ts';
import type { PublicistState } from '../src/astro/state.ts';
import { outputFileCache } from '../src/astro/linked-files.ts';
import { makeArticle, makeOptions } from './helpers.ts';

const options = makeOptions({ posts: { platforms: ['bluesky', 'mastodon', 'x'] } });
const file = postsFile(makeArticle({}, options), options);
/** What the routes hand over: an entry per article, its file on demand. */
const entries = (files: PostsFile[]): PostsEntry[] =>
  files.map((f) => ({ article: { slug: f.article.slug, collection: f.article.collection } as Article, file: f.file, kit: f.kit, load: () => f }));

describe('the Bluesky thumbnail’s size', () => {
  it('is the card’s length up to 1,000,000 bytes; above, the post has no thumbnail; without a length the file is as composed', () => {
    const thumb = file.posts.bluesky!.thumbnail!;
    expect(withThumbnailSize(file, 1_000_000).posts.bluesky!.thumbnail).toEqual({ ...thumb, size: 1_000_000 });
    const dropped = withThumbnailSize(file, 1_000_001);
    expect(dropped.posts.bluesky!.thumbnail).toBeUndefined();
    expect(dropped.posts.bluesky!.record).toEqual(file.posts.bluesky!.record);
    expect(withThumbnailSize(file, undefined)).toBe(file);
    expect(file.posts.bluesky!.thumbnail!.size).toBeUndefined();
  });

  it('keeps the JSON as composed otherwise: same keys in the same order, the size last in the thumbnail', () => {
    const sized = withThumbnailSize(file, 4321);
    expect(Object.keys(sized)).toEqual(Object.keys(file));
    expect(Object.keys(sized.posts)).toEqual(Object.keys(file.posts));
    expect(Object.keys(sized.posts.bluesky!)).toEqual(Object.keys(file.posts.bluesky!));
    expect(Object.keys(sized.posts.bluesky!.thumbnail!)).toEqual(['url', 'mimeType', 'size']);
    expect(JSON.stringify(sized.posts.mastodon)).toBe(JSON.stringify(file.posts.mastodon));
  });
});

describe('after the build, the features read the record', () => {
  const state = (): PublicistState => ({ options, root: '/site', publicDir: '/site/public', cacheDir: '/site/.cache', outDir: '/site/dist', command: 'build', stats: {}, now: new Date('2026-06-01T00:00:00Z') });
  const logger = () => {
    const lines: string[] = [];
    return { lines, logger: { info: (m: string) => lines.push(`info ${m}`), warn: (m: string) => lines.push(`warn ${m}`) } as never };
  };
  beforeEach(() => {
    openSession({ logger: { info: () => {}, warn: () => {} }, inProcessOptions: undefined });
    startBuildRecord();
  });

  it('feeds: the files the routes wrote and the enclosure count', async () => {
    buildRecord().feeds.set('/rss.xml', 3).set('/de/atom.xml', 2).set('/tags/seo/feed.json', 0);
    const s = state();
    await feedsFeature.buildDone!({ state: s, params: {} as never, ...logger() });
    expect(s.stats.feeds).toBe('3 files, 5 items with the share card as enclosure');
  });

  it('posts: writes each social file (thumbnail sized or dropped) and kit page, one line for the report, one warning naming each article whose card is too large for Bluesky', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'publicist-posts-'));
    const files = ['b', 'a', 'c'].map((id) => postsFile(makeArticle({ id, data: { title: `Titel ${id}` } }, options), options));
    const lengths: Record<string, number> = { 'articles/a': 1_000_001, 'articles/b': 4321, 'articles/c': 1_200_000 };
    const record = buildRecord();
    record.postsFiles = { entries: entries(files), linkCardLength: async (slug) => lengths[slug] };
    record.kitPages = { entries: entries(files) };
    const s = { ...state(), outDir };
    const { lines, logger: log } = logger();
    await postsFeature.buildDone!({ state: s, params: {} as never, logger: log });
    expect(s.stats.posts).toBe('9 posts for 3 articles on 3 platforms, 2 card(s) too large for a Bluesky thumbnail');
    expect(lines).toEqual(['warn Bluesky link-card thumbnails must be at most 1000000 bytes; no thumbnail for: articles/a (1000001 bytes), articles/c (1200000 bytes)']);
    for (const file of files) {
      const json = readFileSync(join(outDir, file.file), 'utf8');
      expect(json).toBe(jsonBody(withThumbnailSize(file, lengths[file.article.slug])));
      expect(JSON.parse(json).posts.bluesky.thumbnail?.size).toBe(file.article.slug === 'articles/b' ? 4321 : undefined);
      // makeOptions: directory format, so /social/articles/b/ is social/articles/b/index.html.
      expect(readFileSync(join(outDir, file.kit, 'index.html'), 'utf8')).toBe(kitPageHtml(file, options, strings(options.defaultLocale, options.strings)));
    }
    expect(readdirSync(join(outDir, 'social/articles')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('posts: a second build links the files the first one wrote from the cache; changed ones are written, unused ones pruned', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'publicist-output-cache-'));
    const build = async (titles: string[]) => {
      startBuildRecord();
      const outDir = mkdtempSync(join(tmpdir(), 'publicist-posts-'));
      const files = titles.map((title, i) => postsFile(makeArticle({ id: `a${i}`, data: { title } }, options), options));
      buildRecord().postsFiles = { entries: entries(files), linkCardLength: async () => 4321 };
      buildRecord().kitPages = { entries: entries(files) };
      const s: PublicistState = { ...state(), outDir, cacheDir, outputCache: outputFileCache(cacheDir, (m) => warnings.push(m)) };
      await postsFeature.buildDone!({ state: s, params: {} as never, ...logger() });
      return { outDir, files };
    };
    const warnings: string[] = [];
    const first = await build(['Eins', 'Zwei']);
    const second = await build(['Eins', 'Zwei geändert']);
    const cached = readdirSync(join(cacheDir, 'publicist-output'));
    const inode = (path: string) => statSync(path).ino;
    const cacheInodes = new Set(cached.map((name) => inode(join(cacheDir, 'publicist-output', name))));
    // Unchanged article: the same bytes, and the very file the cache holds.
    for (const path of [second.files[0]!.file, join(second.files[0]!.kit, 'index.html')]) {
      expect(readFileSync(join(second.outDir, path), 'utf8')).toBe(readFileSync(join(first.outDir, path), 'utf8'));
      expect(cacheInodes.has(inode(join(second.outDir, path)))).toBe(true);
    }
    // Edited article: its new bytes; the first build's version of it is gone from the cache.
    expect(JSON.parse(readFileSync(join(second.outDir, second.files[1]!.file), 'utf8')).article.title).toBe('Zwei geändert');
    expect(cached).toHaveLength(4);
    expect(warnings).toEqual([]);
  });

  it('posts: with output keys, a rebuild links the file an earlier build made from the same key without making it; a new key (another thumbnail size) makes it', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'publicist-output-cache-'));
    const build = async (title: string, length: number) => {
      startBuildRecord();
      const outDir = mkdtempSync(join(tmpdir(), 'publicist-posts-'));
      const files = [postsFile(makeArticle({ id: 'a', data: { title } }, options), options)];
      // The key speaks for the article, whatever the file holds: a second build with another title shows which bytes it wrote.
      const outputKey = (_file: unknown, what: string) => createHash('sha256').update(what).digest('hex');
      buildRecord().postsFiles = { entries: entries(files), linkCardLength: async () => length, outputKey };
      buildRecord().kitPages = { entries: entries(files), outputKey };
      const s: PublicistState = { ...state(), outDir, cacheDir, outputCache: outputFileCache(cacheDir, () => {}) };
      await postsFeature.buildDone!({ state: s, params: {} as never, ...logger() });
      const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
      return { kit: read(join(files[0]!.kit, 'index.html')), social: JSON.parse(read(files[0]!.file)) as { article: { title: string } } };
    };
    const first = await build('Eins', 4321);
    expect(first.social.article.title).toBe('Eins');
    const second = await build('Zwei', 4321);
    expect(second.kit).toBe(first.kit);
    expect(second.social.article.title).toBe('Eins');
    const third = await build('Zwei', 4322);
    expect(third.social.article.title).toBe('Zwei');
    expect(third.kit).toBe(first.kit);
  });

  it('posts: a cache entry damaged in the output (another length) is not linked again; the file is written afresh', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'publicist-output-cache-'));
    const build = async () => {
      startBuildRecord();
      const outDir = mkdtempSync(join(tmpdir(), 'publicist-posts-'));
      buildRecord().postsFiles = { entries: entries([file]), linkCardLength: async () => 4321 };
      await postsFeature.buildDone!({ state: { ...state(), outDir, cacheDir, outputCache: outputFileCache(cacheDir, () => {}) }, params: {} as never, ...logger() });
      return join(outDir, file.file);
    };
    const written = await build();
    const expected = readFileSync(written, 'utf8');
    // A tool that rewrites the output in place writes into the cache's file too (one inode).
    writeFileSync(written, '{"minified":true}');
    expect(readFileSync(await build(), 'utf8')).toBe(expected);
  });

  it('posts: a file that cannot be written fails the build, naming it', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'publicist-posts-'));
    // A file where the social folder should be.
    writeFileSync(join(outDir, 'social'), 'not a folder');
    buildRecord().postsFiles = { entries: entries([file]), linkCardLength: async () => undefined };
    const error = await Promise.resolve(postsFeature.buildDone!({ state: { ...state(), outDir }, params: {} as never, ...logger() })).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(PublicistError);
    expect((error as Error).message).toContain(`could not write the social file ${join('social', 'articles', 'beispiel.json')}`);
  });

  it('posts: a static build writes the kit pages and social files as the routes hand them over, before the build is done', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'publicist-posts-'));
    const files = ['a', 'b'].map((id) => postsFile(makeArticle({ id, data: { title: `Titel ${id}` } }, options), options));
    const s = { ...state(), outDir, pagesInOutDir: () => true };
    postsFeature.buildStart!(s);
    handOverKitPages({ entries: entries(files) });
    handOverSocialFiles({ entries: entries(files), linkCardLength: async () => 4321 });
    await Promise.all([buildRecord().kitPagesWritten, buildRecord().socialFilesWritten]);
    for (const file of files) {
      expect(existsSync(join(outDir, file.kit, 'index.html'))).toBe(true);
      expect(JSON.parse(readFileSync(join(outDir, file.file), 'utf8')).posts.bluesky.thumbnail.size).toBe(4321);
    }
    await postsFeature.buildDone!({ state: s, params: {} as never, ...logger() });
    expect(s.stats.posts).toBe('6 posts for 2 articles on 3 platforms');
  });

  it('posts: where the pages may go elsewhere (an adapter, on-demand routes), nothing is written before the build is done', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'publicist-posts-'));
    const s = { ...state(), outDir, pagesInOutDir: () => false };
    postsFeature.buildStart!(s);
    handOverKitPages({ entries: entries([file]) });
    handOverSocialFiles({ entries: entries([file]), linkCardLength: async () => undefined });
    expect(buildRecord().kitPagesWritten).toBeUndefined();
    expect(existsSync(join(outDir, 'social'))).toBe(false);
    await postsFeature.buildDone!({ state: s, params: {} as never, ...logger() });
    expect(existsSync(join(outDir, file.file))).toBe(true);
  });

  it('posts: a write that failed while pages rendered fails the build when it is done, naming the file', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'publicist-posts-'));
    writeFileSync(join(outDir, 'social'), 'not a folder');
    const s = { ...state(), outDir, pagesInOutDir: () => true };
    postsFeature.buildStart!(s);
    handOverSocialFiles({ entries: entries([file]), linkCardLength: async () => undefined });
    const error = await Promise.resolve(postsFeature.buildDone!({ state: s, params: {} as never, ...logger() })).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(PublicistError);
    expect((error as Error).message).toContain(`could not write the social file ${join('social', 'articles', 'beispiel.json')}`);
  });

  it('posts: nothing built, nothing said', async () => {
    const s = state();
    const { lines, logger: log } = logger();
    await postsFeature.buildDone!({ state: s, params: {} as never, logger: log });
    expect(s.stats.posts).toBeUndefined();
    expect(lines).toEqual([]);
  });
});
