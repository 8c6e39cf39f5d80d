import { describe, expect, it } from 'vitest';
import { routesOverlap, routeTaken } from '../src/core/routes/overlap.ts';
import { join } from 'node:path';
import { siteRoutes } from '../src/astro/site-routes.ts';
import { siteTagSlug, tagPath, tagSlugAt } from '../src/core/urls.ts';
import { feedRoutes } from '../src/core/feeds/definitions.ts';
import { parseOptions } from '../src/options/validate.ts';
import { makeOptions, tempFiles } from './helpers.ts';

describe('route collisions', () => {
  it('finds the same static route and the same shape', () => {
    expect(routeTaken('/rss.xml', '/rss.xml')).toBe(true);
    expect(routeTaken('/tags/[tag]/rss.xml', '/tags/[slug]/rss.xml')).toBe(true);
    expect(routeTaken('/og/[...card].png', '/og/[...route]')).toBe(true);
  });

  it('a static route of the site takes one path of our dynamic route', () => {
    expect(routeTaken('/tags/[tag]/rss.xml', '/tags/seo/rss.xml')).toBe(true);
  });

  it('lets ours through where Astro ranks ours first', () => {
    expect(routeTaken('/rss.xml', '/[...slug]')).toBe(false);
    expect(routeTaken('/social/[...slug]/', '/[...path]')).toBe(false);
    expect(routeTaken('/tags/[tag]/rss.xml', '/tags/[...slug]')).toBe(false);
  });

  it('tells routes that share no path apart', () => {
    expect(routesOverlap('/rss.xml', '/atom.xml')).toBe(false);
    expect(routesOverlap('/tags/[tag]/rss.xml', '/tags/[tag]')).toBe(false);
    expect(routesOverlap('/topics/[tag]/rss.xml', '/tags/[tag]/rss.xml')).toBe(false);
    expect(routesOverlap('/og/[...card].png', '/og/[slug].json')).toBe(false);
    expect(routesOverlap('/og/[...card].png', '/og/[slug].png')).toBe(true);
  });

  it('matches a rest parameter against any number of segments', () => {
    expect(routesOverlap('/[...all]', '/a/b/c')).toBe(true);
    expect(routesOverlap('/blog/[...all]', '/blog')).toBe(true);
    expect(routesOverlap('/blog/[...all]', '/news/a')).toBe(false);
  });
});

describe('route collisions with routes that only share some paths', () => {
  it('leaves our route where Astro picks ours for some of the shared paths', () => {
    expect(routesOverlap('/[lang]/rss.xml', '/autoren/[author]')).toBe(true);
    expect(routeTaken('/[lang]/rss.xml', '/autoren/[author]')).toBe(false);
  });
});


describe('the site’s routes, from src/pages', () => {
  it('names them as Astro does: endpoints keep their extension, index is the folder, _ is no route', () => {
    const files = ['rss.xml.js', 'index.astro', 'about.md', 'topics/[tag].astro', 'blog/[...slug].astro', 'og/[slug].png.ts', '_drafts/x.astro', 'blog/_Card.astro', 'notes.txt'];
    const root = tempFiles('pages', Object.fromEntries(files.map((file) => [`src/pages/${file}`, ''])));
    expect(siteRoutes(root, join(root, 'src/pages')).map((r) => `${r.pattern} ${r.file}`)).toEqual([
      '/about src/pages/about.md',
      '/blog/[...slug] src/pages/blog/[...slug].astro',
      '/ src/pages/index.astro',
      '/og/[slug].png src/pages/og/[slug].png.ts',
      '/rss.xml src/pages/rss.xml.js',
      '/topics/[tag] src/pages/topics/[tag].astro',
    ]);
  });
});

describe('tag URLs', () => {
  it('follow tags.url and tags.slug, and put tag feeds beside the tag page', () => {
    const options = makeOptions({ tags: { url: '/topics/[slug]/', slug: (tag: string) => tag.toLowerCase().replace(/\s+/g, '_') } });
    expect(tagPath('Web Design', options)).toBe('/topics/web_design/');
    expect(tagSlugAt('/topics/web_design/', options)).toBe('web_design');
    expect(tagSlugAt('/topics/web_design', options)).toBe('web_design');
    expect(tagSlugAt('/topics/', options)).toBeUndefined();
    expect(tagSlugAt('/blog/x/', options)).toBeUndefined();
    expect(feedRoutes(options).filter((r) => r.kind === 'tag').map((r) => r.pattern)).toEqual(['/topics/[tag]/rss.xml', '/topics/[tag]/atom.xml', '/topics/[tag]/feed.json']);
  });

  it('default to /tags/<slug>/', () => {
    expect(tagPath('Öffentlichkeitsarbeit', makeOptions())).toBe('/tags/oeffentlichkeitsarbeit/');
  });

  it('refuse a tags.url without [slug] and a slug function that returns no slug', () => {
    expect(() => parseOptions({ tags: { url: '/topics/' } })).toThrow(/tags\.url must be a path like \/tags\/\[slug\]\//);
    const options = makeOptions({ tags: { url: '/tags/[slug]/', slug: () => 'a/b' } });
    expect(() => siteTagSlug('SEO', options)).toThrow(/tags\.slug must return a non-empty slug without "\/", got "a\/b" for the tag "SEO"/);
  });
});
