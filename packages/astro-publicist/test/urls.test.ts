import { describe, expect, it } from 'vitest';
import { homeUrl, pageFilePath, pagePath, pagePathOfRequest, pageUrl, tagDir, tagPath, type BuildFormat, type TrailingSlash, type UrlSettings } from '../src/core/urls.ts';
import { normalizeArticle } from '../src/core/article/normalize.ts';
import { renderHead } from '../src/core/meta/index.ts';
import { resolveOptions } from '../src/options/resolve.ts';
import { parseOptions } from '../src/options/validate.ts';

const SLASHES: TrailingSlash[] = ['always', 'never', 'ignore'];
const FORMATS: BuildFormat[] = ['directory', 'file', 'preserve'];
const BASES = ['/', '/blog/'];

/** What each combination serves a page written as `/posts/hello/` (and `/posts/hello`) at, base left out. */
function expected(slash: TrailingSlash, format: BuildFormat, writtenWithSlash: boolean): 'slash' | 'bare' {
  if (slash === 'always') return 'slash';
  if (slash === 'never') return 'bare';
  if (format === 'directory') return 'slash';
  if (format === 'file') return 'bare';
  return writtenWithSlash ? 'slash' : 'bare';
}

describe('pagePath follows base, trailingSlash and build.format', () => {
  for (const base of BASES) {
    for (const trailingSlash of SLASHES) {
      for (const buildFormat of FORMATS) {
        const settings: UrlSettings = { base, trailingSlash, buildFormat };
        const prefix = base.replace(/\/$/, '');
        it(`base ${base}, trailingSlash ${trailingSlash}, build.format ${buildFormat}`, () => {
          for (const written of ['/posts/hello/', '/posts/hello', 'posts/hello/', '/posts/hello//']) {
            const shape = expected(trailingSlash, buildFormat, written.endsWith('/'));
            expect(pagePath(written, settings), written).toBe(`${prefix}/posts/hello${shape === 'slash' ? '/' : ''}`);
          }
          // Files keep their name: only the base goes in front.
          expect(pagePath('/rss.xml', settings)).toBe(`${prefix}/rss.xml`);
          expect(pagePath('/og/blog/hello.png', settings)).toBe(`${prefix}/og/blog/hello.png`);
          // The home page is the base (its folder's index.html), without a slash only when trailingSlash is 'never'.
          const home = pagePath('/', settings);
          if (base === '/') expect(home).toBe('/');
          else expect(home).toBe(trailingSlash === 'never' ? '/blog' : '/blog/');
          // A query or fragment stays at the end.
          expect(pagePath('/posts/hello/#comments', settings)).toBe(`${pagePath('/posts/hello/', settings)}#comments`);
          // A request path (as Astro names the page while it renders it) maps back to the same URL.
          const file = buildFormat === 'file' ? `${prefix}/posts/hello.html` : `${prefix}/posts/hello/`;
          expect(pagePathOfRequest(file, settings)).toBe(pagePath('/posts/hello/', settings));
          expect(pagePathOfRequest(`${prefix}/index.html`, settings)).toBe(home);
        });
      }
    }
  }

  it('writes a page to the file its URL is served from: the format’s file, for preserve as the URL is spelled', () => {
    for (const base of BASES) {
      const prefix = base.replace(/\/$/, '');
      for (const trailingSlash of SLASHES) {
        for (const buildFormat of FORMATS) {
          const settings: UrlSettings = { base, trailingSlash, buildFormat };
          const url = pagePath('/social/articles/hello/', settings);
          const folder = buildFormat === 'directory' || (buildFormat === 'preserve' && url.endsWith('/'));
          const where = `${base} ${trailingSlash} ${buildFormat}: ${url}`;
          expect(pageFilePath(url, settings), where).toBe(`${prefix}/social/articles/hello${folder ? '/index.html' : '.html'}`);
          // The file maps back to the page's URL, as Astro names a page it renders.
          expect(pagePathOfRequest(pageFilePath(url, settings), settings), where).toBe(url);
          expect(pageFilePath(pagePath('/', settings), settings), where).toBe(`${prefix}/index.html`);
        }
      }
    }
    expect(pageFilePath('/blog/a/?x=1#top', { base: '/blog/', trailingSlash: 'always', buildFormat: 'directory' })).toBe('/blog/a/index.html');
    expect(pageFilePath('/blog/a/', { base: '/blog/', trailingSlash: 'always', buildFormat: 'file' })).toBe('/blog/a.html');
  });

  it('keeps a request path as it was asked for where trailingSlash is ignore (an on-demand page answers both)', () => {
    expect(pagePathOfRequest('/search', { base: '/', trailingSlash: 'ignore', buildFormat: 'directory' })).toBe('/search');
    expect(pagePathOfRequest('/search/', { base: '/', trailingSlash: 'ignore', buildFormat: 'directory' })).toBe('/search/');
    expect(pagePathOfRequest('/search', { base: '/', trailingSlash: 'always', buildFormat: 'directory' })).toBe('/search/');
    expect(pagePathOfRequest('/blog/search/', { base: '/blog/', trailingSlash: 'never', buildFormat: 'directory' })).toBe('/blog/search');
  });

  it('makes absolute URLs on the site, the home page included', () => {
    const settings = { base: '/blog/', trailingSlash: 'never', buildFormat: 'file', site: 'https://example.org/blog/' } as const;
    expect(pageUrl('/posts/hello/', settings)).toBe('https://example.org/blog/posts/hello');
    expect(homeUrl(settings)).toBe('https://example.org/blog');
    expect(homeUrl({ ...settings, trailingSlash: 'ignore', buildFormat: 'directory' })).toBe('https://example.org/blog/');
    expect(homeUrl({ ...settings, trailingSlash: 'ignore', buildFormat: 'file' })).toBe('https://example.org/blog/');
  });

  it('keeps the folder of a tag’s files apart from the URL of its page', () => {
    const settings = { base: '/blog/', trailingSlash: 'never', buildFormat: 'directory' } as const;
    expect(tagDir('v1.3.0', settings)).toBe('/blog/tags/v130/');
    expect(tagPath('Social Media', settings)).toBe('/blog/tags/social-media');
  });
});

