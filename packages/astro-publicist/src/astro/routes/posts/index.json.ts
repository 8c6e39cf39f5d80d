/** `/social/index.json`: every article with the path of its posts file and kit page. */
import type { APIRoute } from 'astro';
import { getPostsAggregates } from './_data.ts';

export const GET: APIRoute = async () => new Response((await getPostsAggregates()).index, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
