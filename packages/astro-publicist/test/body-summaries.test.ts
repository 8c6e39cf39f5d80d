/** Body summaries kept between runs (astro/content/body-summaries.ts): same Articles, fewer parses. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BodySummaries } from '../src/astro/content/body-summaries.ts';
import { normalizeArticle } from '../src/core/article/normalize.ts';
import { summarizeBody } from '../src/core/article/body.ts';
import { makeOptions } from './helpers.ts';

const BODY = `import Callout from '../../components/Callout.astro';

<Callout>Ein Hinweis, der nicht in die Beschreibung gehört.</Callout>

Wer auf Social Media wachsen will, braucht einen klaren Plan: Ziele, Zielgruppen und ein Redaktionsplan, der zu den Ressourcen des Teams passt.

## Ziele definieren

${'Messbare Ziele sind die Grundlage jeder Strategie, und wer sie nicht kennt, misst das Falsche. '.repeat(12)}
`;
const OTHER = 'Ein anderer Artikel mit einem kurzen ersten Absatz.';

const file = () => join(mkdtempSync(join(tmpdir(), 'publicist-bodies-')), 'cache', 'publicist-bodies.json');
const entries = (path: string) => Object.keys((JSON.parse(readFileSync(path, 'utf8')) as { entries: object }).entries);

describe('body summaries', () => {
  it('give the Article the summarizer would, and are read back from the file in the next run', () => {
    const path = file();
    const options = makeOptions();
    const entry = { collection: 'articles', id: 'plan', filePath: 'src/content/articles/plan.mdx', body: BODY, data: { title: 'Plan', pubDate: new Date('2026-03-01'), author: 'lena' } };
    const first = new BodySummaries(path, 'v1', () => {});
    expect(normalizeArticle(entry, options, { summarize: first.summarize })).toEqual(normalizeArticle(entry, options));
    first.save(true);

    // Mark the kept summary: a run that reads the file shows the mark, one that parses does not.
    const saved = JSON.parse(readFileSync(path, 'utf8')) as { version: string; entries: Record<string, { excerpt: string }> };
    const [key] = Object.keys(saved.entries);
    saved.entries[key!]!.excerpt = 'aus der Datei';
    writeFileSync(path, JSON.stringify(saved));
    expect(new BodySummaries(path, 'v1', () => {}).summarize(BODY, 'mdx').excerpt).toBe('aus der Datei');
    // Other code (another version) parses again.
    expect(new BodySummaries(path, 'v2', () => {}).summarize(BODY, 'mdx')).toEqual(summarizeBody(BODY, 'mdx'));
  });

  it('keeps only what a build asked for, and everything in dev', () => {
    const path = file();
    const run = new BodySummaries(path, 'v1', () => {});
    run.summarize(BODY, 'mdx');
    run.summarize(OTHER, 'mdx');
    run.save(true);
    expect(entries(path)).toHaveLength(2);
    const dev = new BodySummaries(path, 'v1', () => {});
    dev.summarize('Ein neuer Absatz.', 'md');
    dev.save(false);
    expect(entries(path)).toHaveLength(3);
    const build = new BodySummaries(path, 'v1', () => {});
    build.summarize(OTHER, 'mdx');
    build.save(true);
    expect(entries(path)).toHaveLength(1);
  });

  it('ignores a damaged file and warns once when it cannot write, summarizing all the same', () => {
    const path = file();
    const damaged = new BodySummaries(path, 'v1', () => {});
    damaged.summarize(OTHER, 'mdx');
    damaged.save(true);
    writeFileSync(path, '{"version":"v1","entries":{"x":');
    expect(new BodySummaries(path, 'v1', () => {}).summarize(BODY, 'mdx')).toEqual(summarizeBody(BODY, 'mdx'));

    const blocker = join(mkdtempSync(join(tmpdir(), 'publicist-bodies-')), 'a-file');
    writeFileSync(blocker, 'kein Ordner');
    const warnings: string[] = [];
    const unwritable = new BodySummaries(join(blocker, 'publicist-bodies.json'), 'v1', (m) => warnings.push(m));
    expect(unwritable.summarize(OTHER, 'mdx')).toEqual(summarizeBody(OTHER, 'mdx'));
    unwritable.save(true);
    unwritable.summarize(BODY, 'mdx');
    unwritable.save(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^the article summaries could not be kept at .*publicist-bodies\.json \(.+\); the next build parses every body again$/);
  });
});
