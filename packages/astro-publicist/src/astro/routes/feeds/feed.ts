/**
 * Every feed file (site, tag and language feeds in RSS, Atom and JSON Feed): this one endpoint is
 * injected once per pattern, and the pattern says which kind and format it serves.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedDocument, serializeFeed } from '../../../core/feeds/document.ts';
import { FEED_TYPES, feedParams, feedRoutes, feedScopes, scopeFromParams, type FeedRoute } from '../../../core/feeds/definitions.ts';
import { getArticles } from '../../runtime.ts';
import { publicistConfig } from '../../config/current.ts';
import { recordFeedDocument } from '../../features/feeds.ts';
import { renderedArticleHtml } from './render.ts';

function routeOf(pattern: string): FeedRoute {
  const route = feedRoutes(publicistConfig.options).find((r) => r.pattern === pattern);
  if (!route) throw new Error(`publicist: no feed is configured at ${pattern}`);
  return route;
}

export const getStaticPaths = (async ({ routePattern }) => {
  const { kind } = routeOf(routePattern);
  const articles = (await getArticles()).map((a) => a.article);
  return feedScopes(articles, publicistConfig.options)
    .filter((scope) => scope.kind === kind)
    .map((scope) => ({ params: feedParams(scope, publicistConfig.options) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ routePattern, params }) => {
  const state = publicistConfig;
  const { kind, format } = routeOf(routePattern);
  const entries = await getArticles();
  const articles = entries.map((a) => a.article);
  const scope = scopeFromParams(kind, params, feedScopes(articles, state.options), state.options);
  if (!scope) return new Response(null, { status: 404 });
  const entryOf = new Map(entries.map(({ article, entry }) => [article.slug, entry]));
  const document = await feedDocument(scope, format, articles, (article) => renderedArticleHtml(article, entryOf.get(article.slug)!), state.options, state.now);
  recordFeedDocument(state, document);
  return new Response(await serializeFeed(document), { headers: { 'Content-Type': `${FEED_TYPES[format]}; charset=utf-8` } });
};
