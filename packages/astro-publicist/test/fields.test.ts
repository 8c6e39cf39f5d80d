import { describe, expect, it } from 'vitest';
import { datedCollections, describeMapping, detectFields, FIELD_CANDIDATES, readField } from '../src/core/article/fields.ts';
import { authorFromData } from '../src/core/article/authors.ts';
import { normalizeArticle } from '../src/core/article/normalize.ts';
import { renderHead } from '../src/core/meta/index.ts';
import { resolveOptions } from '../src/options/resolve.ts';
import { parseOptions } from '../src/options/validate.ts';
import type { PublicistUserOptions } from '../src/options/options-schema.ts';
import type { ResolvedAuthor } from '../src/core/types.ts';

const SITE = 'https://theme.example';
const hero = { src: '/_astro/hero.abc.jpg', width: 960, height: 480, format: 'jpg', fsPath: '/site/src/assets/hero.jpg' };

function themeOptions(collection: Record<string, unknown> = {}, extra: PublicistUserOptions = {}) {
  return resolveOptions(parseOptions({ collections: [{ name: 'blog', ...collection }], ...extra }), { site: SITE });
}

function normalize(data: Record<string, unknown>, options = themeOptions(), context = {}, filePath = 'src/content/blog/first-post.md') {
  return normalizeArticle({ collection: 'blog', id: 'first-post', data, body: 'A first paragraph of the post with some words.', filePath }, options, context);
}

describe('detectFields guesses each fact from the names themes use', () => {
  it.each(FIELD_CANDIDATES.pubDate.map((name) => [name]))('published ← %s', (name) => {
    const mapping = detectFields([{ title: 'T', [name]: new Date('2026-01-02') }]);
    expect(mapping.pubDate).toMatchObject({ kind: 'path', path: [name] });
  });

  it.each(FIELD_CANDIDATES.updatedDate.map((name) => [name]))('updated ← %s', (name) => {
    expect(detectFields([{ [name]: new Date('2026-01-02') }]).updatedDate).toMatchObject({ path: [name] });
  });

  it.each(FIELD_CANDIDATES.cover.map((name) => [name]))('cover ← %s', (name) => {
    expect(detectFields([{ [name]: '/images/a.png' }]).cover).toMatchObject({ path: [name] });
  });

  it.each(FIELD_CANDIDATES.coverAlt.map((name) => [name]))('cover alt ← %s', (name) => {
    expect(detectFields([{ [name]: 'An alt text' }]).coverAlt).toMatchObject({ path: [name] });
  });

  it('takes the first candidate any entry of the collection sets, whatever the first entry has', () => {
    const mapping = detectFields([{ title: 'A' }, { title: 'B', categories: ['x'], lastmod: new Date() }]);
    expect(mapping.tags).toMatchObject({ path: ['categories'] });
    expect(mapping.updatedDate).toMatchObject({ path: ['lastmod'] });
    expect(mapping.author).toEqual({ kind: 'none' });
  });

  it('reads a cover written as { src, alt } from .src and its alt text from .alt', () => {
    const mapping = detectFields([{ coverImage: { src: hero, alt: 'A hill' } }]);
    expect(mapping.cover).toMatchObject({ path: ['coverImage', 'src'] });
    expect(mapping.coverAlt).toMatchObject({ path: ['coverImage', 'alt'] });
    expect(readField(mapping, 'cover', { id: 'x', data: { coverImage: { src: hero, alt: 'A hill' } } })).toBe(hero);
  });

  it('treats an image() result as the image itself, not as { src, alt }', () => {
    expect(detectFields([{ heroImage: hero }]).cover).toMatchObject({ path: ['heroImage'] });
  });

  it('lets the fields option win over every guess: a name (dots for nesting) or a function', () => {
    const read = (entry: { data: Record<string, unknown> }) => entry.data.when;
    const mapping = detectFields([{ pubDate: new Date(), date: new Date(), meta: { image: '/a.png' } }], { pubDate: 'date', cover: 'meta.image', updatedDate: read });
    expect(mapping.pubDate).toEqual({ kind: 'path', path: ['date'], configured: true });
    expect(mapping.cover).toEqual({ kind: 'path', path: ['meta', 'image'], configured: true });
    expect(readField(mapping, 'updatedDate', { id: 'x', data: { when: 'later' } })).toBe('later');
  });

  it('prints the mapping it used as one line per collection', () => {
    const posts = detectFields([{ title: 'T', publishDate: new Date(), coverImage: { src: hero, alt: 'A' } }]);
    expect(describeMapping('blog', posts)).toBe('blog: pubDate ← publishDate · cover ← coverImage.src, alt ← coverImage.alt · author ← site publisher');
    const starter = detectFields([{ title: 'T', pubDate: new Date(), updatedDate: new Date(), heroImage: hero }]);
    expect(describeMapping('blog', starter)).toBe('blog: pubDate ← pubDate · updatedDate ← updatedDate · cover ← heroImage, alt ← title · author ← site publisher');
    const configured = detectFields([{ date: new Date(), authors: ['a'], categories: ['c'] }], { pubDate: 'date' });
    expect(describeMapping('post', configured)).toBe('post: pubDate ← date (fields) · tags ← categories · author ← authors');
  });

  it('finds the collections whose entries carry a date under any name', () => {
    expect(datedCollections({ blog: [{ title: 'A', pubDate: new Date() }], authors: [{ name: 'Jane' }], notes: [{ date: '2026-01-01' }], empty: [] })).toEqual(['blog', 'notes']);
    expect(datedCollections({ pages: [{ date: 'soon' }] })).toEqual([]);
  });
});

