import { describe, expect, it } from 'vitest';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { checkJsonLd } from './support/schema-org.ts';
import { cardImages } from '../src/core/cards/card-files.ts';
import { PublicistError } from '../src/core/errors.ts';
import { buildGraph, serializeJsonLd } from '../src/core/jsonld/index.ts';
import type { GraphPiece } from '../src/core/jsonld/index.ts';
import { renderHead, resolvePage, type HeadInput } from '../src/core/meta/index.ts';
import type { ResolvedOptions } from '../src/core/types.ts';
import { HEAD_SITE as SITE, headArticle as testArticle, headOptions as testOptions } from './helpers.ts';

type Element = DefaultTreeAdapterMap['element'];
type Node = Record<string, unknown>;

/** The page's ld+json scripts, parsed from the rendered head with a real HTML parser. */
function ldJson(html: string): Node[] {
  const found: Node[] = [];
  const visit = (n: DefaultTreeAdapterMap['parentNode'] | DefaultTreeAdapterMap['childNode']) => {
    if ('tagName' in n && n.tagName === 'script' && (n as Element).attrs.some((a) => a.name === 'type' && a.value === 'application/ld+json')) {
      found.push(JSON.parse((n as Element).childNodes.map((c) => ('value' in c ? c.value : '')).join('')) as Node);
    }
    if ('childNodes' in n) n.childNodes.forEach(visit);
  };
  visit(parse(`<!doctype html><html><head>${html}</head><body></body></html>`));
  return found;
}

function graphOf(input: HeadInput, options: ResolvedOptions) {
  const scripts = ldJson(renderHead(input, options));
  expect(scripts).toHaveLength(1);
  const doc = scripts[0]!;
  const nodes = doc['@graph'] as Node[];
  const byType = (type: string) => nodes.filter((n) => n['@type'] === type);
  const byId = (id: unknown) => nodes.find((n) => n['@id'] === id);
  return { doc, nodes, byType, byId };
}

async function expectValid(doc: Node) {
  const report = await checkJsonLd(doc);
  expect(report.unknownTerms).toEqual([]);
  expect(report.danglingReferences).toEqual([]);
  expect(report.components).toHaveLength(1);
  expect(report.quads.length).toBeGreaterThan(20);
  return report;
}

describe('the JSON-LD graph of an article', () => {
  const options = testOptions({ cards: {} });
  const article = testArticle(options, { author: ['lena', 'jonas'], cover: '/covers/reichweite.jpg', coverAlt: 'Ein Diagramm' });
  const { doc, byType, byId, nodes } = graphOf({ article }, options);

  it('expands and converts to RDF in safe mode, uses only schema.org terms, resolves every @id and is connected', async () => {
    await expectValid(doc);
    expect(nodes.map((n) => n['@type'])).toEqual(['WebSite', 'Organization', 'WebPage', 'ImageObject', 'BreadcrumbList', 'BlogPosting', 'Person', 'Person']);
  });

  it('links the nodes by stable @ids', () => {
    const [site] = byType('WebSite');
    const [page] = byType('WebPage');
    const [post] = byType('BlogPosting');
    expect(site!['@id']).toBe(`${SITE}/#website`);
    expect(site!.publisher).toEqual({ '@id': `${SITE}/#organization` });
    expect(page!['@id']).toBe(`${SITE}/artikel/reichweite/#webpage`);
    expect(page!.isPartOf).toEqual({ '@id': `${SITE}/#website` });
    expect(page!.breadcrumb).toEqual({ '@id': `${SITE}/artikel/reichweite/#breadcrumb` });
    expect(byId((page!.primaryImageOfPage as Node)['@id'])?.['@type']).toBe('ImageObject');
    expect(post!.mainEntityOfPage).toEqual({ '@id': page!['@id'] });
    expect(post!.publisher).toEqual({ '@id': `${SITE}/#organization` });
  });

  it('describes the post with headline, dates with offset, authors, keywords, word count and section', () => {
    const [post] = byType('BlogPosting');
    expect(post).toMatchObject({
      headline: 'Reichweite aufbauen',
      description: 'Wie Marken organisch wachsen.',
      datePublished: '2026-03-01T00:00:00+01:00',
      dateModified: '2026-03-01T00:00:00+01:00',
      inLanguage: 'de',
      keywords: ['Reichweite', 'Community'],
      wordCount: article.wordCount,
      articleSection: 'Artikel',
    });
    const authors = (post!.author as Node[]).map((ref) => byId(ref['@id']));
    expect(authors.map((a) => a?.name)).toEqual(['Lena Hoffmann', 'Jonas Becker']);
    expect(authors[0]).toMatchObject({ url: `${SITE}/autorinnen/lena-hoffmann/`, sameAs: ['https://x.com/lenahoffmann', 'https://social.example/@lena'] });
    expect(authors[1]).toMatchObject({ sameAs: ['https://www.linkedin.com/in/jonas-becker-example'] });
  });

  it('lists the share cards that exist, then the cover, as images', () => {
    const [post] = byType('BlogPosting');
    const urls = (post!.image as Node[]).map((i) => (i['@id'] ? byId(i['@id'])!.url : i.url));
    expect(urls).toEqual([...cardImages(article, options).map((c) => c.url), `${SITE}/covers/reichweite.jpg`]);
  });

  it('has a breadcrumb Home → first tag → article', () => {
    const [crumbs] = byType('BreadcrumbList');
    expect(crumbs!.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Startseite', item: `${SITE}/` },
      { '@type': 'ListItem', position: 2, name: 'Reichweite', item: `${SITE}/tags/reichweite/` },
      { '@type': 'ListItem', position: 3, name: 'Reichweite aufbauen', item: `${SITE}/artikel/reichweite/` },
    ]);
  });

  it('takes the section crumb from the sectionCrumb option, or leaves it out', () => {
    const withSection = testOptions({ head: { sectionCrumb: (a) => ({ name: a.section, path: '/artikel/' }) } });
    const items = (options: ResolvedOptions) =>
      (graphOf({ article: testArticle(options) }, options).byType('BreadcrumbList')[0]!.itemListElement as Node[]).map((i) => [i.name, i.item]);
    expect(items(withSection)).toEqual([['Startseite', `${SITE}/`], ['Artikel', `${SITE}/artikel/`], ['Reichweite aufbauen', `${SITE}/artikel/reichweite/`]]);
    const without = testOptions({ head: { sectionCrumb: () => undefined } });
    expect(items(without)).toEqual([['Startseite', `${SITE}/`], ['Reichweite aufbauen', `${SITE}/artikel/reichweite/`]]);
  });
});

