/** The post for LinkedIn: prose, reading time and authors' names, read-more line, hashtags. */
import { byline, composeVariant, longLayout, type ComposedVariant, type ComposerContext } from './shared.ts';

export function composeLinkedin(ctx: ComposerContext): ComposedVariant {
  // LinkedIn mentions cannot be written as text; the names credit the authors.
  return composeVariant(ctx, { byline: byline(ctx, ctx.article.authors.map((a) => a.name)), layout: longLayout(ctx) });
}
