/**
 * The build report: what each feature made, what the head merge replaced on each page, the SEO
 * audit and every link of ours to a page that was not built. The log shows the audit as a summary
 * (one line per kind of finding, core/report/summary.ts); every finding, one per line, goes to
 * `<cacheDir>/publicist-seo-audit.txt`, and with `report.file` into its JSON too. In strict mode
 * (for CI) a finding fails the build, listing them all; a link to a page that was not built always
 * does.
 */
import { rm } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { siteFindings, formatFinding } from '../../core/report/findings.ts';
import { auditList, auditSummary } from '../../core/report/summary.ts';
import { PublicistError } from '../../core/errors.ts';
import { buildRecord } from '../session.ts';
import { brokenLinks } from './links.ts';
import { writeFileAtomically } from '../write-output.ts';
import type { Feature } from './types.ts';

/** Where the audit's full list is written, in Astro's cacheDir. */
export const AUDIT_LIST_FILE = 'publicist-seo-audit.txt';

/** A path as the log shows it: relative to the project root when it is inside it. */
function shown(root: string, file: string): string {
  const path = relative(root, file);
  return path && !path.startsWith('..') ? path.split(sep).join('/') : file;
}

/** The head merge's log lines: one per page up to this many pages, else a count per replaced name. */
const HEAD_LINES_MAX = 20;

export const reportFeature: Feature = {
  name: 'report',
  async buildDone({ state, logger }) {
    const record = buildRecord();
    const articles = record.articles ?? [];
    const findings = siteFindings(articles, state.options);
    const heads = Object.fromEntries([...record.heads].sort(([a], [b]) => a.localeCompare(b)));
    const merged = Object.values(heads);
    if (merged.length) state.stats.head = `merged into ${merged.length} page${merged.length === 1 ? '' : 's'} without <Head>`;
    const made = Object.entries(state.stats).map(([name, line]) => `${name}: ${line}`);
    logger.info(`${articles.length} article${articles.length === 1 ? "" : "s"}${made.length ? ` · ${made.join(' · ')}` : ''}`);
    const scheduled = (record.scheduled ?? []).map((a) => ({ file: a.file, slug: a.slug, publishes: a.published.iso }));
    if (scheduled.length) {
      logger.info(`scheduled: ${scheduled.length} article(s) dated after this build, left out until then (scheduled: 'include' publishes them now):\n${scheduled.map((s) => `  ${s.file}: ${s.publishes}`).join('\n')}`);
    }
    if (merged.length && merged.length <= HEAD_LINES_MAX) {
      for (const [path, replaced] of Object.entries(heads)) logger.info(`head ${path}: ${replaced.length ? `replaced the page's ${replaced.join(', ')}` : 'added ours, replaced nothing'}`);
    } else if (merged.length) {
      const counts = new Map<string, number>();
      for (const names of merged) for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
      logger.info(`head: replaced the pages' ${[...counts].map(([name, n]) => `${name} (${n})`).join(', ') || 'nothing'}${state.options.report.file ? '; per page in the report file' : ''}`);
    }
    const broken = brokenLinks(state);
    const reportFile = state.options.report.file ? resolve(state.root, state.options.report.file) : undefined;
    if (reportFile) {
      await writeFileAtomically(reportFile, `${JSON.stringify({ articles: articles.length, scheduled, outputs: state.stats, heads, brokenLinks: broken, findings }, null, 2)}\n`);
    }
    // The full list, for the summary to point to; a list left by an earlier build goes.
    const listFile = join(state.cacheDir, AUDIT_LIST_FILE);
    const listedIn: string[] = [];
    try {
      if (findings.length) {
        await writeFileAtomically(listFile, auditList(findings));
        listedIn.push(shown(state.root, listFile));
      } else await rm(listFile, { force: true });
    } catch (error) {
      logger.warn(`could not write the SEO audit's full list to ${listFile}: ${(error as Error).message}`);
    }
    if (reportFile && findings.length) listedIn.push(shown(state.root, reportFile));
    if (broken.length) {
      const list = broken.map((b) => `  ${b.url} (in ${b.in})`).join('\n');
      throw new PublicistError(
        `publicist: ${broken.length} link(s) we wrote point to a page that was not built (check publicist({ collections: [{ url }] }), tags.url and the site's pages):\n${list}`,
      );
    }
    if (findings.length && state.options.report.strict) {
      const list = findings.map((f) => `  ${formatFinding(f)}`).join('\n');
      throw new PublicistError(`publicist: the SEO audit found ${findings.length} problem(s) (report.strict is on):\n${list}`);
    }
    // Without a file to point to, the log keeps every finding.
    const unlisted = listedIn.length === 0 && findings.length ? `\n${auditList(findings).replace(/^/gm, '  ').trimEnd()}` : '';
    logger.info(`${auditSummary(findings, listedIn.join(' and '))}${unlisted}`);
  },
};
