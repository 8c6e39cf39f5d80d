/** The post for X: prose, byline with X handles, link, hashtags; within 280 weighted characters. */
import { byline, composeVariant, shortLayout, type ComposedVariant, type ComposerContext } from './shared.ts';

export function composeX(ctx: ComposerContext): ComposedVariant {
  const handles = ctx.article.authors.map((a) => a.profiles.x && `@${a.profiles.x}`);
  return composeVariant(ctx, { byline: byline(ctx, handles), layout: shortLayout(ctx.link) });
}
