/**
 * Which feeds a site has (the site's, one per tag, one per language), where each one lives and
 * which articles go into it. The routes, the head links and the post-build step all read this.
 */
import { PublicistError, describeValue } from '../errors.ts';
import type { Article, ResolvedOptions } from '../types.ts';
import { checkTagSlugs, DEFAULT_TAG_URL, homeUrl, siteTagSlug, tagDir, tagPageUrl, tagPath, type TagRules } from '../urls.ts';
import type { FeedFormat, FeedScope } from '../../options/feeds.ts';
import { feedLabels, languageName } from './labels.ts';

export type { FeedFormat, FeedScope };

/** File name of each format inside a feed's folder. */
export const FEED_FILES: Record<FeedFormat, string> = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' };

/** MIME type of each format (for links and responses). */
export const FEED_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

/** Human name of each format, for link titles. */
export const FEED_FORMAT_NAMES: Record<FeedFormat, string> = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' };

/** The browser view of RSS and Atom feeds, at the site's root. */
export const STYLESHEET_FILE = 'rss.xsl';

/** Route patterns (below Astro's base) of each kind of feed's folder; `[tag]` and `[lang]` are filled from the scope. */
function patternDir(kind: FeedScope['kind'], options: ResolvedOptions): string {
  if (kind === 'tag') return (options.tags?.url ?? DEFAULT_TAG_URL).replace('[slug]', '[tag]');
  return kind === 'language' ? '/[lang]/' : '/';
}

export interface FeedRoute {
  pattern: string;
  kind: FeedScope['kind'];
  format: FeedFormat;
}

/** The routes to inject for the enabled feeds. */
export function feedRoutes(options: ResolvedOptions): FeedRoute[] {
  const { formats, tags, languages } = options.feeds;
  const kinds = (['site', 'tag', 'language'] as const).filter((k) => k === 'site' || (k === 'tag' ? tags : languages));
  return kinds.flatMap((kind) => formats.map((format) => ({ pattern: `${patternDir(kind, options)}${FEED_FILES[format]}`, kind, format })));
}

/** `en` → `en`, `de-AT` → `de-at`: the folder of a language feed. */
export const languageSlug = (lang: string) => lang.toLowerCase();

/** The route params of a scope (for getStaticPaths). */
export function feedParams(scope: FeedScope, options: { tags?: TagRules } = {}): Record<string, string> {
  if (scope.kind === 'tag') return { tag: siteTagSlug(scope.tag!, options) };
  if (scope.kind === 'language') return { lang: languageSlug(scope.lang!) };
  return {};
}

/** Site-relative folder of a feed's files (with base), e.g. `/tags/seo/`. */
export function feedDir(scope: FeedScope, options: Pick<ResolvedOptions, 'base' | 'tags'>): string {
  if (scope.kind === 'tag') return tagDir(scope.tag!, options);
  if (scope.kind === 'language') return `${options.base}${languageSlug(scope.lang!)}/`;
  return options.base;
}

/** Site-relative path of one feed file, e.g. `/tags/seo/rss.xml`. */
export function feedPath(scope: FeedScope, format: FeedFormat, options: Pick<ResolvedOptions, 'base' | 'tags'>): string {
  return `${feedDir(scope, options)}${FEED_FILES[format]}`;
}

export function feedUrl(scope: FeedScope, format: FeedFormat, options: Pick<ResolvedOptions, 'base' | 'site' | 'tags'>): string {
  return new URL(feedPath(scope, format, options).slice(options.base.length), options.site).href;
}

export function stylesheetPath(options: Pick<ResolvedOptions, 'base'>): string {
  return `${options.base}${STYLESHEET_FILE}`;
}

/** The languages the articles are written in, sorted. */
export function siteLanguages(articles: readonly Pick<Article, 'lang'>[]): string[] {
  return [...new Set(articles.map((a) => a.lang))].sort();
}