describe('normalizeArticle with a theme’s frontmatter', () => {
  it('reads dates, image, tags and canonical from the theme’s names and credits the publisher', () => {
    const data = { title: 'First post', publishDate: '2026-03-01', modified: new Date('2026-03-05T10:00:00Z'), heroImage: hero, categories: ['Astro'], canonicalURL: 'https://elsewhere.example/first/' };
    const article = normalize(data);
    expect(article.published.iso).toBe('2026-03-01T00:00:00+00:00');
    expect(article.modified.iso).toBe('2026-03-05T10:00:00+00:00');
    expect(article.cover).toMatchObject({ url: `${SITE}/_astro/hero.abc.jpg`, width: 960, height: 480, alt: 'First post', file: hero.fsPath });
    expect(article.tags).toEqual(['Astro']);
    expect(article.canonical).toBe('https://elsewhere.example/first/');
    expect(article.authors).toEqual([]);
  });

  it('leaves entry.data as the user’s schema made it: nothing dropped, nothing renamed', () => {
    const data = { title: 'First post', pubDate: new Date('2026-03-01'), heroImage: hero, custom: { nested: [1, 2] }, coverImage: { src: hero, alt: 'x' } };
    const before = structuredClone(data);
    const article = normalize(data);
    expect(data).toEqual(before);
    expect(article.data).toEqual(before);
    expect(article.data.heroImage).toBe(hero);
  });

  it('names the file and the theme’s own field when a date is not a date', () => {
    expect(() => normalize({ title: 'T', publishDate: 'next tuesday' })).toThrow('publicist: src/content/blog/first-post.md: publishDate must be a date like 2026-03-01, got "next tuesday"');
    expect(() => normalize({ title: 'T', pubDatetime: new Date('2026-03-02'), modDatetime: new Date('2026-03-01') })).toThrow(
      /first-post\.md: modDatetime must be a date on or after pubDatetime/,
    );
    expect(() => normalize({ title: 'T' })).toThrow(/first-post\.md: pubDate must be the publication date \(frontmatter pubDate, publishDate, pubDatetime, date, published/);
    expect(() => normalize({ title: 'T', when: 'soon' }, themeOptions({ fields: { pubDate: 'when' } }))).toThrow(/first-post\.md: when must be a date like 2026-03-01, got "soon"/);
  });

  it('takes plain author names as they are when no authors are configured', () => {
    const article = normalize({ title: 'T', date: new Date('2026-03-01'), author: 'Jane Doe' });
    expect(article.authors).toMatchObject([{ id: 'jane-doe', name: 'Jane Doe' }]);
  });

  it('resolves reference()s to an authors collection through the entries the runtime looked up', () => {
    const jane = authorFromData('jane', { name: 'Jane Doe', avatar: 'http://127.0.0.1:9/jane.png', bio: 'Writes.', socials: { github: 'https://github.com/jane', x: '@janedoe' } }, `${SITE}/`);
    const referenced = new Map<string, ResolvedAuthor>([['authors/jane', jane]]);
    const article = normalize({ title: 'T', date: new Date('2026-03-01'), authors: [{ collection: 'authors', id: 'jane' }] }, themeOptions(), { referenced });
    expect(article.authors).toHaveLength(1);
    expect(article.authors[0]).toMatchObject({ id: 'jane', name: 'Jane Doe', avatar: 'http://127.0.0.1:9/jane.png', bio: 'Writes.' });
    expect(article.authors[0]!.avatarPath).toBeUndefined();
    expect(article.authors[0]!.profiles.x).toBe('janedoe');
    expect(article.authors[0]!.sameAs).toEqual(['https://x.com/janedoe', 'https://github.com/jane']);
    expect(() => normalize({ title: 'T', date: new Date('2026-03-01'), authors: [{ collection: 'authors', id: 'nobody' }] }, themeOptions(), { referenced })).toThrow(
      /first-post\.md: authors must reference an existing entry, got authors\/nobody, which does not exist/,
    );
  });

  it('credits the publisher in the head and the JSON-LD when the post has no author', () => {
    const options = themeOptions({}, { publisher: { name: 'Theme Press' } });
    const article = normalize({ title: 'T', pubDate: new Date('2026-03-01') }, options);
    const html = renderHead({ article }, options);
    expect(html).toContain('<meta name="author" content="Theme Press">');
    const graph = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]!.replace(/\\u003c/g, '<'))['@graph'];
    const posting = graph.find((n: { '@type': string }) => n['@type'] === 'BlogPosting');
    const organization = graph.find((n: { '@type': string }) => n['@type'] === 'Organization');
    expect(posting.author).toEqual([{ '@id': organization['@id'] }]);
    expect(graph.filter((n: { '@type': string }) => n['@type'] === 'Person')).toEqual([]);
  });

  it('keeps our own schema strict: cover needs coverAlt', () => {
    expect(() => normalize({ title: 'T', pubDate: new Date('2026-03-01'), cover: hero })).toThrow(/coverAlt must be alt text/);
  });
});

