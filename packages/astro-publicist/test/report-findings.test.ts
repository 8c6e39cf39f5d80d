import { describe, expect, it } from 'vitest';
import { siteFindings } from '../src/core/report/findings.ts';
import { makeArticle, makeOptions } from './helpers.ts';

const goodDescription = 'Wie Teams mit einem Redaktionsplan, klaren Zielen und messbaren KPIs mehr Reichweite auf Social Media erreichen.';

describe('siteFindings', () => {
  const options = makeOptions();

  it('finds nothing in a well-formed article', () => {
    expect(siteFindings([makeArticle({ data: { description: goodDescription } })], options)).toEqual([]);
  });

  it('names file, field and what is expected for each problem', () => {
    const withBareAuthor = makeOptions({ authors: { jonas: { name: 'Jonas Becker' } } });
    const article = makeArticle({
      data: {
        title: 'Unternehmensbekanntheitssteigerungsmaßnahmen und Kundenzufriedenheitsmessungsinstrumente',
        description: 'Zu kurz.',
        tags: [],
        author: 'jonas',
      },
    }, withBareAuthor);
    const findings = siteFindings([article], withBareAuthor);
    expect(findings).toEqual([
      { file: 'src/content/articles/beispiel.mdx', field: 'title', kind: 'title-length', message: 'should be at most 60 characters for search results (or set card.title for the card), is 88' },
      { file: 'src/content/articles/beispiel.mdx', field: 'description', kind: 'description-length', message: 'should be 50–160 characters, is 8' },
      { file: 'src/content/articles/beispiel.mdx', field: 'tags', kind: 'tags-missing', message: 'should name at least one tag (article:tag, keywords, hashtags), has none' },
      { file: 'src/content/articles/beispiel.mdx', field: 'author', kind: 'author-link', message: "jonas should have a url or a profile (Google's author markup asks for url or sameAs), has neither" },
    ]);
  });

  it('finds duplicate titles and lonely translation keys', () => {
    const a = makeArticle({ id: 'a', filePath: 'a.mdx', data: { description: goodDescription, translationKey: 'x' } });
    const b = makeArticle({ id: 'b', filePath: 'b.mdx', data: { description: `${goodDescription} Zwei.` } });
    const fields = siteFindings([a, b], options).map((f) => `${f.file} ${f.field}`);
    expect(fields).toEqual(['b.mdx title', 'a.mdx translationKey']);
  });
});