/** Every feed the site has: the site's, then one per tag, then one per language (if more than one). */
export function feedScopes(articles: readonly Article[], options: ResolvedOptions): FeedScope[] {
  const scopes: FeedScope[] = [{ kind: 'site' }];
  if (options.feeds.tags) {
    // Every tag of a published article gets its feed (even if the filter empties it), so a tag page can always link it.
    checkTagSlugs(articles, options);
    const tags = [...new Set(articles.flatMap((a) => a.tags))].sort((a, b) => a.localeCompare(b, options.defaultLocale));
    for (const tag of tags) scopes.push({ kind: 'tag', tag });
  }
  const languages = siteLanguages(articles);
  if (options.feeds.languages && languages.length > 1) for (const lang of languages) scopes.push({ kind: 'language', lang });
  return scopes;
}

/** The scope a route serves, from its params. */
export function scopeFromParams(kind: FeedScope['kind'], params: Record<string, string | undefined>, scopes: FeedScope[], options: Pick<ResolvedOptions, 'tags'>): FeedScope | undefined {
  return scopes.find((s) => s.kind === kind && Object.entries(feedParams(s, options)).every(([k, v]) => params[k] === v));
}

/** The articles of a feed, newest first, the filter applied and cut to the limit. */
export function feedArticles(scope: FeedScope, articles: readonly Article[], options: ResolvedOptions): Article[] {
  const { filter, limit } = options.feeds;
  const inScope = articles.filter(
    (a) => (scope.kind !== 'tag' || a.tags.includes(scope.tag!)) && (scope.kind !== 'language' || a.lang === scope.lang),
  );
  const kept = inScope.filter((article) => {
    if (!filter) return true;
    const keep: unknown = filter(article);
    if (typeof keep !== 'boolean') {
      throw new PublicistError(`publicist: feeds.filter must return true or false, got ${describeValue(keep)} for ${article.file}`, { field: 'feeds.filter', file: article.file });
    }
    return keep;
  });
  return [...kept]
    .sort((a, b) => b.published.date.getTime() - a.published.date.getTime() || a.slug.localeCompare(b.slug))
    .slice(0, limit);
}

function scopeText(value: string | ((scope: FeedScope) => string) | null, scope: FeedScope, field: string): string | undefined {
  if (value === null) return undefined;
  if (typeof value === 'string') return value;
  const text: unknown = value(scope);
  if (typeof text !== 'string' || !text.trim()) {
    throw new PublicistError(`publicist: ${field} must return a non-empty text, got ${describeValue(text)} for the ${scope.kind} feed${scope.tag ? ` "${scope.tag}"` : scope.lang ? ` "${scope.lang}"` : ''}`, { field });
  }
  return text;
}

/** The language a feed declares: the site's, or the language feed's own. */
export function feedLanguage(scope: FeedScope, options: Pick<ResolvedOptions, 'defaultLocale'>): string {
  return scope.kind === 'language' ? scope.lang! : options.defaultLocale;
}

export function feedTitle(scope: FeedScope, options: ResolvedOptions): string {
  const custom = scopeText(options.feeds.title, scope, 'feeds.title');
  if (custom) return custom;
  if (scope.kind === 'tag') return `${options.name}: ${scope.tag}`;
  if (scope.kind === 'language') return `${options.name} (${languageName(scope.lang!)})`;
  return options.name;
}

export function feedDescription(scope: FeedScope, options: ResolvedOptions): string {
  const custom = scopeText(options.feeds.description, scope, 'feeds.description');
  if (custom) return custom;
  const labels = feedLabels(feedLanguage(scope, options));
  if (scope.kind === 'tag') return labels.tagFeed.replace('%s', scope.tag!);
  if (scope.kind === 'language') return labels.languageFeed.replace('%s', languageName(scope.lang!));
  return options.description || options.name;
}

/** The page a feed belongs to: the tag's page for a tag feed, the site's home otherwise. */
export function feedHomeUrl(scope: FeedScope, options: ResolvedOptions): string {
  return (scope.kind === 'tag' ? tagPageUrl(scope.tag!, options) : undefined) ?? homeUrl(options);
}
