/** What the build says when an article's body cannot be rendered for the feeds: the file, and the first line of the cause. */
import { PublicistError } from '../../../core/errors.ts';

export function feedRenderError(file: string, cause: unknown): PublicistError {
  const reason = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
  return new PublicistError(`publicist: ${file}: the article cannot be rendered for the feeds: ${reason}`, { file });
}
