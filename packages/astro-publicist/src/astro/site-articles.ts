/**
 * The article index as our own outputs load it (the head merge, the card, feed and social routes).
 * In a build this is where the build's articles, published and scheduled, are handed to the report
 * (session.ts `reportArticles`): explicitly, by our code, so that getArticles() and the other
 * public helpers of runtime.ts only return data. Every build renders at least the card route
 * and, for each page, the head merge, so the report always gets them.
 */
import { publicistConfig } from './config/current.ts';
import { getArticleIndex, type ArticleIndex } from './runtime.ts';
import { reportArticles } from './session.ts';

export async function siteArticles(): Promise<ArticleIndex> {
  const index = await getArticleIndex();
  if (publicistConfig.command === 'build') reportArticles(index);
  return index;
}
