/** `/social/posts.csv`: a row per article and platform for a scheduler's bulk upload (RFC 4180, UTF-8). */
import type { APIRoute } from 'astro';
import { getPostsAggregates } from './_data.ts';

export const GET: APIRoute = async () => new Response((await getPostsAggregates()).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
