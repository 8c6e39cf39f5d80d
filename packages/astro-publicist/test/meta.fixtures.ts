/** Real options and Articles for the head tests, built the way the integration builds them. */
import { normalizeArticle } from '../src/core/article/index.ts';
import type { Article, ResolvedOptions } from '../src/core/types.ts';
import { parseOptions } from '../src/options/validate.ts';
import { resolveOptions } from '../src/options/resolve.ts';
import type { ArticleUrlContext, PublicistUserOptions } from '../src/options/options-schema.ts';

export const SITE = 'https://social-kompass.example';

export function testOptions(extra: Partial<PublicistUserOptions> = {}, site = SITE): ResolvedOptions {
  return resolveOptions(
    parseOptions({
      name: 'Social Kompass',
      description: 'Praxiswissen zu Social-Media-Marketing.',
      defaultLocale: 'de',
      timezone: 'Europe/Berlin',
      publisher: { name: 'Social Kompass', logo: '/logo.png' },
      profiles: { x: '@socialkompass', mastodon: '@kompass@social.example', bluesky: 'socialkompass.bsky.social' },
      authors: {
        lena: { name: 'Lena Hoffmann', url: `${SITE}/autorinnen/lena-hoffmann/`, x: '@lenahoffmann', mastodon: '@lena@social.example' },
        jonas: { name: 'Jonas Becker', linkedin: 'https://www.linkedin.com/in/jonas-becker-example' },
      },
      collections: [{ name: 'articles', section: 'Artikel', url: ({ id, data }: ArticleUrlContext) => (data.lang === 'en' ? `/en/articles/${id}/` : `/artikel/${id}/`) }],
      ...extra,
    }),
    { site },
  );
}

export function testArticle(options: ResolvedOptions, data: Record<string, unknown> = {}, id = 'reichweite'): Article {
  return normalizeArticle(
    {
      collection: 'articles',
      id,
      data: { title: 'Reichweite aufbauen', description: 'Wie Marken organisch wachsen.', pubDate: new Date('2026-03-01T00:00:00Z'), author: 'lena', tags: ['Reichweite', 'Community'], ...data },
      body: 'Ein erster Absatz über Reichweite und Community.\n\nNoch ein Absatz mit mehr Wörtern.',
      filePath: `example-site/src/content/articles/${id}.mdx`,
    },
    options,
  );
}
