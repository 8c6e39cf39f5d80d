/**
 * The posts outputs of every article, computed once per site index. In dev an unchanged Article
 * keeps its object between requests (see runtime.ts), so only edited articles are composed again.
 */
import type { ArticleIndex } from '../../runtime.ts';
import { siteArticles } from '../../site-articles.ts';
import { publicistConfig } from '../../config/current.ts';
import { postsFile, type PostsFile } from '../../../core/posts/posts-file.ts';
import type { Article } from '../../../core/types.ts';

const byIndex = new WeakMap<ArticleIndex, PostsFile[]>();
const byArticle = new WeakMap<Article, PostsFile>();

function fileOf(article: Article): PostsFile {
  let file = byArticle.get(article);
  if (!file) byArticle.set(article, (file = postsFile(article, publicistConfig.options)));
  return file;
}

export async function getPostsFiles(): Promise<PostsFile[]> {
  const index = await siteArticles();
  let files = byIndex.get(index);
  if (!files) byIndex.set(index, (files = index.articles.map(fileOf)));
  return files;
}

/** JSON as written to a file: two-space indent, a final newline. */
export function jsonBody(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
