/** Options of the feeds section: which feeds are written, what goes into them. */
import { z } from 'astro/zod';
import { FEED_FORMATS, type FeedFilterFunction, type FeedTextFunction } from '../core/options.ts';
import { fn } from './fields.ts';

const feedText = (what: string) =>
  z.union([z.string({ error: what }).trim().min(1, { error: what }), fn<FeedTextFunction>(what)], { error: what });

export const feedsOptionsSchema = z
  .object({
    /** Which formats to write: RSS 2.0 (`rss.xml`), Atom 1.0 (`atom.xml`), JSON Feed 1.1 (`feed.json`). */
    formats: z
      .array(z.enum(FEED_FORMATS, { error: '"rss", "atom" or "json"' }), { error: 'a list of "rss", "atom", "json"' })
      .refine((list) => new Set(list).size === list.length, { error: 'a list of "rss", "atom", "json" without repeats' })
      .default([...FEED_FORMATS]),
    /** The newest this many articles go into each feed. */
    limit: z.number({ error: 'a number of items' }).int({ error: 'a whole number of items' }).positive({ error: 'a positive number of items' }).default(20),
    /** `full`: the whole rendered article; `summary`: its description only. */
    content: z.enum(['full', 'summary'], { error: '"full" or "summary"' }).default('full'),
    /** Keep an article in the feeds only when this returns true. */
    filter: fn<FeedFilterFunction>('a function from an article to true or false').nullable().default(null),
    /** A text or `(feed) => text`; default: the site's name, with the tag or language added. */
    title: feedText('a feed title or a function (feed) => title').nullable().default(null),
    /** A text or `(feed) => text`; default: the site's description. */
    description: feedText('a feed description or a function (feed) => description').nullable().default(null),
    /** A feed for every tag at `/tags/<tag>/rss.xml` (and atom.xml, feed.json). */
    tags: z.boolean({ error: 'true or false' }).default(true),
    /** A feed per language at `/<lang>/rss.xml`, when the articles are in more than one language. */
    languages: z.boolean({ error: 'true or false' }).default(true),
    /** An XSL stylesheet (`/rss.xsl`) so RSS and Atom feeds read nicely when opened in a browser. */
    stylesheet: z.boolean({ error: 'true or false' }).default(true),
  })
  .strict();
