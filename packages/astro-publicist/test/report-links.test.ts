/** The report's check that every link we wrote reaches a built page (astro/features/links.ts). */
import { describe, expect, it } from 'vitest';
import { brokenLinks } from '../src/astro/features/links.ts';
import type { PublicistState } from '../src/astro/state.ts';
import { buildState, tempFiles } from './helpers.ts';

const SITE = 'https://social-kompass.example';

const site = (files: Record<string, string>) => tempFiles('links', files);

const page = (head: string) => `<!doctype html><html><head>${head}</head><body><a href="${SITE}/not-ours/">a link of the theme</a></body></html>`;
const graph = (items: string[]) => `<script type="application/ld+json">${JSON.stringify({ '@graph': [{ '@type': 'BreadcrumbList', itemListElement: items.map((item) => ({ item })) }] })}</script>`;

const state = (outDir: string, extra: Partial<PublicistState> = {}) => buildState(outDir, extra);

describe('brokenLinks', () => {
  it('finds a breadcrumb to a tag page that was not built, and only links we wrote', async () => {
    const outDir = site({
      'index.html': page(`<link rel="canonical" href="${SITE}/">`),
      'a/index.html': page(`<link rel="canonical" href="${SITE}/a/">${graph([`${SITE}/`, `${SITE}/tags/seo/`, `${SITE}/a/`])}<meta property="og:image" content="${SITE}/og/a.png">`),
      'og/a.png': 'png',
    });
    expect(await brokenLinks(state(outDir))).toEqual([{ url: `${SITE}/tags/seo/`, in: 'a/index.html' }]);
  });

  it('accepts a page rendered on demand and a page built as a.html', async () => {
    const outDir = site({ 'a.html': page(`<link rel="canonical" href="${SITE}/a/">${graph([`${SITE}/search`])}`) });
    expect(await brokenLinks(state(outDir, { onDemand: [/^\/search\/?$/] }))).toEqual([]);
  });

  it('checks the links of our feeds but not the links inside an article’s text', async () => {
    const rss = `<rss><channel><link>${SITE}/</link><item><link>${SITE}/gone/</link><description>&lt;a href="${SITE}/elsewhere/"&gt;</description></item></channel></rss>`;
    const outDir = site({ 'index.html': page(''), 'rss.xml': rss });
    expect(await brokenLinks(state(outDir, { feedFiles: ['/rss.xml'] }))).toEqual([{ url: `${SITE}/gone/`, in: 'rss.xml' }]);
  });
});
