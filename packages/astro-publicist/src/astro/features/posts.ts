/**
 * The posts feature: injects the social outputs (`/social/<slug>.json`, `/social/index.json`,
 * `/social/posts.csv`) and the social kit pages. The index files and the CSV are Astro's routes;
 * the per-article social files and kit pages are written by this feature after Astro's pages
 * (posts-output.ts), from what the routes handed over, after the cards (the Bluesky thumbnail
 * carries the link card's byte length, and a card larger than Bluesky takes is left out) and
 * before the report, whose link check reads the pages.
 */
import { BLUESKY_THUMB_MAX_BYTES } from '../../core/posts/bluesky-record.ts';
import { POSTS_ROUTES } from '../../core/posts/paths.ts';
import { writeKitPages, writeSocialFiles } from '../posts-output.ts';
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
  async buildDone({ state, logger }) {
    const { options } = state;
    if (!options.posts.enabled) return;
    const record = buildRecord();
    if (record.kitPages) await writeKitPages(state, record.kitPages);
    // Nothing was built: no articles, a server build without prerendering, or the site's own route.
    if (!record.postsFiles || record.postsFiles.files.length === 0) return;
    const tooLarge = await writeSocialFiles(state, record.postsFiles);
    const articles = record.postsFiles.files.length;
    const platforms = new Set(options.posts.platforms).size;
    if (tooLarge.length) {
      logger.warn(`Bluesky link-card thumbnails must be at most ${BLUESKY_THUMB_MAX_BYTES} bytes; no thumbnail for: ${tooLarge.map((t) => `${t.slug} (${t.bytes} bytes)`).join(', ')}`);
    }
    state.stats.posts = `${articles * platforms} posts for ${articles} articles on ${platforms} platforms${tooLarge.length ? `, ${tooLarge.length} card(s) too large for a Bluesky thumbnail` : ''}`;
  },
};
