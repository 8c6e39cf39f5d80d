/**
 * The social kit's pages for the two routes (`index.astro`, `[...slug].astro`), in one module:
 * each route imports only this, so the module graph `astro dev` walks for them stays small.
 */
import { publicistConfig } from '../../config/current.ts';
import { markOwnHead } from '../../head/page-head.ts';
import { handOverKitPages } from '../../session.ts';
import { kitPageHtml } from '../../../core/posts/kit-page.ts';
import type { PostsFile } from '../../../core/posts/posts-file.ts';
import { strings } from '../../../core/i18n/index.ts';
import { getPostsAggregates, getPostsEntries, postsOutputKey } from './_data.ts';

export type { PostsFile };

/**
 * One path per article in dev. A build renders no page here: the route hands every article's
 * file to the posts feature, which writes the pages (features/posts.ts).
 */
export async function kitPagePaths() {
  const entries = await getPostsEntries();
  if (publicistConfig.command === 'build') {
    handOverKitPages({ entries, outputKey: postsOutputKey });
    return [];
  }
  return entries.map((entry) => ({ params: { slug: entry.article.slug }, props: { file: entry.load() } }));
}

/** A kit page is starting: it writes its whole head itself (the head merge leaves it alone); its options and strings. */
function startKitPage(locals: object) {
  markOwnHead(locals);
  const { options } = publicistConfig;
  return { options, strings: strings(options.defaultLocale, options.strings) };
}

export function kitPage(file: PostsFile, locals: object): string {
  const { options, strings } = startKitPage(locals);
  return kitPageHtml(file, options, strings);
}

export async function kitIndexPage(locals: object): Promise<string> {
  startKitPage(locals);
  return (await getPostsAggregates()).kitIndex;
}
