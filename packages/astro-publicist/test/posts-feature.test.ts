/** The posts feature (astro/features/posts.ts): which routes it injects for which options. */
import { describe, expect, it } from 'vitest';
import { postsFeature } from '../src/astro/features/posts.ts';
import { buildState, makeOptions, recordingLogger } from './helpers.ts';

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

// After the build the feature only reports what the routes recorded: build-record.test.ts.
