/** The post for Threads: prose, byline with Threads handles, link, hashtags; 500 characters, 5 links. */
import { byline, composeVariant, shortLayout, type ComposedVariant, type ComposerContext } from './shared.ts';

export function composeThreads(ctx: ComposerContext): ComposedVariant {
  const handles = ctx.article.authors.map((a) => a.profiles.threads && `@${a.profiles.threads}`);
  return composeVariant(ctx, { byline: byline(ctx, handles), layout: shortLayout(ctx.link) });
}
