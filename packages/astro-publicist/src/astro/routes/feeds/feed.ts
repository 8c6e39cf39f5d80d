/**
 * Every feed file (site, tag and language feeds in RSS, Atom and JSON Feed): this one endpoint is
 * injected once per pattern, and the pattern says which kind and format it serves. Each item's
 * enclosure is its link card, with the byte length the card service gives (cards/request.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedDocument, serializeFeed } from '../../../core/feeds/document.ts';
import type { Article } from '../../../core/types.ts';
import { FEED_TYPES, feedParams, feedRoutes, feedScopes, scopeFromParams, type FeedRoute, type FeedScope } from '../../../core/feeds/definitions.ts';
import type { ArticleIndex } from '../../runtime.ts';
import { siteArticles } from '../../site-articles.ts';
import { publicistConfig } from '../../config/current.ts';
import { linkCardLength } from '../../cards/request.ts';
import { buildRecord, recordLinks } from '../../session.ts';
import { feedLinks } from '../../../core/report/written-links.ts';
import { renderedArticleHtml } from './render.ts';

function routeOf(pattern: string): FeedRoute {
  const route = feedRoutes(publicistConfig.options).find((r) => r.pattern === pattern);
  if (!route) throw new Error(`publicist: no feed is configured at ${pattern}`);
  return route;
}

/** The feeds of one site index, computed once per index (every feed file asks). */
const scopesOf = new WeakMap<ArticleIndex, FeedScope[]>();
function scopes(index: ArticleIndex): FeedScope[] {
  let list = scopesOf.get(index);
  if (!list) scopesOf.set(index, (list = feedScopes(index.articles, publicistConfig.options)));
  return list;
}

export const getStaticPaths = (async ({ routePattern }) => {
  const { kind } = routeOf(routePattern);
  return scopes(await siteArticles())
    .filter((scope) => scope.kind === kind)
    .map((scope) => ({ params: feedParams(scope, publicistConfig.options) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ routePattern, params }) => {
  const state = publicistConfig;
  const { kind, format } = routeOf(routePattern);
  const index = await siteArticles();
  const scope = scopeFromParams(kind, params, scopes(index), state.options);
  if (!scope) return new Response(null, { status: 404 });
  const item = (article: Article) => index.bySlug.get(article.slug)!;
  const document = await feedDocument(
    scope,
    format,
    index.articles,
    (article) => renderedArticleHtml(article, item(article).entry),
    state.options,
    state.now,
    (article) => linkCardLength(item(article)),
  );
  // For the report and its link check: which feed files this build wrote, with how many enclosures, and the site's URLs each links.
  if (state.command === 'build') {
    buildRecord().feeds.set(document.path, document.items.filter((i) => i.image.length !== undefined).length);
    recordLinks(document.path, feedLinks(document, state.options.site));
  }
  return new Response(await serializeFeed(document), { headers: { 'Content-Type': `${FEED_TYPES[format]}; charset=utf-8` } });
};
