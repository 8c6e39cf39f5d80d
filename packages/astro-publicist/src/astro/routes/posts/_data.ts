/**
 * The posts outputs of every article, computed once per site index. In dev an unchanged Article
 * keeps its object between requests (see runtime.ts), so only edited articles are composed again;
 * a build reads unchanged articles' files kept from the last build (kept-posts.ts).
 */
import { join } from 'node:path';
import type { ArticleIndex } from '../../runtime.ts';
import { siteArticles } from '../../site-articles.ts';
import { isDev, publicistConfig } from '../../config/current.ts';
import { runtimeLog, type PostsOutputKey } from '../../session.ts';
import { KeptPosts, POSTS_FILES_FILE } from '../../kept-posts.ts';
import { postsFile, type PostsFile } from '../../../core/posts/posts-file.ts';
import type { Article } from '../../../core/types.ts';

const byIndex = new WeakMap<ArticleIndex, PostsFile[]>();
const byArticle = new WeakMap<Article, PostsFile>();

let kept: KeptPosts | null | undefined;

/** A build's kept posts files, when the code that composes them is known (see content/code-version.ts). */
function keptPosts(): KeptPosts | undefined {
  if (kept === undefined) {
    const { cacheDir, keptValuesVersion, options } = publicistConfig;
    kept = keptValuesVersion && !isDev() ? new KeptPosts(join(cacheDir, POSTS_FILES_FILE), keptValuesVersion, options, (message) => runtimeLog('warn', message)) : null;
  }
  return kept ?? undefined;
}

function fileOf(article: Article): PostsFile {
  let file = byArticle.get(article);
  if (!file) byArticle.set(article, (file = keptPosts()?.fileOf(article) ?? postsFile(article, publicistConfig.options)));
  return file;
}

/** See KeptPosts.outputKey; undefined in dev and where the composing code is not known. */
export const postsOutputKey: PostsOutputKey = (file, what) => keptPosts()?.outputKey(file, what);

export async function getPostsFiles(): Promise<PostsFile[]> {
  const index = await siteArticles();
  let files = byIndex.get(index);
  if (!files) {
    byIndex.set(index, (files = index.articles.map(fileOf)));
    keptPosts()?.save();
  }
  return files;
}
