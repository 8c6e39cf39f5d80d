/**
 * The posts feature (astro/features/posts.ts): which routes it injects for which options, and after
 * the build the Bluesky thumbnail of each posts file checked against the built card on disk.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { postsFeature } from '../src/astro/features/posts.ts';
import { postsFile, postsIndex, type PostsFile } from '../src/core/posts/posts-file.ts';
import { postsCsvPath } from '../src/core/posts/paths.ts';
import { buildState, makeArticle, makeOptions, recordingLogger, tempFiles } from './helpers.ts';

/** The routes the feature injects for these user options: pattern → entry file. */
async function injectedRoutes(posts: Record<string, unknown> | undefined) {
  const options = makeOptions(posts === undefined ? {} : { posts });
  const routes: Record<string, string> = {};
  const { logger } = recordingLogger();
  await postsFeature.setup!({ state: buildState('/unused', { options }), logger, params: {} as never, injectPackageRoute: (pattern, file) => (routes[pattern] = file) });
  return routes;
}

describe('postsFeature.setup', () => {
  it('injects the posts files, the CSV and the kit pages by default', async () => {
    expect(await injectedRoutes(undefined)).toEqual({
      '/social/index.json': './posts/index.json.ts',
      '/social/posts.csv': './posts/posts.csv.ts',
      '/social/[...slug].json': './posts/[...slug].json.ts',
      '/social/': './posts/index.astro',
      '/social/[...slug]/': './posts/[...slug].astro',
    });
  });

  it('leaves the kit pages out with kit: false, and everything with enabled: false', async () => {
    expect(Object.keys(await injectedRoutes({ kit: false }))).toEqual(['/social/index.json', '/social/posts.csv', '/social/[...slug].json']);
    expect(await injectedRoutes({ enabled: false })).toEqual({});
  });
});

describe('postsFeature.buildDone', () => {
  const options = makeOptions();
  const articles = ['klein', 'riesig', 'fehlt'].map((id) => makeArticle({ id, filePath: `src/content/articles/${id}.mdx`, data: { title: id } }, options));
  const files = articles.map((a) => postsFile(a, options));
  const cardFile = (file: PostsFile) => new URL(file.posts.bluesky!.thumbnail!.url).pathname.slice(1);

  /** A build output with the posts files as the routes write them, and cards of the given sizes (no entry: no card). */
  function output(cardBytes: Record<string, number>) {
    const written: Record<string, string | Uint8Array> = { 'social/index.json': JSON.stringify(postsIndex(files, postsCsvPath(options.base))) };
    for (const file of files) {
      written[file.file.slice(1)] = JSON.stringify(file);
      const bytes = cardBytes[file.article.slug.split('/').pop()!];
      if (bytes !== undefined) written[cardFile(file)] = new Uint8Array(bytes);
    }
    return tempFiles('posts-out', written);
  }

  it('records each card’s size in the Bluesky thumbnail, drops a thumbnail over Bluesky’s limit, and warns for both problems', async () => {
    const outDir = output({ klein: 48_213, riesig: 1_000_001 });
    const state = buildState(outDir, { options });
    const { logger, lines } = recordingLogger();
    await postsFeature.buildDone!({ state, logger, params: {} as never });
    const read = (i: number) => JSON.parse(readFileSync(join(outDir, files[i]!.file.slice(1)), 'utf8')) as PostsFile;
    expect(read(0).posts.bluesky!.thumbnail).toEqual({ ...files[0]!.posts.bluesky!.thumbnail, size: 48_213 });
    expect(read(1).posts.bluesky!.thumbnail).toBeUndefined();
    expect(read(1).posts.bluesky!.text).toBe(files[1]!.posts.bluesky!.text);
    expect(read(2)).toEqual(files[2]);
    expect(lines.warn).toEqual([
      'Bluesky link-card thumbnails must be at most 1000000 bytes; no thumbnail for: articles/riesig (1000001 bytes)',
      '1 link card(s) not found in the build output; the Bluesky records carry no thumbnail size',
    ]);
    const platforms = options.posts.platforms.length;
    expect(state.stats.posts).toBe(`${3 * platforms} posts for 3 articles on ${platforms} platforms, 1 card(s) too large for a Bluesky thumbnail`);
  });

  it('does nothing when no posts index was built', async () => {
    const state = buildState(tempFiles('posts-out'), { options });
    const { logger, lines } = recordingLogger();
    await postsFeature.buildDone!({ state, logger, params: {} as never });
    expect(lines.warn).toEqual([]);
    expect(state.stats).toEqual({});
  });
});
