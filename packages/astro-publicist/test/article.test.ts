import { describe, expect, it } from 'vitest';
import { analyzeBody } from '../src/core/article/body.ts';
import { DESCRIPTION_MAX } from '../src/core/article/normalize.ts';
import { graphemeCount } from '../src/core/text/graphemes.ts';
import { baseUserOptions, makeArticle, makeOptions } from './helpers.ts';
import { resolveOptions } from '../src/options/resolve.ts';
import { parseOptions } from '../src/options/validate.ts';

const MDX_BODY = `import Callout from '../../components/Callout.astro';
export const meta = { draft: false };

<Callout type="tipp">Dieser Hinweis ist JSX und gehört nicht in die Beschreibung.</Callout>

Wer auf Social Media **wachsen** will, braucht einen klaren Plan: Ziele, Zielgruppen und ein Redaktionsplan, der zu den Ressourcen des Teams passt. Ohne ihn verpufft selbst die beste Idee im Rauschen der Timeline, und das Budget für Kampagnen fließt in Beiträge, die niemand sieht.

## Ziele definieren

Messbare Ziele sind die Grundlage. {props.zahl} Prozent aller Teams arbeiten ohne.

- Reichweite
- Interaktion

\`\`\`js
const utm = 'utm_source=x';
\`\`\`

### Ziele für „Unternehmensbekanntheitssteigerung“

| KPI | Ziel |
| --- | --- |
| Reichweite | 10.000 |
`;

describe('analyzeBody', () => {
  const body = analyzeBody(MDX_BODY);

  it('takes the first paragraph outside JSX, leaving out imports, exports and expressions', () => {
    expect(body.firstParagraph).toMatch(/^Wer auf Social Media wachsen will, braucht einen klaren Plan/);
    expect(body.text).not.toContain('import');
    expect(body.text).not.toContain('props.zahl');
  });

  it('counts the prose inside components (a callout’s text) but not their attributes', () => {
    expect(body.text).toContain('Dieser Hinweis ist JSX');
    expect(body.text).not.toContain('tipp');
  });

  it('leaves code out of the text and the word count', () => {
    expect(body.text).not.toContain('utm_source');
    expect(body.wordCount).toBeGreaterThan(60);
    expect(body.wordCount).toBeLessThan(100);
  });

  it('lists headings with depth and GitHub-style slugs', () => {
    expect(body.headings).toEqual([
      { depth: 2, text: 'Ziele definieren', slug: 'ziele-definieren' },
      { depth: 3, text: 'Ziele für „Unternehmensbekanntheitssteigerung“', slug: 'ziele-für-unternehmensbekanntheitssteigerung' },
    ]);
  });

  it('reads table cells as text', () => {
    expect(body.text).toContain('Reichweite');
    expect(body.text).toContain('10.000');
  });

  it('fails on broken MDX instead of guessing', () => {
    expect(() => analyzeBody('<Callout>nicht geschlossen')).toThrow();
  });
});

