/**
 * The integration's route decisions, through its real hooks with Astro's parameters faked: what it
 * injects next to the theme-head fixture's own pages, what it logs, and the double check on
 * Astro's resolved routes.
 */
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { publicist } from '../src/astro/integration.ts';
import { tempFiles } from './helpers.ts';

/** A theme's own pages: its own RSS feed and an /og/ route of its own, next to the usual pages. */
const ROOT = pathToFileURL(
  `${tempFiles('theme-pages', {
    'src/pages/index.astro': '<h1>Field Notes</h1>',
    'src/pages/about.astro': '<h1>About</h1>',
    'src/pages/404.astro': '<h1>Not found</h1>',
    'src/pages/blog/[...slug].astro': '<article />',
    'src/pages/topics/[tag].astro': '<h1>Topic</h1>',
    'src/pages/rss.xml.js': "export const GET = () => new Response('<rss/>');",
    'src/pages/og/[slug].png.js': "export const GET = () => new Response('');",
  })}/`,
);

function setup() {
  const injected: { pattern: string; entrypoint: string }[] = [];
  const logs: string[] = [];
  const middleware: unknown[] = [];
  const logger = { fork: () => logger, info: (m: string) => logs.push(`info ${m}`), warn: (m: string) => logs.push(`warn ${m}`), error() {}, debug() {} };
  const integration = publicist({ site: 'https://theme-head.example', tags: { url: '/topics/[slug]/' } });
  const config = {
    site: 'https://theme-head.example',
    base: '/',
    root: ROOT,
    srcDir: new URL('src/', ROOT),
    publicDir: new URL('public/', ROOT),
    cacheDir: new URL('.astro-cache/', ROOT),
    outDir: new URL('dist/', ROOT),
    build: { format: 'directory' },
  };
  return { integration, injected, logs, middleware, logger, config };
}

describe('the integration next to a site’s own routes', () => {
  it('injects nothing where the site has its own route, moves the cards and says so', async () => {
    const { integration, injected, logs, middleware, logger, config } = setup();
    await integration.hooks['astro:config:setup']!({
      config,
      command: 'sync',
      logger,
      updateConfig: () => {},
      injectRoute: (route: { pattern: string; entrypoint: string }) => injected.push(route),
      addMiddleware: (m: unknown) => middleware.push(m),
    } as never);
    const patterns = injected.map((r) => r.pattern);
    expect(patterns).not.toContain('/rss.xml');
    // (`astro sync` injects no card route; the build test sees /og-cards/ served.)
    expect(patterns).toEqual(expect.arrayContaining(['/atom.xml', '/feed.json', '/topics/[tag]/rss.xml']));
    expect(logs).toContain('info /rss.xml steps aside: the site has its own (src/pages/rss.xml.js)');
    expect(logs).toContain("info /og/ is the site's own (src/pages/og/[slug].png.js): our share cards are at /og-cards/");
    expect(middleware).toEqual([{ entrypoint: expect.stringMatching(/middleware\.(ts|js)$/), order: 'post' }]);

    // Astro's resolved routes: one of ours served by another file as well is a warning.
    const atom = injected.find((r) => r.pattern === '/atom.xml')!;
    const route = (pattern: string, entrypoint: string) => ({ pattern, entrypoint, isPrerendered: true, type: 'endpoint', patternRegex: /x/ });
    await integration.hooks['astro:routes:resolved']!({
      routes: [route('/atom.xml', atom.entrypoint), route('/feed.json', 'src/pages/feed.json.ts')],
      logger,
    } as never);
    const warnings = logs.filter((l) => l.startsWith('warn'));
    expect(warnings).toEqual(['warn /feed.json is served by src/pages/feed.json.ts as well as by astro-publicist; remove one of them']);
  });
});
