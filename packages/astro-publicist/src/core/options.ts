/**
 * The options every output reads, as plain core types. `options/` validates what the user wrote
 * and produces these (its zod schemas are checked against them); core never looks at the schemas.
 */
import type { Article, ResolvedAuthor } from './types.ts';
import type { CardTemplate } from './cards/templates/types.ts';
import type { CardVariant } from './cards/card-files.ts';
import type { GraphContext, GraphPiece } from './jsonld/types.ts';
import type { StringOverrides } from './i18n/types.ts';
import type { BuildFormat, TagRules, TrailingSlash } from './urls.ts';
import type { FieldOverrides } from './article/fields.ts';
import type { SocialPlatform, Profiles, ShareTarget } from './platforms/registry.ts';

export const FEED_FORMATS = ['rss', 'atom', 'json'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

/** Which feed a title or description is asked for. */
export interface FeedScope {
  kind: 'site' | 'tag' | 'language';
  /** The tag of a tag feed. */
  tag?: string;
  /** The language of a language feed (BCP 47, as in the articles' `lang`). */
  lang?: string;
}

/** A feed's title or description, one per feed (`feeds.title`, `feeds.description`). */
export type FeedTextFunction = (feed: FeedScope) => string;

/** Receives the default graph pieces and returns the ones to use: add, drop, or wrap them (`head.jsonld.pieces`). */
export type GraphPiecesFunction = (pieces: GraphPiece[], context: GraphContext) => GraphPiece[];

/** The breadcrumb item between Home and an article; `undefined` leaves it out (`head.sectionCrumb`). */
export type SectionCrumbFunction = (article: Article) => { name: string; path: string } | undefined;

/** A tag's slug in its page URL (`tags.slug`). */
export type TagSlugFunction = (tag: string) => string;

/** What a collection's `url` function receives. */
export interface ArticleUrlContext {
  collection: string;
  id: string;
  data: Record<string, unknown>;
}

/** The page path of a collection entry (`collections[].url`). */
export type ArticleUrlFunction = (entry: ArticleUrlContext) => string;

/** Keep an article in the feeds only when this returns true (`feeds.filter`). */
export type FeedFilterFunction = (article: Article) => boolean;

export interface CardTheme {
  background: string;
  text: string;
  muted: string;
  /** Bars, tag chips, the bold template's background; frontmatter `card.accent` overrides it. */
  accent: string;
  /** Text drawn on the accent colour. */
  onAccent: string;
  /** Family for all card text: `Inter` (bundled) or the name of one of `cards.fonts`. */
  fontFamily: string;
}

export type FontWeight = 100 | 200 | 300 | 400 | 500 | 600 | 700 | 800 | 900;

/** A font file the user brings; TTF, OTF, WOFF and WOFF2 work. */
export interface UserFont {
  /** The family name templates use in `fontFamily`. */
  name: string;
  /** Path to the font file, relative to the project root. */
  file: string;
  weight: FontWeight;
  style: 'normal' | 'italic';
}

export interface CardsOptions {
  variants: CardVariant[];
  /** The folder of the card files below the base; resolved by the integration (`og`, or `og-cards` when the site has its own `/og/`). */
  path?: string;
  format: 'png' | 'jpeg' | 'webp';
  quality: number;
  template: string;
  templates: Record<string, CardTemplate>;
  theme: CardTheme;
  fonts: UserFont[];
  logo?: string | false;
  concurrency?: number;
  cache: boolean;
}

export interface HeadOptions {
  titleTemplate: string | null;
  defaultImage: string | null;
  defaultImageAlt: string | null;
  slackLabels: boolean;
  sectionCrumb: SectionCrumbFunction | null;
  jsonld: { pieces: GraphPiecesFunction | null };
}

export interface FeedsOptions {
  formats: FeedFormat[];
  limit: number;
  content: 'full' | 'summary';
  filter: FeedFilterFunction | null;
  title: string | FeedTextFunction | null;
  description: string | FeedTextFunction | null;
  tags: boolean;
  languages: boolean;
  stylesheet: boolean;
}

export interface UtmOptions {
  /** `utm_source` per share target; default the target's id. */
  source: Partial<Record<ShareTarget, string>>;
  /** `utm_medium` of every target but those whose record fixes its own (e-mail: `email`). */
  medium: string;
  /** Template with `{id}`, `{slug}`, `{collection}`, `{lang}`, `{platform}`. */
  campaign: string;
  /** Template like `campaign`; left out when not set. */
  content?: string;
  /** Parameter names. */
  names: { source: string; medium: string; campaign: string; content: string };
}

export interface PostWordingOptions {
  byline?: string;
  readMore?: string;
  linkInBio?: string;
  readingTime?: string;
}

export interface PostsOptions {
  enabled: boolean;
  kit: boolean;
  platforms: SocialPlatform[];
  maxHashtags: number;
  mastodon: { instance?: string; maxCharacters: number };
  utm: false | UtmOptions;
  wording: Record<string, PostWordingOptions>;
  /** Neutralise CSV cells a spreadsheet would run as a formula (a leading `'`). */
  csvFormulaEscape: boolean;
}

export interface ReportOptions {
  strict: boolean;
  file?: string;
}

export interface ResolvedCollection {
  name: string;
  section: string;
  /** The user's `fields` option: which frontmatter field (or function) gives which fact; guessed where not set. */
  fields: FieldOverrides;
  url: ArticleUrlFunction;
}

export interface ResolvedPublisher {
  type: 'Organization' | 'Person';
  name: string;
  url: string;
  /** Absolute logo URL. */
  logo?: string;
  logoPath?: string;
  sameAs: string[];
}

/** The one options object every output reads: the user's options validated, defaulted and resolved against Astro's config. */
export interface ResolvedOptions {
  /** The site's name. */
  name: string;
  /** Absolute site URL including Astro's `base`, always ending in `/`. */
  site: string;
  /** Astro's `base`, starting and ending with `/`. */
  base: string;
  /** Astro's `trailingSlash`; page URLs follow it (see core/urls.ts). */
  trailingSlash: TrailingSlash;
  /** Astro's `build.format`. */
  buildFormat: BuildFormat;
  description: string;
  defaultLocale: string;
  timezone: string;
  authors: Record<string, ResolvedAuthor>;
  collections: ResolvedCollection[];
  /** No `collections` option was given: the runtime may pick the site's dated collections instead of `articles`. */
  collectionsGuessed: boolean;
  profiles: Profiles;
  publisher: ResolvedPublisher;
  wordsPerMinute: number;
  /** The site's tag pages: their URL and slug. */
  tags: TagRules;
  /** Articles dated in the future: left out of production builds until their date, or published at once. */
  scheduled: 'exclude' | 'include';
  cards: CardsOptions;
  head: HeadOptions;
  feeds: FeedsOptions;
  posts: PostsOptions;
  report: ReportOptions;
  /** The user's strings per language tag, over the built-in translations (core/i18n). */
  strings: StringOverrides;
}
