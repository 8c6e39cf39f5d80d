/**
 * The frontmatter schema for article collections, for the user's `src/content.config.ts`:
 *
 *   schema: ({ image }) => articleSchema({ image }).extend({ myField: z.string() })
 */
import { z } from 'astro/zod';
import { describeValue as describe } from './core/errors.ts';
import { writtenDateProblem } from './core/article/dates.ts';
import { LANGUAGE_TAG } from './core/article/locale.ts';
import { HEX_COLOUR } from './options/fields.ts';
import { SOCIAL_PLATFORMS, type SocialPlatform } from './core/platforms/registry.ts';

export { SOCIAL_PLATFORMS, type SocialPlatform };

const text = (what: string) =>
  z.string({ error: (issue) => `expected ${what}, got ${describe(issue.input)}` }).trim().min(1, { error: `expected ${what}, got an empty string` });


/** A date from YAML (already a Date) or a string or timestamp; the message keeps what was written. */
const date = (field: string) =>
  z.unknown().transform((value, ctx): Date => {
    // `new Date('2026-02-30')` is 2 March: a written date must name a day that exists.
    const wrong = typeof value === 'string' ? writtenDateProblem(value) : undefined;
    if (wrong) {
      ctx.addIssue({ code: 'custom', input: value, message: `expected ${field} as a real calendar date, got "${wrong.written}" (${wrong.problem})` });
      return z.NEVER;
    }
    const parsed = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : undefined;
    if (parsed && !Number.isNaN(parsed.getTime())) return parsed;
    ctx.addIssue({ code: 'custom', input: value, message: `expected ${field} as a date like 2026-03-01 or 2026-03-01T09:30:00+01:00, got ${describe(value)}` });
    return z.NEVER;
  });

const socialOverrides = z
  .object({
    ...Object.fromEntries(SOCIAL_PLATFORMS.map((p) => [p, text(`the ${p} post text`).optional()])) as Record<
      SocialPlatform,
      z.ZodOptional<z.ZodString>
    >,
    hashtags: z.array(text('a hashtag without spaces').regex(/^#?[\p{L}\p{N}_]+$/u, { error: 'expected a hashtag of letters, digits and _ only' })).optional(),
  })
  .strict();

const cardFrontmatter = z
  .object({
    template: text('a card template name').optional(),
    title: text('a shorter title for the share card').optional(),
    accent: z.string().regex(HEX_COLOUR, { error: (i) => `expected a hex colour like #e4007c, got ${describe(i.input)}` }).optional(),
  })
  .strict();

/** Fields an article schema must have; what `image()` returns in Astro's schema context. */
export interface ArticleSchemaContext {
  image: () => z.ZodType;
}

function fields(cover: z.ZodType) {
  return {
    title: text('a title'),
    description: text('a description').optional(),
    pubDate: date('pubDate'),
    updatedDate: z.optional(date('updatedDate')),
    /** Optional: without an author the publisher is credited. */
    author: z
      .union([text('an author id'), z.array(text('an author id')).min(1)], {
        error: (i) => `expected an author id or a list of author ids, got ${describe(i.input)}`,
      })
      .optional(),
    tags: z.array(text('a tag')).default([]),
    cover: cover.optional(),
    coverAlt: text('alt text for the cover image').optional(),
    lang: z.string().regex(LANGUAGE_TAG, { error: (i) => `expected a language tag like de or en-GB, got ${describe(i.input)}` }).optional(),
    draft: z.boolean().default(false),
    noindex: z.boolean().default(false),
    canonical: z.url({ error: (i) => `expected an absolute http(s) URL, got ${describe(i.input)}`, protocol: /^https?$/ }).optional(),
    translationKey: text('a translation key').optional(),
    social: socialOverrides.optional(),
    card: cardFrontmatter.optional(),
  };
}

/**
 * The article frontmatter schema (a plain object schema, so `.extend()` works). Rules that tie
 * two fields together (coverAlt with cover, updatedDate after pubDate) are checked when the entry
 * becomes an `Article`, with the same kind of message. Pass Astro's schema context to type `cover` as an image
 * (`({ image }) => articleSchema({ image })`); without it `cover` is a path or URL string.
 */
export function articleSchema(context?: ArticleSchemaContext) {
  const cover = context ? context.image() : text('a path or URL to the cover image');
  return z.object(fields(cover));
}

export type ArticleFrontmatter = z.output<ReturnType<typeof articleSchema>>;
