/**
 * The posts feature: injects the social outputs (`/social/<slug>.json`, `/social/index.json`,
 * `/social/posts.csv`) and the social kit pages; after the build it checks each Bluesky link-card
 * thumbnail against Bluesky's 1,000,000-byte limit and records its size in the JSON.
 */
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { BLUESKY_THUMB_MAX_BYTES } from '../../core/posts/bluesky-record.ts';
import { POSTS_ROUTES } from '../../core/posts/paths.ts';
import type { PostsFile } from '../../core/posts/posts-file.ts';
import { outputFile } from '../state.ts';
import type { Feature } from './types.ts';

async function fileSize(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).size;
  } catch {
    return undefined;
  }
}

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
    const { options, outDir } = state;
    if (!options.posts.enabled) return;
    const indexFile = outputFile(state, `${options.base}${POSTS_ROUTES.index.slice(1)}`);
    let index: { articles: { slug: string; file: string }[] };
    const platforms = new Set(options.posts.platforms).size;
    try {
      index = JSON.parse(await readFile(indexFile, 'utf8'));
    } catch {
      return; // nothing was built (no articles, or a server build without prerendering)
    }
    let missing = 0;
    const tooLarge: string[] = [];
    for (const entry of index.articles) {
      const jsonFile = outputFile(state, entry.file);
      const social = JSON.parse(await readFile(jsonFile, 'utf8')) as PostsFile;
      const bluesky = social.posts.bluesky;
      const thumb = bluesky?.thumbnail;
      if (!bluesky || !thumb) continue;
      const size = await fileSize(outputFile(state, new URL(thumb.url).pathname));
      if (size === undefined) {
        missing++;
        continue;
      }
      if (size > BLUESKY_THUMB_MAX_BYTES) {
        // Bluesky refuses the blob; a card without a thumbnail still posts.
        delete bluesky.thumbnail;
        tooLarge.push(`${entry.slug} (${size} bytes)`);
      } else thumb.size = size;
      const temp = `${jsonFile}.${process.pid}.tmp`;
      await writeFile(temp, `${JSON.stringify(social, null, 2)}\n`);
      await rename(temp, jsonFile);
    }
    if (tooLarge.length) {
      logger.warn(`Bluesky link-card thumbnails must be at most ${BLUESKY_THUMB_MAX_BYTES} bytes; no thumbnail for: ${tooLarge.join(', ')}`);
    }
    if (missing) logger.warn(`${missing} link card(s) not found in the build output; the Bluesky records carry no thumbnail size`);
    state.stats.posts = `${index.articles.length * platforms} posts for ${index.articles.length} articles on ${platforms} platforms${tooLarge.length ? `, ${tooLarge.length} card(s) too large for a Bluesky thumbnail` : ''}`;
  },
};
