/** `/social/posts.csv`: a row per article and platform for a scheduler's bulk upload (RFC 4180, UTF-8). */
import type { APIRoute } from 'astro';
import { postsCsv } from '../../../core/posts/posts-file.ts';
import { publicistConfig } from '../../config/current.ts';
import { getPostsFiles } from './_data.ts';

export const GET: APIRoute = async () =>
  new Response(postsCsv(await getPostsFiles(), { escapeFormulas: publicistConfig.options.posts.csvFormulaEscape }), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
