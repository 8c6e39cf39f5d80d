/**
 * The Instagram caption: links in captions are not clickable, so instead of the link it says,
 * in the article's language, that the link is in the profile (the UTM link is still in `link`,
 * for the profile or a link-in-bio page). At most 5 hashtags.
 */
import { paragraphs } from '../compose.ts';
import { INSTAGRAM_MAX_HASHTAGS } from '../rules/instagram.ts';
import { byline, composeVariant, type ComposedVariant, type ComposerContext } from './shared.ts';

export function composeInstagram(ctx: ComposerContext): ComposedVariant {
  const limited = { ...ctx, hashtags: ctx.hashtags.slice(0, INSTAGRAM_MAX_HASHTAGS) };
  return composeVariant(limited, {
    byline: byline(ctx, ctx.article.authors.map((a) => a.name)),
    layout: ({ prose, byline, hashtags }) => paragraphs(prose, [byline, ctx.wording.linkInBio].filter(Boolean).join('\n'), hashtags.join(' ')),
  });
}
