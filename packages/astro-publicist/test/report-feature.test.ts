/**
 * The build report (astro/features/report.ts) at the end of a build: its log lines, its JSON file,
 * the audit's full list, and its two modes. Lenient (the default) sums the SEO findings up per
 * kind in the log, lists them all in a file, and lets the build pass; strict fails it listing
 * every finding. A link of ours to a page that was not built fails it in either mode.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { AUDIT_LIST_FILE, reportFeature } from '../src/astro/features/report.ts';
import { buildRecord, openSession, recordLinks, startBuildRecord } from '../src/astro/session.ts';
import type { PublicistState } from '../src/astro/state.ts';
import { PublicistError } from '../src/core/errors.ts';
import { buildState, makeArticle, makeOptions, recordingLogger, tempFiles } from './helpers.ts';

const goodDescription = 'Wie Teams mit einem Redaktionsplan, klaren Zielen und messbaren KPIs mehr Reichweite auf Social Media erreichen.';
const SITE = 'https://social-kompass.example';

/** Runs the report's build:done hook; returns what it logged, or the error it failed the build with. */
async function runReport(state: PublicistState) {
  const { logger, lines } = recordingLogger();
  try {
    await reportFeature.buildDone!({ state, logger, params: {} as never });
    return { lines, error: undefined };
  } catch (error) {
    return { lines, error: error as PublicistError };
  }
}

const page = (canonical: string) => `<!doctype html><html><head><link rel="canonical" href="${canonical}"></head><body></body></html>`;

