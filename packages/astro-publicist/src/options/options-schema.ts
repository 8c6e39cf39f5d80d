/**
 * The options of `publicist(options)`, validated when Astro loads the config.
 * Each output's section lives in its own module; this one composes them.
 */
import { z } from 'astro/zod';
import { absoluteUrl, fn, nonEmpty, publicPath } from './fields.ts';
import { HANDLE_PLATFORMS, handlePlatform, type HandlePlatform } from '../core/platforms/registry.ts';
import type { ArticleUrlContext, ArticleUrlFunction, TagSlugFunction } from '../core/options.ts';
import { cardsOptionsSchema } from './cards.ts';
import { headOptionsSchema } from './head.ts';
import { feedsOptionsSchema } from './feeds.ts';
import { postsOptionsSchema } from './posts.ts';
import { stringsOptionsSchema } from './strings.ts';
import { FIELD_ROLES, type FieldRole } from '../core/article/fields.ts';
import { DEFAULT_TAG_URL } from '../core/urls.ts';
import { LANGUAGE_TAG } from '../core/article/locale.ts';

/** `profiles.<network>` for every network with handles in the registry, plus `sameAs`. */
const handles = Object.fromEntries(
  HANDLE_PLATFORMS.map((id) => {
    const { expected, valid } = handlePlatform(id).handle;
    return [id, z.string({ error: expected }).refine(valid, { error: expected }).optional()];
  }),
) as Record<HandlePlatform, z.ZodOptional<z.ZodString>>;

export const profilesSchema = z
  .object({
    ...handles,
    sameAs: z.array(absoluteUrl('absolute profile URLs')).default([]),
  })
  .strict();

export const authorSchema = z
  .object({
    name: nonEmpty('the author’s name'),
    url: absoluteUrl().optional(),
    avatar: publicPath().optional(),
    bio: z.string({ error: 'a short biography' }).optional(),
    ...profilesSchema.shape,
  })
  .strict();

export const publisherSchema = z
  .object({
    type: z.enum(['Organization', 'Person'], { error: '"Organization" or "Person"' }).default('Organization'),
    /** Default: the site's name. */
    name: nonEmpty('the publisher’s name').optional(),
    url: absoluteUrl().optional(),
    logo: publicPath().optional(),
    sameAs: z.array(absoluteUrl('absolute profile URLs')).default([]),
  })
  .strict();

const fieldOverride = z.union([nonEmpty('a frontmatter field name'), fn<(entry: { id: string; data: Record<string, unknown> }) => unknown>('a function')], {
  error: 'a frontmatter field name (dots for nested fields, like coverImage.src) or a function of the entry',
});

export const fieldsSchema = z
  .object(Object.fromEntries(FIELD_ROLES.map((role) => [role, fieldOverride.optional()])) as Record<FieldRole, z.ZodOptional<typeof fieldOverride>>)
  .strict();

export type { ArticleUrlContext };

export const collectionSchema = z
  .object({
    name: nonEmpty('a content collection name'),
    /** The page path of an entry; default `/<collection>/<id>/`. */
    url: fn<ArticleUrlFunction>('a function from an entry to its page path').optional(),
    /** Section name shown in breadcrumbs and `article:section`; default: the collection name. */
    section: nonEmpty('a section name').optional(),
    /** Which frontmatter field gives which fact (`{ pubDate: 'publishDate' }` or a function of the entry); default: guessed. */
    fields: fieldsSchema.optional(),
  }, { error: 'a collection name or { name, url?, section?, fields? }' })
  .strict();

/** A name or an object; a name is read as `{ name }`, so an object's own errors keep their path (`collections.0.fields.pubDate`). */
const collectionEntry = z.preprocess((c) => (typeof c === 'string' ? { name: c } : c), collectionSchema) as unknown as z.ZodType<
  z.output<typeof collectionSchema>,
  string | z.input<typeof collectionSchema>
>;

/** `/tags/[slug]/`: a site-relative path with `[slug]` once, ending in `/`. */
const TAG_URL = /^\/(?:[^[\]]+\/)*\[slug\]\/(?:[^[\]]+\/)*$/;

