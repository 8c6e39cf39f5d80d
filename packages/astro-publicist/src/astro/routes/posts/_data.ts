/**
 * The posts of every article, as entries computed once per site index, and the outputs made from
 * all of them. In dev an unchanged Article keeps its object between requests (see runtime.ts), so
 * only edited articles are composed again; a build keeps each article's posts file between builds
 * and reads it only when something is made from it (kept-posts.ts).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleIndex } from '../../runtime.ts';
import { siteArticles } from '../../site-articles.ts';
import { isDev, publicistConfig } from '../../config/current.ts';
import { runtimeLog, type PostsOutputKey } from '../../session.ts';
import { KeptPosts, LEGACY_POSTS_FILE, POSTS_FILES_FOLDER, postsEntry, type PostsAggregates, type PostsEntry } from '../../kept-posts.ts';
import { strings } from '../../../core/i18n/index.ts';
import { kitIndexHtml } from '../../../core/posts/kit-page.ts';
import { postsCsvPath } from '../../../core/posts/paths.ts';
import { jsonBody, postsCsv, postsFile, postsIndex, type PostsFile } from '../../../core/posts/posts-file.ts';
import type { Article } from '../../../core/types.ts';

export type { PostsEntry };

const byIndex = new WeakMap<ArticleIndex, PostsEntry[]>();
const aggregatesByIndex = new WeakMap<ArticleIndex, PostsAggregates>();
/** Dev: an unchanged Article keeps its composed file. */
const composedInDev = new WeakMap<Article, PostsFile>();

let kept: KeptPosts | null | undefined;

/** A build's kept posts files, when the code that composes them is known (see content/code-version.ts). */
function keptPosts(): KeptPosts | undefined {
  if (kept === undefined) {
    const { cacheDir, keptValuesVersion, options } = publicistConfig;
    kept = keptValuesVersion && !isDev() ? new KeptPosts(join(cacheDir, POSTS_FILES_FOLDER), keptValuesVersion, options, (message) => runtimeLog('warn', message)) : null;
    try {
      if (kept) rmSync(join(cacheDir, LEGACY_POSTS_FILE), { force: true });
    } catch {
      // Left in place: it only takes room.
    }
  }
  return kept ?? undefined;
}

function entryOf(article: Article): PostsEntry {
  const kept = keptPosts();
  if (kept) return kept.entry(article);
  const { options } = publicistConfig;
  return postsEntry(article, options, () => {
    let file = composedInDev.get(article);
    if (!file) composedInDev.set(article, (file = postsFile(article, options)));
    return file;
  });
}

/** See KeptPosts.outputKey; undefined in dev and where the composing code is not known. */
export const postsOutputKey: PostsOutputKey = (entry, what) => keptPosts()?.outputKey(entry, what);

export async function getPostsEntries(): Promise<PostsEntry[]> {
  const index = await siteArticles();
  let entries = byIndex.get(index);
  if (!entries) {
    byIndex.set(index, (entries = index.articles.map(entryOf)));
    keptPosts()?.prune(entries);
  }
  return entries;
}

/** The index, the CSV and the kit's index page, made from every article's posts file (kept between builds). */
export async function getPostsAggregates(): Promise<PostsAggregates> {
  const index = await siteArticles();
  let aggregates = aggregatesByIndex.get(index);
  if (!aggregates) {
    const entries = await getPostsEntries();
    const make = (): PostsAggregates => {
      const { options } = publicistConfig;
      const files = entries.map((entry) => entry.load());
      return {
        index: jsonBody(postsIndex(files, postsCsvPath(options.base))),
        csv: postsCsv(files, { escapeFormulas: options.posts.csvFormulaEscape }),
        kitIndex: kitIndexHtml(files, options, strings(options.defaultLocale, options.strings)),
      };
    };
    const kept = keptPosts();
    aggregatesByIndex.set(index, (aggregates = kept ? kept.aggregates(entries, make) : make()));
  }
  return aggregates;
}