describe('every URL of an article follows the settings', () => {
  const options = resolveOptions(parseOptions({ collections: ['posts'], publisher: { name: 'Press' } }), {
    site: 'https://example.org',
    base: '/blog',
    trailingSlash: 'never',
    build: { format: 'file' },
  });
  const article = normalizeArticle(
    { collection: 'posts', id: 'hello', data: { title: 'Hello', pubDate: new Date('2026-03-01'), tags: ['News'] }, body: 'Some words here.', filePath: 'src/content/posts/hello.md' },
    options,
  );

  it('in the Article, the head and the JSON-LD', () => {
    expect(article.path).toBe('/blog/posts/hello');
    expect(article.url).toBe('https://example.org/blog/posts/hello');
    const html = renderHead({ article }, options);
    expect(html).toContain('<link rel="canonical" href="https://example.org/blog/posts/hello">');
    expect(html).toContain('<meta property="og:url" content="https://example.org/blog/posts/hello">');
    const graph = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]!)['@graph'] as Record<string, unknown>[];
    const crumbs = (graph.find((n) => n['@type'] === 'BreadcrumbList')!.itemListElement as { item: string }[]).map((c) => c.item);
    expect(crumbs).toEqual(['https://example.org/blog', 'https://example.org/blog/tags/news', 'https://example.org/blog/posts/hello']);
    expect(graph.find((n) => n['@type'] === 'WebSite')!.url).toBe('https://example.org/blog');
    expect(options.publisher.url).toBe('https://example.org/blog');
  });
});

describe('urlOnSite', () => {
  it('keeps every path on the site, whatever it looks like', async () => {
    const { urlOnSite } = await import('../src/core/urls.ts');
    expect(urlOnSite('/images/a.png', 'https://example.org/blog/')).toBe('https://example.org/blog/images/a.png');
    expect(urlOnSite('/javascript:alert(1)', 'https://example.org/')).toBe('https://example.org/javascript:alert(1)');
    expect(urlOnSite('javascript:alert(1)', 'https://example.org/')).toBe('https://example.org/javascript:alert(1)');
    expect(urlOnSite('//evil.example/x.png', 'https://example.org/')).toBe('https://example.org/evil.example/x.png');
  });
});
