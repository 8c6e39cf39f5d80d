/** Options of the head section: `<title>`, meta/link tags and the JSON-LD graph. */
import { z } from 'astro/zod';
import type { GraphPiecesFunction, SectionCrumbFunction } from '../core/options.ts';
import { fn, nonEmpty, publicPath } from './fields.ts';

const titleTemplate = z
  .string({ error: 'a title template containing %s, like "%s · My Site"' })
  .refine((t) => t.includes('%s'), { error: 'a title template containing %s, like "%s · My Site"' });

export const headOptionsSchema = z
  .object({
    /** `%s` is replaced by the page title; default `'%s | <site name>'`. */
    titleTemplate: titleTemplate.nullable().default(null),
    /** og:image of pages that have no article and no `image` prop (a file in public/). */
    defaultImage: publicPath().nullable().default(null),
    defaultImageAlt: nonEmpty('alt text for the default image').nullable().default(null),
    /** Slack's `twitter:label1/data1` (reading time) and `label2/data2` (author) on articles. */
    slackLabels: z.boolean({ error: 'true or false' }).default(true),
    /** The breadcrumb between Home and an article; default: the article's first tag and its tag page. */
    sectionCrumb: fn<SectionCrumbFunction>('a function from an article to { name, path } or undefined').nullable().default(null),
    jsonld: z
      .object({
        /** Add, drop or alter graph pieces: `(pieces, context) => pieces`. */
        pieces: fn<GraphPiecesFunction>('a function (pieces, context) => pieces').nullable().default(null),
      })
      .strict()
      .default({ pieces: null }),
  })
  .strict();
