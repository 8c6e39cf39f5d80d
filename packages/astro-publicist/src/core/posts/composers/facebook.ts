/** The post for Facebook: prose, reading time and authors' names, read-more line, hashtags. */
import { byline, composeVariant, longLayout, type ComposedVariant, type ComposerContext } from './shared.ts';

export function composeFacebook(ctx: ComposerContext): ComposedVariant {
  return composeVariant(ctx, { byline: byline(ctx, ctx.article.authors.map((a) => a.name)), layout: longLayout(ctx) });
}
