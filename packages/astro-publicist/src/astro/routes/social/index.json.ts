/** `/social/index.json`: every article with the path of its posts file and kit page. */
import type { APIRoute } from 'astro';
import { socialCsvPath } from '../../../core/posts/paths.ts';
import { socialIndex } from '../../../core/posts/social-file.ts';
import { publicistConfig } from '../../config/current.ts';
import { getSocialFiles, jsonBody } from './_data.ts';

export const GET: APIRoute = async () =>
  new Response(jsonBody(socialIndex(await getSocialFiles(), socialCsvPath(publicistConfig.options.base))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