export const tagsSchema = z
  .object({
    /** A tag's slug in its page URL; default: lower-case, ASCII-friendly (`Öffentlichkeitsarbeit` → `oeffentlichkeitsarbeit`). */
    slug: fn<TagSlugFunction>('a function from a tag to its URL slug').optional(),
    /** Where a tag's page is, below the site's base; `[slug]` stands for the slug. Tag feeds sit in the same folder. */
    url: z.string({ error: 'a path like /tags/[slug]/' }).regex(TAG_URL, { error: 'a path like /tags/[slug]/ (starting and ending with /, [slug] once)' }).default(DEFAULT_TAG_URL),
    /** Whether the site has tag pages at `url`; default: detected from src/pages. Without them nothing links a tag page. */
    pages: z.boolean({ error: 'true or false' }).optional(),
  })
  .strict();

export const optionsSchema = z
  .object({
    /** The site's absolute URL; default: Astro's `site`. */
    site: absoluteUrl().optional(),
    /** The site's name; default: the host name of `site`. */
    name: nonEmpty('the site’s name').optional(),
    description: z.string({ error: 'a short description of the site' }).default(''),
    defaultLocale: z.string({ error: 'a language tag like de or en-GB' }).regex(LANGUAGE_TAG, { error: 'a language tag like de or en-GB' }).default('en'),
    /** IANA time zone for dates written without a time (`pubDate: 2026-03-01`). */
    timezone: z
      .string({ error: 'an IANA time zone like Europe/Berlin' })
      .refine((tz) => { try { new Intl.DateTimeFormat('en', { timeZone: tz }); return true; } catch { return false; } }, { error: 'an IANA time zone like Europe/Berlin' })
      .default('UTC'),
    /** Default: an Organization with the site's name. */
    publisher: publisherSchema.default({ type: 'Organization', sameAs: [] }),
    authors: z.record(z.string(), authorSchema, { error: 'an object of author id → author' }).default({}),
    /** The site's own profiles: `twitter:site`, `rel="me"`, `sameAs` of the publisher. */
    profiles: profilesSchema.default({ sameAs: [] }),
    /** The article collections; default: `articles`, else the collections whose entries have a date. */
    collections: z
      .array(collectionEntry, {
        error: 'a list of content collection names',
      })
      .min(1, { error: 'at least one content collection' })
      .optional(),
    /** The site's tag pages: their URL and slug (breadcrumbs, feed categories and tag feeds link there). */
    tags: tagsSchema.default({ url: DEFAULT_TAG_URL }),
    /**
     * Articles dated in the future: `exclude` leaves them out of production builds until their date
     * (scheduled publishing, like drafts); `include` publishes them at once. `astro dev` shows them.
     */
    scheduled: z.enum(['exclude', 'include'], { error: '"exclude" or "include"' }).default('exclude'),
    /** Words per minute for the reading time. */
    wordsPerMinute: z.number({ error: 'a positive number' }).positive({ error: 'a positive number' }).default(200),
    cards: cardsOptionsSchema.default(cardsOptionsSchema.parse({})),
    head: headOptionsSchema.default(headOptionsSchema.parse({})),
    feeds: feedsOptionsSchema.default(feedsOptionsSchema.parse({})),
    posts: postsOptionsSchema.default(postsOptionsSchema.parse({})),
    /** Per language tag (`de`, `en`, `de-AT`…): any string publicist writes, replacing the built-in one. */
    strings: stringsOptionsSchema.default({}),
    report: z
      .object({
        /** Fail the build when the report finds a problem (for CI). */
        strict: z.boolean({ error: 'true or false' }).default(false),
        /** Also write the report as JSON to this path (relative to the project root), for CI. */
        file: z.string({ error: 'a file path relative to the project root' }).optional(),
      })
      .strict()
      .default({ strict: false }),
  })
  .strict();

export type PublicistUserOptions = z.input<typeof optionsSchema>;
export type ParsedOptions = z.output<typeof optionsSchema>;
export type AuthorOptions = z.output<typeof authorSchema>;
export type PublisherOptions = z.output<typeof publisherSchema>;
export type ProfilesOptions = z.output<typeof profilesSchema>;
