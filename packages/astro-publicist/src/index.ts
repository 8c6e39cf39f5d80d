/**
 * The package's main entry: the integration and the types users need to write options and
 * read Articles. The frontmatter schema is `astro-publicist/schema`, the page helpers
 * `astro-publicist/runtime`, the head component `astro-publicist/components/Head.astro`.
 */
export { publicist as default, publicist, PublicistError } from './astro/integration.ts';
export type { PublicistUserOptions as PublicistOptions } from './options/options-schema.ts';
export type { Article, ArticleDate, ArticleHeading, ArticleImage, ResolvedAuthor, Profiles } from './core/types.ts';
export type {
  ResolvedOptions,
  ArticleUrlContext,
  ArticleUrlFunction,
  SectionCrumbFunction,
  TagSlugFunction,
  GraphPiecesFunction,
  FeedScope,
  FeedTextFunction,
  FeedFilterFunction,
  FeedFormat,
  CardTheme,
  UserFont,
} from './core/options.ts';
export type { FieldOverride, FieldOverrides, FieldRole } from './core/article/fields.ts';
export type { GraphPiece, GraphContext } from './core/jsonld/types.ts';
export type { GraphIds } from './core/jsonld/ids.ts';
export type { HeadPage } from './core/meta/head-page.ts';
export type { CardTemplate, CardTemplateHelpers, CardSize } from './core/cards/templates/types.ts';
export type { CardVariant } from './core/cards/card-files.ts';
export type { Strings, PluralString } from './core/i18n/types.ts';
export type { SocialPlatform } from './core/platforms/registry.ts';
