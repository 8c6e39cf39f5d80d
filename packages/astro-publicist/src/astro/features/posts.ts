/**
 * The posts feature: injects the social outputs (`/social/<slug>.json`, `/social/index.json`,
 * `/social/posts.csv`) and the social kit pages. The index files and the CSV are Astro's routes;
 * the per-article social files and kit pages are written by this feature (posts-output.ts) from
 * what the routes hand over: as soon as they do, while Astro renders the other pages, when the
 * build's pages go to the output folder known at its start (a static build without an adapter);
 * else after Astro's pages. Either way before the report, whose link check lists the output. The
 * Bluesky thumbnail carries the link card's byte length, and a card larger than Bluesky takes is
 * left out.
 */
import { BLUESKY_THUMB_MAX_BYTES } from '../../core/posts/bluesky-record.ts';
import { POSTS_ROUTES } from '../../core/posts/paths.ts';
import { outputFileCache } from '../linked-files.ts';
import { postsFolders, writeKitPages, writeSocialFiles } from '../posts-output.ts';
import { buildRecord, writePostsOutputOnHandOver } from '../session.ts';
import type { Feature } from './types.ts';

export const postsFeature: Feature = {
  name: 'posts',
  setup({ state, logger, injectPackageRoute }) {
    const { posts } = state.options;
    if (!posts.enabled) return;
    if (state.command === 'build') state.outputCache = outputFileCache(state.cacheDir, (message) => logger.warn(message));
    injectPackageRoute(POSTS_ROUTES.index, './posts/index.json.ts');
    injectPackageRoute(POSTS_ROUTES.csv, './posts/posts.csv.ts');
    injectPackageRoute(POSTS_ROUTES.article, './posts/[...slug].json.ts');
    if (posts.kit) {
      injectPackageRoute(POSTS_ROUTES.kitIndex, './posts/index.astro');
      injectPackageRoute(POSTS_ROUTES.kitArticle, './posts/[...slug].astro');
    }
  },
  buildStart(state) {
    if (!state.options.posts.enabled || !state.pagesInOutDir?.()) return;
    writePostsOutputOnHandOver({ kitPages: (pages) => writeKitPages(state, pages), socialFiles: (record) => writeSocialFiles(state, record) });
  },
  async buildDone({ state, logger }) {
    const { options } = state;
    if (!options.posts.enabled) return;
    const record = buildRecord();
    if (record.kitPages) await (record.kitPagesWritten ?? writeKitPages(state, record.kitPages));
    // Nothing was built: no articles, a server build without prerendering, or the site's own route.
    if (!record.postsFiles || record.postsFiles.entries.length === 0) return;
    const tooLarge = await (record.socialFilesWritten ?? writeSocialFiles(state, record.postsFiles));
    for (const folder of postsFolders(state, record.postsFiles.entries)) state.carried?.settle(folder);
    // What this build did not write again is what no page needs any more.
    state.outputCache?.prune();
    const articles = record.postsFiles.entries.length;
    const platforms = new Set(options.posts.platforms).size;
    if (tooLarge.length) {
      logger.warn(`Bluesky link-card thumbnails must be at most ${BLUESKY_THUMB_MAX_BYTES} bytes; no thumbnail for: ${tooLarge.map((t) => `${t.slug} (${t.bytes} bytes)`).join(', ')}`);
    }
    state.stats.posts = `${articles * platforms} posts for ${articles} articles on ${platforms} platforms${tooLarge.length ? `, ${tooLarge.length} card(s) too large for a Bluesky thumbnail` : ''}`;
  },
};
