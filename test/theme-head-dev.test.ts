/** `astro dev` merges our head into the theme's as the build does (test/fixtures/theme-head). */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import ogs from 'open-graph-scraper';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, REPO_ROOT } from './support/astro.ts';
import { fixtureSite } from './support/fixture.ts';
import { freePort, headCounts, headOf, jsonLdScripts, metas, ONE_OF_EACH, waitFor } from './support/head.ts';

const SITE = 'https://theme-head.example';
let server: ChildProcess;
let base: string;

describe('astro dev on a theme with its own head', () => {
  beforeAll(async () => {
    const { root } = fixtureSite('theme-head');
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--root', root, '--port', String(port), '--host', '127.0.0.1', '--force'], {
      cwd: root,
      env: { ...cleanEnv(), PUBLICIST_CACHE_DIR: join(root, '.astro-cache') },
      stdio: 'ignore',
    });
    await waitFor(`${base}/`);
  });

  afterAll(() => {
    server?.kill('SIGTERM');
  });

  it('merges the head of a post: one of each tag, our BlogPosting graph, our card', async () => {
    const html = await (await fetch(`${base}/blog/first-light/`)).text();
    expect(headCounts(html)).toEqual(ONE_OF_EACH);
    const head = headOf(html);
    expect(metas(head, 'og:type')).toEqual(['article']);
    expect(metas(head, 'og:image')).toEqual([`${SITE}/og-cards/blog/first-light.png`]);
    const graph = JSON.parse(jsonLdScripts(html)[0]!)['@graph'] as { '@type': string }[];
    expect(graph.filter((n) => n['@type'] === 'BlogPosting')).toHaveLength(1);
    const card = await fetch(`${base}/og-cards/blog/first-light.png`);
    expect(card.headers.get('content-type')).toBe('image/png');
  });

  it('keeps the theme’s title on a page that is not an article', async () => {
    const html = await (await fetch(`${base}/about/`)).text();
    expect(headCounts(html)).toEqual(ONE_OF_EACH);
    const { result } = await ogs({ html });
    expect(result.ogTitle).toBe('About Field Notes');
  });
});
