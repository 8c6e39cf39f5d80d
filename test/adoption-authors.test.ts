/**
 * A multi-author theme: `authors` is a content collection referenced from posts, avatars are
 * remote URLs (served here from a local HTTP server), posts live in folders with sub-posts and
 * carry `date`, `summary` and `image`. The authors come from the collection; remote avatars
 * are used as written in meta and JSON-LD, fetched once into the cache for the cards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtFile, jsonLdNodes, jsonLdScripts, logLines, metaValues, type JsonNode } from './support/adoption.ts';
import { buildFixture, type FixtureBuild } from './support/fixture.ts';
import { tempDir } from './support/astro.ts';

const SITE = 'https://authors.example';
const MAPPING = 'posts: description ← summary · pubDate ← date · cover ← image, alt ← title · author ← authors';

describe('the multi-author theme with the one config line', () => {
  let server: ChildProcess;
  let origin: string;
  const served = tempDir('avatars');
  const log = join(served, 'requests.log');
  /** How often the server was asked for a path. */
  const requests = (path: string) => readFileSync(log, 'utf8').split('\n').filter((line) => line === path).length;
  let build: FixtureBuild;
  const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');
  const cacheDir = tempDir('cache');

  beforeAll(async () => {
    mkdirSync(join(served, 'avatars'));
    await sharp({ create: { width: 256, height: 256, channels: 3, background: '#c0392b' } }).png().toFile(join(served, 'avatars/maya.png'));
    writeFileSync(log, '');
    server = spawn(process.execPath, [join(import.meta.dirname, 'support/file-server.ts'), served, log], { stdio: ['ignore', 'pipe', 'inherit'] });
    const port = await new Promise<string>((done) => server.stdout!.once('data', (chunk: Buffer) => done(chunk.toString().trim())));
    origin = `http://127.0.0.1:${port}`;
    build = buildFixture('theme-authors', { cacheDir, env: { AVATAR_ORIGIN: origin } });
  });
  afterAll(() => {
    server.kill('SIGTERM');
  });

  it('builds, prints the mapping, and says once which avatar it could not fetch', () => {
    expect(build.status, build.output).toBe(0);
    expect(logLines(build.output, MAPPING)).toHaveLength(1);
    expect(logLines(build.output, `the avatar ${origin}/avatars/tomas-missing.png could not be fetched (HTTP 404); the cards show the author's initials instead`)).toHaveLength(1);
    expect(build.output).toMatch(/\[publicist:report\] 3 articles/);
  });

  it('takes the authors from the referenced collection entries into the head and the one JSON-LD graph', () => {
    const html = read('posts/astro-7-upgrade/index.html');
    expect(metaValues(html, 'author')).toEqual(['Maya Lindqvist, Tomás Reyes']);
    expect(metaValues(html, 'article:author')).toEqual(['https://maya.example', 'Tomás Reyes']);
    // The theme wrote its own BlogPosting; the page has one graph, ours.
    expect(jsonLdScripts(html)).toHaveLength(1);
    const nodes = jsonLdNodes(html);
    const postings = nodes.filter((n) => n['@type'] === 'BlogPosting');
    expect(postings).toHaveLength(1);
    const people = nodes.filter((n) => n['@type'] === 'Person');
    expect(people.map((p) => p.name)).toEqual(['Maya Lindqvist', 'Tomás Reyes']);
    expect(postings[0]!.author).toEqual(people.map((p) => ({ '@id': p['@id'] })));
    const maya = people[0]!;
    expect(maya.url).toBe('https://maya.example');
    expect(maya.sameAs).toEqual(['https://github.com/maya-example']);
    expect(maya.description).toBe('Maintains the release tooling.');
    // A remote avatar is used as it was written.
    expect((maya.image as JsonNode).url).toBe(`${origin}/avatars/maya.png`);
    expect(postings[0]!.datePublished).toBe('2026-02-14T10:30:00+00:00');
    expect(postings[0]!.description).toBe('What broke, what got faster, and the three commits that did most of the work.');
  });

  it('gives sub-posts in folders their own article at the theme’s URL', () => {
    const social = JSON.parse(read('social/posts/astro-7-upgrade/migrating-content.json'));
    expect(social.article.url).toBe(`${SITE}/posts/astro-7-upgrade/migrating-content/`);
    expect(social.article.authors).toEqual(['Maya Lindqvist']);
    expect(builtFile(build.outDir, new URL(social.article.url).pathname)).toBeDefined();
    expect(existsSync(join(build.outDir, 'og/posts/astro-7-upgrade/migrating-content.png'))).toBe(true);
  });

  it('puts the remote avatar as written into the JSON Feed', () => {
    const feed = JSON.parse(read('feed.json'));
    const item = feed.items.find((i: JsonNode) => i.url === `${SITE}/posts/astro-7-upgrade/`);
    expect(item.authors).toEqual([
      { name: 'Maya Lindqvist', url: 'https://maya.example', avatar: `${origin}/avatars/maya.png` },
      { name: 'Tomás Reyes', avatar: `${origin}/avatars/tomas-missing.png` },
    ]);
  });

  it('fetches a remote avatar for the cards once, into the cache, and not again on the next build', () => {
    expect(requests('/avatars/maya.png')).toBe(1);
    expect(readdirSync(join(cacheDir, 'publicist-avatars'))).toHaveLength(1);
    const again = buildFixture('theme-authors', { cacheDir, env: { AVATAR_ORIGIN: origin } });
    expect(again.status, again.output).toBe(0);
    expect(requests('/avatars/maya.png')).toBe(1);
    // The cards come from the card cache: the avatar in the cache made the same card.
    expect(again.output).toMatch(/cards: rendered 0, from cache \d+/);
  });
});
