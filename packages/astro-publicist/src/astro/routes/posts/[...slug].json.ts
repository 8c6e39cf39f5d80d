/**
 * `/social/<collection>/<id>.json`: an article's posts, cards and share intents. The Bluesky
 * thumbnail carries the link card's byte length, asked of the card service before the file is
 * written; a card larger than Bluesky takes is left out, and the report says so.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { BLUESKY_THUMB_MAX_BYTES, fitsBlueskyThumb } from '../../../core/posts/bluesky-record.ts';
import { withThumbnailSize, type PostsFile } from '../../../core/posts/posts-file.ts';
import { linkCardLength } from '../../cards/request.ts';
import { publicistConfig } from '../../config/current.ts';
import { siteArticles } from '../../site-articles.ts';
import { buildRecord, runtimeLogOnce } from '../../session.ts';
import { getPostsFiles, jsonBody } from './_data.ts';

export const getStaticPaths = (async () =>
  (await getPostsFiles()).map((file) => ({ params: { slug: file.article.slug }, props: { file } }))) satisfies GetStaticPaths;

/** The file with its thumbnail sized (or dropped), and what the report needs to know about it. */
async function sized(file: PostsFile): Promise<PostsFile> {
  const { slug } = file.article;
  const build = publicistConfig.command === 'build';
  if (build) buildRecord().postsFiles.add(slug);
  if (!file.posts.bluesky?.thumbnail) return file;
  const item = (await siteArticles()).bySlug.get(slug);
  const length = item ? await linkCardLength(item) : undefined;
  if (length !== undefined && !fitsBlueskyThumb(length)) {
    if (build) buildRecord().droppedThumbnails.set(slug, { slug, bytes: length });
    else runtimeLogOnce('warn', `${slug}: the link card (${length} bytes) is larger than a Bluesky thumbnail may be (${BLUESKY_THUMB_MAX_BYTES} bytes); the Bluesky post has none`);
  }
  return withThumbnailSize(file, length);
}

export const GET: APIRoute<{ file: PostsFile }> = async ({ props }) =>
  new Response(jsonBody(await sized(props.file)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
