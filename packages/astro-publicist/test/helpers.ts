/** Real options and Articles for unit tests, built through the same code the integration runs. */
import { normalizeArticle, type EntryInput } from '../src/core/article/index.ts';
import { resolveOptions } from '../src/options/resolve.ts';
import { parseOptions } from '../src/options/validate.ts';
import type { PublicistUserOptions } from '../src/options/options-schema.ts';
import type { Article, ResolvedOptions } from '../src/core/types.ts';

export const baseUserOptions: PublicistUserOptions = {
  name: 'Social Kompass',
  defaultLocale: 'de',
  timezone: 'Europe/Berlin',
  publisher: { name: 'Social Kompass GmbH', logo: '/logo.png' },
  profiles: { x: '@socialkompass', mastodon: '@kompass@social.example' },
  authors: {
    lena: { name: 'Lena Hoffmann', x: '@lenahoffmann', mastodon: '@lena@social.example', avatar: '/authors/lena.png' },
    jonas: { name: 'Jonas Becker', bluesky: 'jonasbecker.bsky.social' },
  },
  collections: ['articles'],
};

export function makeOptions(overrides: Partial<PublicistUserOptions> = {}, site = 'https://social-kompass.example'): ResolvedOptions {
  return resolveOptions(parseOptions({ ...baseUserOptions, ...overrides }), { site });
}

export function makeArticle(entry: Partial<EntryInput> & { data?: Record<string, unknown> } = {}, options = makeOptions()): Article {
  return normalizeArticle(
    {
      collection: 'articles',
      id: 'beispiel',
      filePath: 'src/content/articles/beispiel.mdx',
      body: 'Ein erster Absatz mit genug Text, um eine Beschreibung daraus zu machen.',
      ...entry,
      data: { title: 'Beispiel', pubDate: new Date('2026-03-01'), author: 'lena', tags: ['Strategie'], ...entry.data },
    },
    options,
  );
}
