/**
 * The build report: what each feature made, and every SEO finding with file and field.
 * In strict mode (for CI) a finding fails the build.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { auditArticles, formatFinding } from '../../core/audit/audit.ts';
import { PublicistError } from '../../core/errors.ts';
import type { Feature } from './types.ts';

export const reportFeature: Feature = {
  name: 'report',
  async buildDone({ state, logger }) {
    const articles = state.articles ?? [];
    const findings = auditArticles(articles, state.options);
    const made = Object.entries(state.stats).map(([name, line]) => `${name}: ${line}`);
    logger.info(`${articles.length} article${articles.length === 1 ? "" : "s"}${made.length ? ` · ${made.join(' · ')}` : ''}`);
    const scheduled = (state.scheduled ?? []).map((a) => ({ file: a.file, slug: a.slug, publishes: a.published.iso }));
    if (scheduled.length) {
      logger.info(`scheduled: ${scheduled.length} article(s) dated after this build, left out until then (scheduled: 'include' publishes them now):\n${scheduled.map((s) => `  ${s.file}: ${s.publishes}`).join('\n')}`);
    }
    if (state.options.report.file) {
      const file = resolve(state.root, state.options.report.file);
      await mkdir(dirname(file), { recursive: true });
      const json = `${JSON.stringify({ articles: articles.length, scheduled, outputs: state.stats, findings }, null, 2)}\n`;
      await writeFile(`${file}.tmp`, json);
      await rename(`${file}.tmp`, file);
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
