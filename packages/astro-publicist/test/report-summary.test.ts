/** The SEO audit as the log shows it (core/report/summary.ts): one line per kind, counted, with examples, in a fixed order. */
import { describe, expect, it } from 'vitest';
import { siteFindings, type Finding } from '../src/core/report/findings.ts';
import { auditList, auditSummary, groupFindings } from '../src/core/report/summary.ts';
import { makeArticle, makeOptions } from './helpers.ts';

const finding = (file: string, kind: Finding['kind'], field: string, message = 'says why'): Finding => ({ file, field, kind, message });

describe('auditSummary', () => {
  it('one line per kind: how many files, the first three by name, how many more', () => {
    const findings = ['e.mdx', 'b.mdx', 'd.mdx', 'a.mdx', 'c.mdx'].map((file) => finding(file, 'description-missing', 'description'));
    expect(auditSummary(findings, 'node_modules/.astro/publicist-seo-audit.txt')).toBe(
      ['SEO audit: 5 findings, each listed in node_modules/.astro/publicist-seo-audit.txt', '  description: none set on 5 files (the first paragraph is used) — a.mdx, b.mdx, c.mdx and 2 more'].join('\n'),
    );
  });

  it('orders kinds by how many files have them, then by the fixed kind order; counts a file once per kind', () => {
    const findings = [
      finding('astro.config', 'publisher-logo', 'publisher.logo'),
      finding('a.mdx', 'tags-missing', 'tags'),
      finding('a.mdx', 'author-link', 'author'),
      finding('a.mdx', 'author-link', 'author'),
      finding('b.mdx', 'tags-missing', 'tags'),
      finding('b.mdx', 'title-length', 'title'),
    ];
    expect(groupFindings(findings).map((g) => [g.kind, g.files.length])).toEqual([
      ['tags-missing', 2],
      ['title-length', 1],
      ['author-link', 1],
      ['publisher-logo', 1],
    ]);
    expect(auditSummary(findings).split('\n')).toEqual([
      'SEO audit: 6 findings',
      '  tags: none set on 2 files — a.mdx, b.mdx',
      '  title: over 60 characters on 1 file — b.mdx',
      '  author: an author without url or profile on 1 file — a.mdx',
      '  publisher.logo: not set on 1 file (the JSON-LD publisher has no logo) — astro.config',
    ]);
    // The same findings in another order: the same lines.
    expect(auditSummary([...findings].reverse())).toBe(auditSummary(findings));
  });

  it('counts with thousands separators, and says when there is nothing', () => {
    const findings = Array.from({ length: 1234 }, (_, i) => finding(`f${String(i).padStart(4, '0')}.mdx`, 'cover-size', 'cover'));
    expect(auditSummary(findings)).toBe('SEO audit: 1,234 findings\n  cover: under 50,000 pixels on 1,234 files — f0000.mdx, f0001.mdx, f0002.mdx and 1,231 more');
    expect(auditSummary([])).toBe('SEO audit: no findings');
  });

  it('names a kind for every finding the audit makes', () => {
    const options = makeOptions({ publisher: { name: 'Social Kompass GmbH' } });
    const a = makeArticle({ id: 'a', filePath: 'a.mdx', data: { title: 'Gleich', tags: [], translationKey: 'allein' } }, options);
    const b = makeArticle({ id: 'b', filePath: 'b.mdx', data: { title: 'Gleich', description: 'Zu kurz.' } }, options);
    const kinds = siteFindings([a, b], options).map((f) => f.kind);
    expect(kinds.sort()).toEqual(['description-length', 'description-missing', 'publisher-logo', 'tags-missing', 'title-duplicate', 'translation-unshared']);
    expect(auditSummary(siteFindings([a, b], options)).split('\n')).toHaveLength(7);
  });
});

describe('auditList', () => {
  it('every finding, one line each, by file; a file’s findings in the order found', () => {
    const findings = [finding('b.mdx', 'title-length', 'title', 'first'), finding('a.mdx', 'tags-missing', 'tags', 'x'), finding('b.mdx', 'tags-missing', 'tags', 'second')];
    expect(auditList(findings)).toBe('a.mdx: tags x\nb.mdx: title first\nb.mdx: tags second\n');
  });
});
