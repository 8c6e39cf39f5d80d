/**
 * The posts feature: injects the social outputs (`/social/<slug>.json`, `/social/index.json`,
 * `/social/posts.csv`) and the social kit pages. Each Bluesky link-card thumbnail is checked against
 * Bluesky's 1,000,000-byte limit and its size written by the social route itself
 * (routes/posts/[...slug].json.ts); after the build this feature only reports what the routes recorded.
 */
import { BLUESKY_THUMB_MAX_BYTES } from '../../core/posts/bluesky-record.ts';
import { POSTS_ROUTES } from '../../core/posts/paths.ts';
import { buildRecord } from '../session.ts';
import type { Feature } from './types.ts';

export const postsFeature: Feature = {
  name: 'posts',
  setup({ state, injectPackageRoute }) {
    const { posts } = state.options;
    if (!posts.enabled) return;
    injectPackageRoute(POSTS_ROUTES.index, './posts/index.json.ts');
    injectPackageRoute(POSTS_ROUTES.csv, './posts/posts.csv.ts');
    injectPackageRoute(POSTS_ROUTES.article, './posts/[...slug].json.ts');
    if (posts.kit) {
      injectPackageRoute(POSTS_ROUTES.kitIndex, './posts/index.astro');
      injectPackageRoute(POSTS_ROUTES.kitArticle, './posts/[...slug].astro');
    }
  },
  buildDone({ state, logger }) {
    const { options } = state;
    const record = buildRecord();
    // Nothing was built: no articles, or a server build without prerendering.
    if (!options.posts.enabled || record.postsFiles.size === 0) return;
    const articles = record.postsFiles.size;
    const platforms = new Set(options.posts.platforms).size;
    const tooLarge = [...record.droppedThumbnails.values()].sort((a, b) => a.slug.localeCompare(b.slug));
    if (tooLarge.length) {
      logger.warn(`Bluesky link-card thumbnails must be at most ${BLUESKY_THUMB_MAX_BYTES} bytes; no thumbnail for: ${tooLarge.map((t) => `${t.slug} (${t.bytes} bytes)`).join(', ')}`);
    }
    state.stats.posts = `${articles * platforms} posts for ${articles} articles on ${platforms} platforms${tooLarge.length ? `, ${tooLarge.length} card(s) too large for a Bluesky thumbnail` : ''}`;
  },
};
