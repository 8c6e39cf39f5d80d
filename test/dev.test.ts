/** `astro dev` serves what a build writes: cards, social files and kit pages on demand, drafts shown but marked noindex, an edit on the next request. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'parse5';
import { cleanEnv, REPO_ROOT } from './support/astro.ts';
import { fixtureSite } from './support/fixture.ts';
import { waitFor } from './support/head.ts';

const PORT = 4300 + Math.floor(Math.random() * 500);
const BASE = `http://127.0.0.1:${PORT}`;
let server: ChildProcess;
let root: string;

/** The content of the first <meta name=…> or <meta property=…>, read with a real HTML parser. */
function metaContent(html: string, name: string): string | undefined {
  const found: string[] = [];
  const walk = (node: { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: unknown[] }) => {
    if (node.nodeName === 'meta' && node.attrs?.some((a) => (a.name === 'name' || a.name === 'property') && a.value === name)) {
      found.push(node.attrs.find((a) => a.name === 'content')?.value ?? '');
    }
    for (const child of (node.childNodes ?? []) as (typeof node)[]) walk(child);
  };
  walk(parse(html) as never);
  return found[0];
}

describe('astro dev', () => {
  beforeAll(async () => {
    ({ root } = fixtureSite('example-site'));
    server = spawn(process.execPath, [join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--root', root, '--port', String(PORT), '--host', '127.0.0.1', '--force'], {
      cwd: root,
      env: { ...cleanEnv(), PUBLICIST_CACHE_DIR: join(root, '.astro-cache') },
      stdio: 'ignore',
    });
    await waitFor(`${BASE}/`, { ok: true });
  });

  afterAll(() => {
    server?.kill('SIGTERM');
  });

  it('renders a share card on demand at the URL the head names', async () => {
    const page = await (await fetch(`${BASE}/artikel/social-seo/`)).text();
    const ogImage = metaContent(page, 'og:image');
    expect(ogImage).toBeDefined();
    const response = await fetch(`${BASE}${new URL(ogImage!).pathname}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const { info } = await sharp(Buffer.from(await response.arrayBuffer())).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([1200, 630]);
  });

  it('serves the social kit pages and social files on request, as the build writes them', async () => {
    const index = await (await fetch(`${BASE}/social/index.json`)).json();
    const entry = index.articles.find((a: { slug: string }) => a.slug.endsWith('/social-seo'));
    expect(entry).toBeDefined();
    const file = await (await fetch(`${BASE}${entry.file}`)).json();
    expect(file.article.slug).toBe(entry.slug);
    // The Bluesky thumbnail carries the link card's byte length, as in a build.
    expect(file.posts.bluesky.thumbnail.size).toBeGreaterThan(0);
    for (const path of ['/social/', entry.kit]) {
      const response = await fetch(`${BASE}${path}`);
      expect(response.status, path).toBe(200);
      const html = await response.text();
      expect(metaContent(html, 'robots'), path).toBe('noindex, nofollow');
      // The kit writes its own head: the head merge adds nothing to it.
      expect(metaContent(html, 'og:title'), path).toBeUndefined();
      expect(html).toContain(path === entry.kit ? `<h1>${file.article.title}</h1>` : `href="${entry.kit}"`);
    }
  });

  it('shows an edited title on the next requests, in the page head and the other pages alike', async () => {
    const title = async (path: string) => metaContent(await (await fetch(`${BASE}${path}`)).text(), 'og:title');
    expect(await title('/artikel/social-seo/')).toBe('Social SEO: So finden Nutzer Ihre Beiträge in der App-Suche');
    const before = await title('/artikel/redaktionsplan/');
    const file = join(root, 'example-site/src/content/articles/social-seo.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: "Social SEO, neu gefasst"'));
    // The content layer picks the change up from the file watcher; the page shows it once it has.
    // The wait is generous: on a loaded runner the watcher and the re-render took over 30 s once.
    const deadline = Date.now() + 180_000;
    let seen = await title('/artikel/social-seo/');
    while (seen !== 'Social SEO, neu gefasst' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      seen = await title('/artikel/social-seo/');
    }
    expect(seen).toBe('Social SEO, neu gefasst');
    expect(await title('/artikel/social-seo/')).toBe('Social SEO, neu gefasst');
    expect(await title('/artikel/redaktionsplan/')).toBe(before);
  });

  it('shows drafts, marked noindex', async () => {
    const response = await fetch(`${BASE}/artikel/kurzvideo-b2b-entwurf/`);
    expect(response.status).toBe(200);
    expect(metaContent(await response.text(), 'robots')).toMatch(/^noindex/);
  });
});
