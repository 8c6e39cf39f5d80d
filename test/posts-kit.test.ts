/**
 * The social kit in a real browser (Debian's chromium through playwright-core): the pages render,
 * are noindex, show each platform's post with its length, and a copy button puts exactly that
 * variant's text on the clipboard.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

const site = inject('exampleSite');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.csv': 'text/csv', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml' };

/** A static server for the built site: `/a/` serves `a/index.html`. */
function serve(root: string): Promise<Server> {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    let file = join(root, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let server: Server;
let browser: Browser;
let context: BrowserContext;
let origin: string;

beforeAll(async () => {
  server = await serve(site.outDir);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const readJson = async (path: string) => JSON.parse(await readFile(join(site.outDir, path), 'utf8'));

describe('the social kit', () => {
  it('lists every article on its index page, which is noindex', async () => {
    const index = await readJson('social/index.json');
    const page = await context.newPage();
    const response = await page.goto(`${origin}/social/`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toMatch(/(^|,\s*)noindex/);
    const hrefs = await page.locator('.kit-list a[href$="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(index.articles.map((a: { kit: string }) => a.kit));
    await page.close();
  });

  it('shows each platform’s post and copies exactly that variant’s text', async () => {
    const index = await readJson('social/index.json');
    // The article with an emoji in its title, else the first.
    const entry = index.articles.find((a: { title: string }) => /\p{Extended_Pictographic}/u.test(a.title)) ?? index.articles[0];
    const file = await readJson(entry.file.replace(/^\//, ''));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    expect((await page.goto(`${origin}${entry.kit}`))?.status()).toBe(200);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toMatch(/(^|,\s*)noindex/);
    expect(await page.locator('h1').textContent()).toBe(file.article.title);

    const platforms = Object.keys(file.posts);
    expect(await page.locator('article.post').evaluateAll((posts) => posts.map((p) => p.getAttribute('data-platform')))).toEqual(platforms);
    for (const platform of platforms) {
      const post = file.posts[platform];
      const preview = page.locator(`article.post[data-platform="${platform}"]`);
      await expect.poll(() => preview.isVisible()).toBe(true);
      // The preview shows the text as written (line breaks kept by pre-wrap).
      expect(await preview.locator('[data-post-text]').innerText()).toBe(post.text);
      const meter = preview.locator('meter');
      expect(Number(await meter.getAttribute('value'))).toBe(post.length);
      expect(Number(await meter.getAttribute('max'))).toBe(post.limit);

      await page.evaluate(() => navigator.clipboard.writeText('leer'));
      await preview.locator('button[data-copy]').click();
      await expect.poll(() => preview.locator('button[data-copy]').getAttribute('data-state')).toBe('copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(post.text);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers each card image for download', async () => {
    const index = await readJson('social/index.json');
    const file = await readJson(index.articles[0].file.replace(/^\//, ''));
    const page = await context.newPage();
    await page.goto(`${origin}${file.kit}`);
    const downloads = await page.locator('.kit-cards a[download]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(downloads).toEqual(file.cards.map((c: { path: string }) => c.path));
    await page.close();
  });
});