describe('normalizeArticle', () => {
  it('derives the description from the first paragraph, cut at a word within 160 characters', () => {
    const article = makeArticle({ body: MDX_BODY });
    expect(article.descriptionFromBody).toBe(true);
    expect(graphemeCount(article.description)).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(article.description.endsWith('…')).toBe(true);
    const withoutEllipsis = article.description.slice(0, -1);
    // The cut falls after a whole word of the original paragraph.
    expect(analyzeBody(MDX_BODY).firstParagraph.startsWith(withoutEllipsis)).toBe(true);
    expect(analyzeBody(MDX_BODY).firstParagraph.charAt(withoutEllipsis.length)).toMatch(/[\s,.:;]/);
  });

  it('keeps a frontmatter description as it is', () => {
    const article = makeArticle({ data: { description: 'Kurz & „knapp“.' } });
    expect(article.description).toBe('Kurz & „knapp“.');
    expect(article.descriptionFromBody).toBe(false);
  });

  it('builds absolute URLs from the collection URL rule and the site', () => {
    const options = makeOptions({ collections: [{ name: 'articles', url: ({ id }) => `/artikel/${id}/` }] });
    const article = makeArticle({ id: 'mehr-reichweite' }, options);
    expect(article.path).toBe('/artikel/mehr-reichweite/');
    expect(article.url).toBe('https://social-kompass.example/artikel/mehr-reichweite/');
    expect(article.canonical).toBe(article.url);
    expect(makeArticle({ data: { canonical: 'https://medium.example/post' } }).canonical).toBe('https://medium.example/post');
  });

  it('keeps the site base path in URLs', () => {
    const options = resolveOptions(parseOptions(baseUserOptions), { site: 'https://example.org', base: '/blog' });
    expect(makeArticle({}, options).url).toBe('https://example.org/blog/articles/beispiel/');
  });

  it('gives dates their time zone: a date without time is midnight in the site zone', () => {
    const winter = makeArticle({ data: { pubDate: new Date('2026-03-01') } });
    expect(winter.published.iso).toBe('2026-03-01T00:00:00+01:00');
    const summer = makeArticle({ data: { pubDate: new Date('2026-07-01'), updatedDate: new Date('2026-07-02T10:15:00Z') } });
    expect(summer.published.iso).toBe('2026-07-01T00:00:00+02:00');
    expect(summer.modified.iso).toBe('2026-07-02T12:15:00+02:00');
  });

  it('resolves authors to full objects', () => {
    const article = makeArticle({ data: { author: ['lena', 'jonas'] } });
    expect(article.authors.map((a) => a.name)).toEqual(['Lena Hoffmann', 'Jonas Becker']);
    expect(article.authors[0]!.sameAs).toContain('https://social.example/@lena');
    expect(article.authors[0]!.avatar).toBe('https://social-kompass.example/authors/lena.png');
  });

  it('fails on an unknown author naming the file and the id', () => {
    expect(() => makeArticle({ data: { author: 'unbekannt' } })).toThrow(
      'publicist: src/content/articles/beispiel.mdx: author must be an author id defined in publicist({ authors }), got "unbekannt"; known ids: lena, jonas',
    );
  });

  it('fails when a cover has no alt text, or updatedDate is before pubDate', () => {
    const cover = { src: '/_astro/c.jpg', width: 1600, height: 900, format: 'jpg' };
    expect(() => makeArticle({ data: { cover } })).toThrow(/beispiel\.mdx: coverAlt must be alt text/);
    expect(() => makeArticle({ data: { updatedDate: new Date('2026-01-01') } })).toThrow(/beispiel\.mdx: updatedDate must be a date on or after pubDate/);
  });

  it('computes reading time, language and locale', () => {
    const article = makeArticle({ body: 'Wort '.repeat(1000), data: { lang: 'en' } });
    expect(article.wordCount).toBe(1000);
    expect(article.readingTimeMinutes).toBe(5);
    expect(article.lang).toBe('en');
    expect(article.locale).toBe('en_US');
    expect(makeArticle().locale).toBe('de_DE');
  });

  it('carries the cover with absolute URL, size and type', () => {
    const article = makeArticle({ data: { cover: { src: '/_astro/cover.hash.jpg', width: 1600, height: 900, format: 'jpg' }, coverAlt: 'Ein Kompass' } });
    expect(article.cover).toMatchObject({ url: 'https://social-kompass.example/_astro/cover.hash.jpg', width: 1600, height: 900, type: 'image/jpeg', alt: 'Ein Kompass' });
  });

  it('is immutable', () => {
    const article = makeArticle({ data: { tags: ['A', 'B'] } });
    expect(Object.isFrozen(article)).toBe(true);
    expect(() => (article.tags as string[]).push('C')).toThrow();
  });

  it('marks drafts noindex', () => {
    const article = makeArticle({ data: { draft: true } });
    expect(article.draft).toBe(true);
    expect(article.noindex).toBe(true);
  });
});
