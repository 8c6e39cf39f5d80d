/** Options of the cards section: which card files, in which format, drawn by which template. */
import { z } from 'astro/zod';
import type { CardTemplate } from '../core/cards/templates/types.ts';
import { fn, hexColour, nonEmpty, publicPath } from './fields.ts';
import { CARD_VARIANT_NAMES } from '../core/cards/card-files.ts';

const VARIANT_LIST = CARD_VARIANT_NAMES.map((v) => `"${v}"`).join(', ');

const FONT_WEIGHTS = [100, 200, 300, 400, 500, 600, 700, 800, 900] as const;

/** A font file the user brings; TTF, OTF, WOFF and WOFF2 work (checked when the build starts). */
const userFontSchema = z
  .object({
    /** The family name templates use in `fontFamily`. */
    name: nonEmpty('a font family name'),
    /** Path to the font file, relative to the project root. */
    file: nonEmpty('a path to a .ttf, .otf, .woff or .woff2 file, relative to the project root'),
    weight: z.literal(FONT_WEIGHTS, { error: 'a font weight from 100 to 900 in steps of 100' }).default(400),
    style: z.enum(['normal', 'italic'], { error: '"normal" or "italic"' }).default('normal'),
  })
  .strict();

export const cardThemeSchema = z
  .object({
    background: hexColour().default('#fbfaf7'),
    text: hexColour().default('#16161d'),
    muted: hexColour().default('#5b5b6b'),
    /** Bars, tag chips, the bold template's background; frontmatter `card.accent` overrides it. */
    accent: hexColour().default('#e4007c'),
    /** Text drawn on the accent colour. */
    onAccent: hexColour().default('#ffffff'),
    /** Family for all card text: `Inter` (bundled) or the name of one of `cards.fonts`. */
    fontFamily: nonEmpty('a font family name').default('Inter'),
  })
  .strict();

export const cardsOptionsSchema = z
  .object({
    /** Card sizes besides the 1200×630 link card: `square` 1080×1080, `portrait` 1080×1350, `wide` 1200×675 (16:9), `standard` 1200×900 (4:3). */
    variants: z
      .array(z.enum(CARD_VARIANT_NAMES, { error: `one of ${VARIANT_LIST}` }), { error: `a list of ${VARIANT_LIST}` })
      .default(['link']),
    format: z.enum(['png', 'jpeg', 'webp'], { error: '"png", "jpeg" or "webp"' }).default('png'),
    /** The folder of the card files below the base; default `og`, or `og-cards` when the site has its own route at `/og/`. */
    path: z.string({ error: 'a folder name like og' }).regex(/^[\w-]+(?:\/[\w-]+)*$/, { error: 'a folder name like og (letters, digits, - and _, folders joined by /)' }).optional(),
    /** JPEG/WebP quality; PNGs are lossless. */
    quality: z.number({ error: 'a number from 1 to 100' }).int({ error: 'a whole number from 1 to 100' }).min(1, { error: 'a number from 1 to 100' }).max(100, { error: 'a number from 1 to 100' }).default(82),
    /** Template for every card unless frontmatter `card.template` names another: `default`, `cover`, `bold` or one of `templates`. */
    template: nonEmpty('a card template name').default('default'),
    /** Your own templates by name: `(article, size, helpers) => element tree`. */
    templates: z.record(z.string(), fn<CardTemplate>('a function (article, size, helpers) => element tree'), { error: 'an object of template name → function' }).default({}),
    theme: cardThemeSchema.default(cardThemeSchema.parse({})),
    /** Your own font files; the bundled Inter and Noto fonts stay as fallbacks. */
    fonts: z.array(userFontSchema, { error: 'a list of { name, file, weight?, style? }' }).default([]),
    /** Logo on the cards (a file in public/); default: `publisher.logo`; `false` for none. */
    logo: z.union([publicPath(), z.literal(false)], { error: 'a path to an image in public/ or false' }).optional(),
    /** Worker threads that render cards; default: one per CPU core. */
    concurrency: z.number({ error: 'a number of worker threads' }).int({ error: 'a whole number of worker threads' }).positive({ error: 'a positive number of worker threads' }).optional(),
    /** Keep rendered cards in Astro's cacheDir between builds. */
    cache: z.boolean({ error: 'true or false' }).default(true),
  })
  .strict();
