/**
 * The cover image's file must lie inside the project, or beside the article in its own folder (a
 * collection may live outside the project root): a card never reads a file from anywhere else.
 */
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { PublicistError } from '../core/errors.ts';
import type { Article } from '../core/types.ts';

const within = (dir: string, file: string) => {
  const inside = relative(dir, file);
  return !inside.startsWith('..') && !isAbsolute(inside);
};

export function checkCoverInsideProject(article: Pick<Article, 'file'>, coverFile: string | undefined, root: string): void {
  if (!coverFile) return;
  const file = resolve(root, coverFile);
  if (within(root, file) || within(dirname(resolve(root, article.file)), file)) return;
  throw new PublicistError(`publicist: ${article.file}: cover must be an image inside the project (${root}) or the article's folder, got ${coverFile}, which leaves both`, {
    file: article.file,
    field: 'cover',
  });
}
