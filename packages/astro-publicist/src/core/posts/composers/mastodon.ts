/** The post for Mastodon: prose, byline with `@user@server` handles, link, hashtags; within the server's limit. */
import { byline, composeVariant, shortLayout, type ComposedVariant, type ComposerContext } from './shared.ts';

export function composeMastodon(ctx: ComposerContext): ComposedVariant {
  const handles = ctx.article.authors.map((a) => a.profiles.mastodon);
  return composeVariant(ctx, { byline: byline(ctx, handles), layout: shortLayout(ctx.link) });
}
