/** The post for Threads: prose, byline with Threads handles, link, hashtags; 500 characters, 5 links, one topic tag. */
import { THREADS_MAX_TOPIC_TAGS } from '../rules/threads.ts';
import { composeShortPost, type ComposedVariant, type ComposerContext } from './shared.ts';

export function composeThreads(ctx: ComposerContext): ComposedVariant {
  return composeShortPost({ ...ctx, hashtags: ctx.hashtags.slice(0, THREADS_MAX_TOPIC_TAGS) });
}
