/**
 * The unit tests' one factory for options and Articles: user options go through the integration's
 * own parse and resolve (`resolvedOptions`), entries through its normalize. Three sites the tests
 * are written against: the base one (`makeOptions`, `makeArticle`), the posts tests' one
 * (`postsOptions`, `postsArticle`) and the head tests' one (`headOptions`, `headArticle`).
 * Also temporary files, a build's state and a recording logger for the Astro-side features.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { PublicistState } from '../src/astro/state.ts';
import { normalizeArticle, type EntryInput } from '../src/core/article/index.ts';
import { resolveOptions } from '../src/options/resolve.ts';
import { parseOptions } from '../src/options/validate.ts';
import type { ArticleUrlContext, PublicistUserOptions } from '../src/options/options-schema.ts';
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

export function resolvedOptions(user: Parameters<typeof parseOptions>[0], site: string): ResolvedOptions {
  return resolveOptions(parseOptions(user), { site });
}

export function makeOptions(overrides: Partial<PublicistUserOptions> = {}, site = 'https://social-kompass.example'): ResolvedOptions {
  return resolvedOptions({ ...baseUserOptions, ...overrides }, site);
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

/** The posts tests' site: authors with profiles on the networks, no logo. */
export function postsOptions(posts: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): ResolvedOptions {
  return resolvedOptions(
    {
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
    },
    'https://social-kompass.de',
  );
}

export function postsArticle(data: Record<string, unknown>, opts: ResolvedOptions = postsOptions(), id = 'beispiel'): Article {
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

/** The head tests' site: a description, profiles, and the example site's URL rule. */
export const HEAD_SITE = 'https://social-kompass.example';

export function headOptions(extra: Partial<PublicistUserOptions> = {}, site = HEAD_SITE): ResolvedOptions {
  return resolvedOptions(
    {
      name: 'Social Kompass',
      description: 'Praxiswissen zu Social-Media-Marketing.',
      defaultLocale: 'de',
      timezone: 'Europe/Berlin',
      publisher: { name: 'Social Kompass', logo: '/logo.png' },
      profiles: { x: '@socialkompass', mastodon: '@kompass@social.example', bluesky: 'socialkompass.bsky.social' },
      authors: {
        lena: { name: 'Lena Hoffmann', url: `${HEAD_SITE}/autorinnen/lena-hoffmann/`, x: '@lenahoffmann', mastodon: '@lena@social.example' },
        jonas: { name: 'Jonas Becker', linkedin: 'https://www.linkedin.com/in/jonas-becker-example' },
      },
      collections: [{ name: 'articles', section: 'Artikel', url: ({ id, data }: ArticleUrlContext) => (data.lang === 'en' ? `/en/articles/${id}/` : `/artikel/${id}/`) }],
      ...extra,
    },
    site,
  );
}

export function headArticle(options: ResolvedOptions, data: Record<string, unknown> = {}, id = 'reichweite'): Article {
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

/** Files written into a new temporary folder (path relative to it → content); returns the folder. */
export function tempFiles(prefix: string, files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), `publicist-${prefix}-`));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** The integration's state for a build whose output is `outDir` (a temporary folder). */
export function buildState(outDir: string, extra: Partial<PublicistState> = {}): PublicistState {
  return { options: makeOptions(), root: outDir, publicDir: outDir, cacheDir: outDir, outDir, command: 'build', stats: {}, now: new Date('2026-06-01T00:00:00Z'), ...extra };
}

/** A logger in the shape Astro hands to integrations that keeps every line, by level. */
export function recordingLogger() {
  const lines = { info: [] as string[], warn: [] as string[], error: [] as string[] };
  const logger = {
    label: 'astro-publicist',
    info: (message: string) => lines.info.push(message),
    warn: (message: string) => lines.warn.push(message),
    error: (message: string) => lines.error.push(message),
    debug: () => {},
    fork: () => logger,
  };
  return { lines, logger: logger as unknown as AstroIntegrationLogger };
}
