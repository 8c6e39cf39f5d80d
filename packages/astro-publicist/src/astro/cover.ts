/** The cover image's file must lie inside the project: a card never reads a file from elsewhere. */
import { isAbsolute, relative } from 'node:path';
import { PublicistError } from '../core/errors.ts';
import type { Article } from '../core/types.ts';

export function checkCoverInsideProject(article: Pick<Article, 'file'>, coverFile: string | undefined, root: string): void {
  if (!coverFile) return;
  const inside = relative(root, coverFile);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    throw new PublicistError(`publicist: ${article.file}: cover must be an image inside the project (${root}), got ${coverFile}, which leaves it`, {
      file: article.file,
      field: 'cover',
    });
  }
}