describe('reportFeature', () => {
  beforeEach(() => {
    openSession({ logger: { info: () => {}, warn: () => {} }, inProcessOptions: undefined });
    startBuildRecord();
  });

  it('lenient: sums the findings up in the log, lists each with file and field in its files, and lets the build pass', async () => {
    const options = makeOptions({ report: { file: 'reports/publicist.json' } });
    buildRecord().articles = [makeArticle({ data: { description: undefined } }, options), makeArticle({ id: 'gut', filePath: 'src/content/articles/gut.mdx', data: { title: 'Gut', description: goodDescription } }, options)];
    const outDir = tempFiles('report-out', { 'index.html': page(`${SITE}/`) });
    const state = buildState(outDir, { options, stats: { feeds: 'wrote 3 feeds' } });
    const { lines, error } = await runReport(state);
    expect(error).toBeUndefined();
    expect(lines.info[0]).toBe('2 articles · feeds: wrote 3 feeds');
    expect(lines.info.at(-1)).toBe(
      `SEO audit: 1 finding, each listed in ${AUDIT_LIST_FILE} and reports/publicist.json\n  description: none set on 1 file (the first paragraph is used) — src/content/articles/beispiel.mdx`,
    );
    expect(readFileSync(join(outDir, AUDIT_LIST_FILE), 'utf8')).toBe(
      'src/content/articles/beispiel.mdx: description should be written for search results and link previews; none is set, so the first paragraph is used\n',
    );
    const report = JSON.parse(readFileSync(join(outDir, 'reports/publicist.json'), 'utf8'));
    expect(report).toEqual({
      articles: 2,
      scheduled: [],
      outputs: { feeds: 'wrote 3 feeds' },
      heads: {},
      brokenLinks: [],
      findings: [{ file: 'src/content/articles/beispiel.mdx', field: 'description', kind: 'description-missing', message: expect.stringMatching(/^should be written for search results/) }],
    });
  });

  it('strict: fails the build with every finding, naming file and field, after writing the JSON file', async () => {
    const options = makeOptions({ report: { strict: true, file: 'report.json' } });
    buildRecord().articles = [makeArticle({ data: { description: 'Zu kurz.', tags: [] } }, options)];
    const outDir = tempFiles('report-out', { 'index.html': page(`${SITE}/`) });
    const { error } = await runReport(buildState(outDir, { options }));
    expect(error).toBeInstanceOf(PublicistError);
    expect(error!.message).toBe(
      [
        'publicist: the SEO audit found 2 problem(s) (report.strict is on):',
        '  src/content/articles/beispiel.mdx: description should be 50–160 characters, is 8',
        '  src/content/articles/beispiel.mdx: tags should name at least one tag (article:tag, keywords, hashtags), has none',
      ].join('\n'),
    );
    expect(JSON.parse(readFileSync(join(outDir, 'report.json'), 'utf8')).findings.map((f: { field: string }) => f.field)).toEqual(['description', 'tags']);
  });

  it('strict passes a build without findings, logging that there are none', async () => {
    const options = makeOptions({ report: { strict: true } });
    buildRecord().articles = [makeArticle({ data: { description: goodDescription } }, options)];
    const { lines, error } = await runReport(buildState(tempFiles('report-out', { 'index.html': page(`${SITE}/`) }), { options }));
    expect(error).toBeUndefined();
    expect(lines.info).toEqual(['1 article', 'SEO audit: no findings']);
  });

  it('fails on a link of ours to a page that was not built, also in lenient mode', async () => {
    buildRecord().articles = [makeArticle({ data: { description: goodDescription } })];
    const outDir = tempFiles('report-out', { 'index.html': page(`${SITE}/`), 'a/index.html': page(`${SITE}/gone/`) });
    recordLinks('/', [`${SITE}/`]);
    recordLinks('/a/', [`${SITE}/`, `${SITE}/gone/`]);
    const { error } = await runReport(buildState(outDir));
    expect(error).toBeInstanceOf(PublicistError);
    expect(error!.message).toMatch(/^publicist: 1 link\(s\) we wrote point to a page that was not built .*:\n {2}https:\/\/social-kompass\.example\/gone\/ \(in a\/index\.html\)$/);
  });

  it('lists scheduled articles with their date and each page whose head was merged', async () => {
    const options = makeOptions();
    buildRecord().articles = [makeArticle({ data: { description: goodDescription } }, options)];
    buildRecord().scheduled = [makeArticle({ id: 'zukunft', filePath: 'src/content/articles/zukunft.mdx', data: { title: 'Zukunft', description: goodDescription, pubDate: new Date('2099-01-01') } }, options)];
    buildRecord().heads.set('/ueber/', ['title', 'description']).set('/impressum/', []);
    const state = buildState(tempFiles('report-out', { 'index.html': page(`${SITE}/`) }), { options });
    const { lines, error } = await runReport(state);
    expect(error).toBeUndefined();
    expect(state.stats.head).toBe('merged into 2 pages without <Head>');
    expect(lines.info).toEqual([
      '1 article · head: merged into 2 pages without <Head>',
      "scheduled: 1 article(s) dated after this build, left out until then (scheduled: 'include' publishes them now):\n  src/content/articles/zukunft.mdx: 2099-01-01T00:00:00+01:00",
      'head /impressum/: added ours, replaced nothing',
      "head /ueber/: replaced the page's title, description",
      'SEO audit: no findings',
    ]);
  });

  it('sums 1,000 findings of one kind up in one line with examples; the full list, by file, is in the cache folder', async () => {
    const options = makeOptions();
    const ids = Array.from({ length: 1000 }, (_, i) => `a${String(999 - i).padStart(3, '0')}`);
    buildRecord().articles = ids.map((id) => makeArticle({ id, filePath: `src/content/articles/${id}.mdx`, body: `Der Artikel ${id} beginnt mit einem Absatz, der lang genug für eine Beschreibung ist.`, data: { title: `Artikel ${id}`, description: undefined } }, options));
    const cacheDir = tempFiles('report-cache');
    const { lines, error } = await runReport(buildState(tempFiles('report-out', { 'index.html': page(`${SITE}/`) }), { options, cacheDir }));
    expect(error).toBeUndefined();
    const list = join(cacheDir, AUDIT_LIST_FILE);
    expect(lines.info.at(-1)).toBe(
      [
        `SEO audit: 1,000 findings, each listed in ${list}`,
        '  description: none set on 1,000 files (the first paragraph is used) — src/content/articles/a000.mdx, src/content/articles/a001.mdx, src/content/articles/a002.mdx and 997 more',
      ].join('\n'),
    );
    const listed = readFileSync(list, 'utf8').trimEnd().split('\n');
    expect(listed).toHaveLength(1000);
    expect(listed[0]).toMatch(/^src\/content\/articles\/a000\.mdx: description should be written/);
    expect(listed.at(-1)).toMatch(/^src\/content\/articles\/a999\.mdx: description/);
  });

  it('removes a list an earlier build left when there are no findings; without a file to point to, the log keeps every finding', async () => {
    const options = makeOptions();
    const cacheDir = tempFiles('report-cache', { [AUDIT_LIST_FILE]: 'old\n' });
    buildRecord().articles = [makeArticle({ data: { description: goodDescription } }, options)];
    const outDir = tempFiles('report-out', { 'index.html': page(`${SITE}/`) });
    expect((await runReport(buildState(outDir, { options, cacheDir }))).lines.info.at(-1)).toBe('SEO audit: no findings');
    expect(existsSync(join(cacheDir, AUDIT_LIST_FILE))).toBe(false);

    startBuildRecord();
    buildRecord().articles = [makeArticle({ data: { description: 'Zu kurz.' } }, options)];
    const notAFolder = join(cacheDir, 'file');
    writeFileSync(notAFolder, '');
    const { lines, error } = await runReport(buildState(outDir, { options, cacheDir: notAFolder }));
    expect(error).toBeUndefined();
    expect(lines.warn).toEqual([expect.stringMatching(/^could not write the SEO audit's full list to .*publicist-seo-audit\.txt: /)]);
    expect(lines.info.at(-1)).toBe(
      [
        'SEO audit: 1 finding',
        '  description: not 50–160 characters on 1 file — src/content/articles/beispiel.mdx',
        '  src/content/articles/beispiel.mdx: description should be 50–160 characters, is 8',
      ].join('\n'),
    );
  });
});
