/** The posts outputs of every article, computed once per build (in dev, afresh for each request). */
import { getArticles } from '../../runtime.ts';
import { publicistConfig, isDev } from '../../config/current.ts';
import { socialFile, type SocialFile } from '../../../core/posts/social-file.ts';

let cached: Promise<SocialFile[]> | undefined;

async function load(): Promise<SocialFile[]> {
  const { options } = publicistConfig;
  return (await getArticles()).map(({ article }) => socialFile(article, options));
}

export function getSocialFiles(): Promise<SocialFile[]> {
  return isDev() ? load() : (cached ??= load());
}

/** JSON as written to a file: two-space indent, a final newline. */
export function jsonBody(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
