/** `/social/index.json`: every article with the path of its posts file and kit page. */
import type { APIRoute } from 'astro';
import { postsCsvPath } from '../../../core/posts/paths.ts';
import { jsonBody, postsIndex } from '../../../core/posts/posts-file.ts';
import { publicistConfig } from '../../config/current.ts';
import { getPostsFiles } from './_data.ts';

export const GET: APIRoute = async () =>
  new Response(jsonBody(postsIndex(await getPostsFiles(), postsCsvPath(publicistConfig.options.base))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
