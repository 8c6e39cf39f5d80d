/** Images named in the options must exist in public/, or the build fails naming the option. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PublicistError } from '../core/errors.ts';
import type { ResolvedOptions } from '../core/types.ts';

export function checkPublicFiles(options: ResolvedOptions, publicDir: string): void {
  const wanted: [string, string | undefined][] = [
    ['publisher.logo', options.publisher.logoPath],
    ...Object.values(options.authors).map((a): [string, string | undefined] => [`authors.${a.id}.avatar`, a.avatarPath]),
  ];
  for (const [field, path] of wanted) {
    if (path && !existsSync(join(publicDir, path))) {
      throw new PublicistError(`publicist: ${field} must be a path to an image in public/, got "${path}" (no such file in ${publicDir})`, { field });
    }
  }
}
