/** Real Articles and ResolvedOptions for the posts tests. */
import { normalizeArticle } from '../src/core/article/normalize.ts';
import { resolveOptions } from '../src/options/resolve.ts';
import { parseOptions } from '../src/options/validate.ts';
import type { Article, ResolvedOptions } from '../src/core/types.ts';

export function options(posts: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): ResolvedOptions {
  return resolveOptions(
    parseOptions({
      name: 'Social Kompass',
      publisher: { name: 'Social Kompass' },
      defaultLocale: 'de',
      timezone: 'Europe/Berlin',
      authors: {
        lena: { name: 'Lena Hoffmann', x: '@lenahoffmann', mastodon: '@lena@social.example', bluesky: 'lenahoffmann.bsky.social', threads: '@lena.hoffmann' },
        jonas: { name: 'Jonas Becker' },
      },
      posts,
      ...extra,
    }),
    { site: 'https://social-kompass.de' },
  );
}

export function article(data: Record<string, unknown>, opts: ResolvedOptions = options(), id = 'beispiel'): Article {
  return normalizeArticle(
    {
      collection: 'articles',
      id,
      data: { title: 'Ein Titel', pubDate: new Date('2026-03-01T09:30:00+01:00'), author: 'lena', tags: [], ...data },
      body: 'Ein erster Absatz mit ein paar Wörtern.\n\n## Abschnitt\n\nMehr Text.',
      filePath: `src/content/articles/${id}.mdx`,
    },
    opts,
  );
}
