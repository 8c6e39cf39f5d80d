/** Options of the posts section: which platforms get a post, UTM parameters, wording, the social kit. */
import { z } from 'astro/zod';
import { SOCIAL_PLATFORMS } from '../schema.ts';
import { describeValue } from '../core/errors.ts';
import { SHARE_TARGETS } from '../core/posts/utm.ts';
import { MASTODON_DEFAULT_MAX_CHARACTERS } from '../core/posts/rules/mastodon.ts';

const platform = z.enum(SOCIAL_PLATFORMS, { error: `one of ${SOCIAL_PLATFORMS.join(', ')}` });
const host = z
  .string({ error: 'a server host name like mastodon.social' })
  .regex(/^(?!-)[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i, { error: 'a server host name like mastodon.social (no https://, no path)' });
const value = (what: string) => z.string({ error: what }).trim().min(1, { error: what });
const template = (what: string, placeholder: string) =>
  value(what).refine((s) => s.includes(`{${placeholder}}`), { error: `${what} containing {${placeholder}}` });

const utmSchema = z
  .object({
    /** `utm_source` per share target; default the target's id. */
    source: z.partialRecord(z.enum(SHARE_TARGETS, { error: `one of ${SHARE_TARGETS.join(', ')}` }), value('a utm_source value')).default({}),
    medium: value('a utm_medium value').default('social'),
    /** Placeholders: {id}, {slug}, {collection}, {lang}, {platform}. */
    campaign: value('a utm_campaign value or template like {id}').default('{id}'),
    content: value('a utm_content value or template like {platform}').optional(),
    names: z
      .object({
        source: value('a query parameter name').default('utm_source'),
        medium: value('a query parameter name').default('utm_medium'),
        campaign: value('a query parameter name').default('utm_campaign'),
        content: value('a query parameter name').default('utm_content'),
      })
      .strict()
      .prefault({}),
  })
  .strict();

/** For an object that fails, say which UTM field is wrong rather than only "false or an object". */
function utmError(issue: { code?: string; input?: unknown; errors?: readonly (readonly { path: PropertyKey[]; message: string; input?: unknown }[])[] }): string {
  const inner = issue.input !== null && typeof issue.input === 'object' ? issue.errors?.[1]?.[0] : undefined;
  if (!inner) return 'false or { source, medium, campaign, content, names }';
  return `false or UTM settings whose ${inner.path.map(String).join('.')} is ${inner.message} (got ${describeValue(inner.input)})`;
}

const wordingSchema = z
  .object({
    byline: template('a byline', 'author').optional(),
    readMore: template('a read-more line', 'link').optional(),
    linkInBio: value('a sentence pointing to the link in the profile').optional(),
    readingTime: template('a reading-time phrase', 'minutes').optional(),
  })
  .strict();

export const postsOptionsSchema = z
  .object({
    /** Write `/social/*.json`, `/social/posts.csv` and the kit pages. */
    enabled: z.boolean({ error: 'true or false' }).default(true),
    /** The social kit pages `/social/` and `/social/<collection>/<id>/`. */
    kit: z.boolean({ error: 'true or false' }).default(true),
    platforms: z.array(platform, { error: `a list of platforms (${SOCIAL_PLATFORMS.join(', ')})` }).default([...SOCIAL_PLATFORMS]),
    /** Hashtags per post at most (Instagram allows 5 whatever this says). */
    maxHashtags: z.number({ error: 'a whole number from 0 to 30' }).int({ error: 'a whole number from 0 to 30' }).min(0, { error: 'a whole number from 0 to 30' }).max(30, { error: 'a whole number from 0 to 30' }).default(3),
    mastodon: z
      .object({
        /** Your server: its limit and its share page; without it, posts use 500 and the joinmastodon share hub. */
        instance: host.optional(),
        maxCharacters: z.number({ error: 'a whole number of characters' }).int({ error: 'a whole number of characters' }).min(100, { error: 'at least 100 characters' }).default(MASTODON_DEFAULT_MAX_CHARACTERS),
      })
      .strict()
      .prefault({}),
    /** UTM parameters on every shared link; `false` switches them off. */
    utm: z.union([z.literal(false), utmSchema], { error: utmError }).prefault({}),
    /**
     * Neutralise `/social/posts.csv` cells that start with = + - @ TAB or CR (a leading `'`), so a
     * spreadsheet shows them as text instead of running them (OWASP "CSV injection"). `false`
     * writes the exact texts, for a scheduler import that needs them; the JSON files always do.
     */
    csvFormulaEscape: z.boolean({ error: 'true or false' }).default(true),
    /** Per language tag (`de`, `en`, `de-AT`…): words that replace the built-in ones. */
    wording: z.record(z.string(), wordingSchema, { error: 'an object of language tag → wording' }).default({}),
  })
  .strict();
export type PostsOptions = z.output<typeof postsOptionsSchema>;
