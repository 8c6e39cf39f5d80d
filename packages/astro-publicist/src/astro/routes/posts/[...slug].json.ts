/**
 * `/social/<collection>/<id>.json`: an article's posts, cards and share intents. A build renders
 * no file here: the route hands every article's file to the posts feature, which writes each once
 * its link card's byte length (the Bluesky thumbnail's size) is known (features/posts.ts). `astro dev`
 * serves each file on request, its thumbnail sized the same way; a card larger than Bluesky takes
 * is left out, and the log says so.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { BLUESKY_THUMB_MAX_BYTES, fitsBlueskyThumb } from '../../../core/posts/bluesky-record.ts';
import { jsonBody, withThumbnailSize, type PostsFile } from '../../../core/posts/posts-file.ts';
import { linkCardLength } from '../../cards/request.ts';
import { publicistConfig } from '../../config/current.ts';
import { siteArticles } from '../../site-articles.ts';
import { handOverSocialFiles, runtimeLogOnce } from '../../session.ts';
import { getPostsEntries, postsOutputKey } from './_data.ts';

export const getStaticPaths = (async () => {
  const entries = await getPostsEntries();
  if (publicistConfig.command === 'build') {
    const index = await siteArticles();
    handOverSocialFiles({
      entries,
      outputKey: postsOutputKey,
      linkCardLength: (slug) => {
        const item = index.bySlug.get(slug);
        return item ? linkCardLength(item) : Promise.resolve(undefined);
      },
    });
    return [];
  }
  return entries.map((entry) => ({ params: { slug: entry.article.slug }, props: { file: entry.load() } }));
}) satisfies GetStaticPaths;

/** The file with its thumbnail sized (or dropped, with a warning). */
async function sized(file: PostsFile): Promise<PostsFile> {
  if (!file.posts.bluesky?.thumbnail) return file;
  const { slug } = file.article;
  const item = (await siteArticles()).bySlug.get(slug);
  const length = item ? await linkCardLength(item) : undefined;
  if (length !== undefined && !fitsBlueskyThumb(length)) {
    runtimeLogOnce('warn', `${slug}: the link card (${length} bytes) is larger than a Bluesky thumbnail may be (${BLUESKY_THUMB_MAX_BYTES} bytes); the Bluesky post has none`);
  }
  return withThumbnailSize(file, length);
}

export const GET: APIRoute<{ file: PostsFile }> = async ({ props }) =>
  new Response(jsonBody(await sized(props.file)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
