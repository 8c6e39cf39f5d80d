export { publicist as default, publicist, PublicistError } from './astro/integration.ts';
export { articleSchema, SOCIAL_PLATFORMS, type ArticleFrontmatter, type SocialPlatform } from './schema.ts';
export type { PublicistUserOptions as PublicistOptions } from './options/schema.ts';
export type { Article, ResolvedOptions, ResolvedAuthor } from './core/types.ts';
export type { CardTemplate, CardTemplateHelpers, CardSize } from './core/cards/templates/types.ts';
