/** Real options and Articles for unit tests, built through the same code the integration runs. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { PublicistState } from '../src/astro/state.ts';
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