describe('the fields option', () => {
  it('accepts names and functions per role and refuses unknown roles', () => {
    expect(themeOptions({ fields: { pubDate: 'date', cover: (e: { data: Record<string, unknown> }) => e.data.x } }).collections[0]!.fields.pubDate).toBe('date');
    expect(() => themeOptions({ fields: { published: 'date' } })).toThrow(/collections\.0\.fields\.published is not an option/);
    expect(() => themeOptions({ fields: { pubDate: 3 } })).toThrow(/collections\.0\.fields\.pubDate must be a frontmatter field name/);
  });
});

describe('a post without an author in the feeds', () => {
  it('leaves authors out of its JSON Feed item (it inherits the publisher) and has no dc:creator in RSS', async () => {
    const { feedDocument, feedItemsFrom, serializeFeed } = await import('../src/core/feeds/document.ts');
    const options = themeOptions({}, { publisher: { name: 'Theme Press' } });
    const article = normalize({ title: 'T', pubDate: new Date('2026-03-01') }, options);
    const json = JSON.parse(await serializeFeed(await feedDocument({ kind: 'site' }, 'json', [article], feedItemsFrom(async () => '<p>Body</p>', options), options)));
    expect(json.authors).toEqual([{ name: 'Theme Press', url: `${SITE}/` }]);
    expect(json.items[0]).not.toHaveProperty('authors');
    const rss = await serializeFeed(await feedDocument({ kind: 'site' }, 'rss', [article], feedItemsFrom(async () => '<p>Body</p>', options), options));
    expect(rss).not.toContain('<dc:creator>');
  });
});
