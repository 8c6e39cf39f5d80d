/** `/social/<collection>/<id>.json`: an article's posts, cards and share intents. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { SocialFile } from '../../../core/posts/social-file.ts';
import { getSocialFiles, jsonBody } from './_data.ts';

export const getStaticPaths = (async () =>
  (await getSocialFiles()).map((file) => ({ params: { slug: file.article.slug }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: SocialFile }> = ({ props }) =>
  new Response(jsonBody(props.file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