describe('the JSON-LD graph of other pages', () => {
  it('makes a tag page a connected CollectionPage without a BlogPosting', async () => {
    const options = testOptions();
    const { doc, byType } = graphOf({ tag: 'Community' }, options);
    await expectValid(doc);
    expect(byType('CollectionPage')).toHaveLength(1);
    expect(byType('BlogPosting')).toHaveLength(0);
    expect((byType('BreadcrumbList')[0]!.itemListElement as Node[]).map((i) => i.name)).toEqual(['Startseite', 'Community']);
  });

  it('gives the home page no breadcrumb and makes it about the publisher', async () => {
    const options = testOptions({ publisher: { type: 'Person', name: 'Lena Hoffmann', logo: '/logo.png' } });
    const { doc, byType } = graphOf({ path: '/', imageSizes: { '/logo.png': { width: 512, height: 512 } } }, options);
    await expectValid(doc);
    expect(byType('BreadcrumbList')).toHaveLength(0);
    const [page] = byType('WebPage');
    expect(page!.breadcrumb).toBeUndefined();
    expect(page!.about).toEqual({ '@id': `${SITE}/#publisher` });
    expect(byType('Person')[0]).toMatchObject({ name: 'Lena Hoffmann', image: { '@id': `${SITE}/#logo`, width: { value: 512 } } });
  });
});

describe('the jsonld.pieces option', () => {
  it('adds, drops and alters pieces, and references to dropped pieces go with them', async () => {
    const pieces = (list: GraphPiece[]): GraphPiece[] => [
      ...list
        .filter((p) => p.name !== 'breadcrumb')
        .map((p) => (p.name === 'article' ? { ...p, build: (ctx: Parameters<GraphPiece['build']>[0]) => ({ ...(p.build(ctx) as object), copyrightYear: 2026 }) as never } : p)),
      {
        name: 'newsletter',
        build: ({ ids, options }) => ({ '@type': 'WebPage', '@id': `${options.site}newsletter/#webpage`, name: 'Newsletter', isPartOf: { '@id': ids.website } }),
      },
    ];
    const options = testOptions({ head: { jsonld: { pieces } } });
    const { doc, byType } = graphOf({ article: testArticle(options) }, options);
    await expectValid(doc);
    expect(byType('BreadcrumbList')).toHaveLength(0);
    expect(byType('WebPage').map((p) => p.name)).toEqual(['Reichweite aufbauen', 'Newsletter']);
    expect(byType('WebPage')[0]!.breadcrumb).toBeUndefined();
    expect(byType('BlogPosting')[0]!.copyrightYear).toBe(2026);
  });

  it('names the option when the function returns something else', () => {
    const options = testOptions({ head: { jsonld: { pieces: () => undefined as never } } });
    const article = testArticle(options);
    expect(() => buildGraph(resolvePage({ article }, options), options)).toThrow(PublicistError);
    expect(() => buildGraph(resolvePage({ article }, options), options)).toThrow(
      'publicist: head.jsonld.pieces must return a list of { name, build } pieces (on example-site/src/content/articles/reichweite.mdx), got nothing',
    );
  });
});

describe('serializeJsonLd', () => {
  it('escapes <, >, &, U+2028 and U+2029 as \\u escapes that JSON.parse reads back exactly', () => {
    const value = { a: '</script><!-- & --> \u2028\u2029 "quotes" \\ &amp;' };
    const text = serializeJsonLd(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('the schema.org checker used above', () => {
  it('rejects terms schema.org does not define, and reports dangling references and disconnected nodes', async () => {
    await expect(checkJsonLd({ '@context': 'https://schema.org', '@type': 'BlogPosting', headlin: 'x' })).rejects.toThrow();
    await expect(checkJsonLd({ '@context': 'https://schema.org', '@type': 'BlogPost', headline: 'x' })).rejects.toThrow();
    const report = await checkJsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', '@id': `${SITE}/#a`, isPartOf: { '@id': `${SITE}/#missing` } },
        { '@type': 'WebSite', '@id': `${SITE}/#b`, name: 'B' },
      ],
    });
    expect(report.danglingReferences).toEqual([`${SITE}/#missing`]);
    expect(report.components).toHaveLength(2);
  });
});
