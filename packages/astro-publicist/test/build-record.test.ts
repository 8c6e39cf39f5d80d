/**
 * What the routes hand over as they render, and what the features make of it after the build:
 * the social route's Bluesky thumbnail size (core), the feeds' and posts' report lines and the
 * too-large warning, read from the session's build record (nothing is read back from dist/).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { withThumbnailSize, postsFile } from '../src/core/posts/posts-file.ts';
import { feedsFeature } from '../src/astro/features/feeds.ts';
import { postsFeature } from '../src/astro/features/posts.ts';
import { buildRecord, openSession, startBuildRecord } from '../src/astro/session.ts';
import type { PublicistState } from '../src/astro/state.ts';
import { makeArticle, makeOptions } from './helpers.ts';

const options = makeOptions({ posts: { platforms: ['bluesky', 'mastodon', 'x'] } });
const file = postsFile(makeArticle({}, options), options);

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

  it('posts: one line for the report, and one warning naming each article whose card is too large for Bluesky', async () => {
    const record = buildRecord();
    for (const slug of ['articles/b', 'articles/a', 'articles/c']) record.postsFiles.add(slug);
    record.droppedThumbnails.set('articles/c', { slug: 'articles/c', bytes: 1_200_000 }).set('articles/a', { slug: 'articles/a', bytes: 1_000_001 });
    const s = state();
    const { lines, logger: log } = logger();
    await postsFeature.buildDone!({ state: s, params: {} as never, logger: log });
    expect(s.stats.posts).toBe('9 posts for 3 articles on 3 platforms, 2 card(s) too large for a Bluesky thumbnail');
    expect(lines).toEqual(['warn Bluesky link-card thumbnails must be at most 1000000 bytes; no thumbnail for: articles/a (1000001 bytes), articles/c (1200000 bytes)']);
  });

  it('posts: nothing built, nothing said', async () => {
    const s = state();
    const { lines, logger: log } = logger();
    await postsFeature.buildDone!({ state: s, params: {} as never, logger: log });
    expect(s.stats.posts).toBeUndefined();
    expect(lines).toEqual([]);
  });
});
