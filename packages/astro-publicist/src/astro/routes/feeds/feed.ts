/**
 * Every feed file (site, tag and language feeds in RSS, Atom and JSON Feed): this one endpoint is
 * injected once per pattern, and the pattern says which kind and format it serves. Each item's
 * enclosure is its link card, with the byte length the card service gives (cards/request.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedDocument, feedItemsFrom, serializeFeed, type FeedItemOf } from '../../../core/feeds/document.ts';
import type { FeedItem } from '../../../core/feeds/item.ts';
import type { Article } from '../../../core/types.ts';
import { FEED_TYPES, feedParams, feedRoutes, feedScopes, scopeFromParams, type FeedRoute, type FeedScope } from '../../../core/feeds/definitions.ts';
import type { ArticleIndex } from '../../runtime.ts';
import { siteArticles } from '../../site-articles.ts';
import { isDev, publicistConfig } from '../../config/current.ts';
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

/**
 * Each article's feed item, made once per build for every feed it is in (site, language and tag
 * feeds, in three formats): its body is rendered and cleaned once. In dev each request makes its
 * own (an MDX component may have changed while the entries did not).
 */
const itemsOf = new WeakMap<ArticleIndex, FeedItemOf>();
function feedItems(index: ArticleIndex): FeedItemOf {
  let itemOf = itemsOf.get(index);
  if (!itemOf) {
    const item = (article: Article) => index.bySlug.get(article.slug)!;
    const make = feedItemsFrom((article) => renderedArticleHtml(article, item(article).entry), publicistConfig.options, (article) => linkCardLength(item(article)));
    if (isDev()) return make;
    const made = new Map<string, Promise<FeedItem>>();
    itemsOf.set(index, (itemOf = (article) => {
      let feedItem = made.get(article.slug);
      if (!feedItem) made.set(article.slug, (feedItem = make(article)));
      return feedItem;
    }));
  }
  return itemOf;
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
  const document = await feedDocument(scope, format, index.articles, feedItems(index), state.options, state.now);
  // For the report and its link check: which feed files this build wrote, with how many enclosures, and the site's URLs each links.
  if (state.command === 'build') {
    buildRecord().feeds.set(document.path, document.items.filter((i) => i.image.length !== undefined).length);
    recordLinks(document.path, feedLinks(document, state.options.site));
  }
  return new Response(await serializeFeed(document), { headers: { 'Content-Type': `${FEED_TYPES[format]}; charset=utf-8` } });
};
