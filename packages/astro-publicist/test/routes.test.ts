import { describe, expect, it } from 'vitest';
import { routesOverlap, routeTaken } from '../src/core/routes/overlap.ts';

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
