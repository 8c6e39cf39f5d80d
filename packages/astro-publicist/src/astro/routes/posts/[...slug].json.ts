/** `/social/<collection>/<id>.json`: an article's posts, cards and share intents. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { PostsFile } from '../../../core/posts/posts-file.ts';
import { getPostsFiles, jsonBody } from './_data.ts';

export const getStaticPaths = (async () =>
  (await getPostsFiles()).map((file) => ({ params: { slug: file.article.slug }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: PostsFile }> = ({ props }) =>
  new Response(jsonBody(props.file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
