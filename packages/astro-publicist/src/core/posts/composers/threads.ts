/** The post for Threads: prose, byline with Threads handles, link, hashtags; 500 characters, 5 links, one topic tag. */
import { THREADS_MAX_TOPIC_TAGS } from '../rules/threads.ts';
import { byline, composeVariant, shortLayout, type ComposedVariant, type ComposerContext } from './shared.ts';

export function composeThreads(ctx: ComposerContext): ComposedVariant {
  const handles = ctx.article.authors.map((a) => a.profiles.threads && `@${a.profiles.threads}`);
  const limited = { ...ctx, hashtags: ctx.hashtags.slice(0, THREADS_MAX_TOPIC_TAGS) };
  return composeVariant(limited, { byline: byline(ctx, handles), layout: shortLayout(ctx.link) });
}
