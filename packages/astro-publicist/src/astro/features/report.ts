/**
 * The build report: what each feature made, what the head merge replaced on each page, every
 * SEO finding with file and field, and every link of ours to a page that was not built. In strict
 * mode (for CI) a finding fails the build; a link to a page that was not built always does.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { siteFindings, formatFinding } from '../../core/report/findings.ts';
import { PublicistError } from '../../core/errors.ts';
import { buildRecord } from '../session.ts';
import { brokenLinks } from './links.ts';
import type { Feature } from './types.ts';

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
    const broken = await brokenLinks(state);
    if (state.options.report.file) {
      const file = resolve(state.root, state.options.report.file);
      await mkdir(dirname(file), { recursive: true });
      const json = `${JSON.stringify({ articles: articles.length, scheduled, outputs: state.stats, heads, brokenLinks: broken, findings }, null, 2)}\n`;
      await writeFile(`${file}.tmp`, json);
      await rename(`${file}.tmp`, file);
    }
    if (broken.length) {
      const list = broken.map((b) => `  ${b.url} (in ${b.in})`).join('\n');
      throw new PublicistError(
        `publicist: ${broken.length} link(s) we wrote point to a page that was not built (check publicist({ collections: [{ url }] }), tags.url and the site's pages):\n${list}`,
      );
    }
    if (findings.length === 0) {
      logger.info('SEO audit: no findings');
      return;
    }
    const list = findings.map((f) => `  ${formatFinding(f)}`).join('\n');
    if (state.options.report.strict) {
      throw new PublicistError(`publicist: the SEO audit found ${findings.length} problem(s) (report.strict is on):\n${list}`);
    }
    logger.info(`SEO audit: ${findings.length} finding(s)\n${list}`);
  },
};
