/**
 * The dev toolbar's data for one page (`?path=`): the article behind it, its posts (as in
 * `/social/<slug>.json`), its report findings with the frontmatter line of each field. Injected in
 * `astro dev` only.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import type { APIRoute } from 'astro';
import { articleFindings } from '../../core/report/findings.ts';
import { FINDING_LIMITS } from '../../core/report/limits.ts';
import { PublicistError } from '../../core/errors.ts';
import { strings } from '../../core/i18n/index.ts';
import { toolbarStrings } from '../../core/i18n/toolbar.ts';
import { postsFile } from '../../core/posts/posts-file.ts';
import { getSiteIndex } from '../head/site-index.ts';
import { publicistConfig } from '../config/current.ts';
import { msSinceContentSaved } from '../session.ts';
import { frontmatterLines, lineOfField, splitFindingMessage } from './source.ts';
import type { ToolbarData } from './shared.ts';

export const prerender = false;


export const GET: APIRoute = async ({ url }) => {
  const { options, root } = publicistConfig;
  const data: ToolbarData = {
    msSinceSave: msSinceContentSaved(),
    lang: options.defaultLocale,
    words: toolbarStrings(strings(options.defaultLocale, options.strings)),
    descriptionLimits: { min: FINDING_LIMITS.descriptionMin, max: FINDING_LIMITS.descriptionMax },
    findings: [],
  };
  // The same lookup the head uses: one map per content state, so a request costs O(1), not a scan.
  const article = (await getSiteIndex()).articleAt(url.searchParams.get('path') ?? '/');
  if (article) {
    const absoluteFile = isAbsolute(article.file) ? article.file : join(root, article.file);
    const source = await readFile(absoluteFile, 'utf8').catch(() => '');
    const lines = frontmatterLines(source);
    data.article = { file: article.file, absoluteFile, url: article.url, draft: article.draft, lines };
    data.findings = articleFindings(article).map((finding) => ({
      file: finding.file,
      field: finding.field,
      ...splitFindingMessage(finding.message),
      level: 'warning',
      editor: { file: absoluteFile, line: lineOfField(lines, finding.field) },
    }));
    if (options.posts.enabled) {
      try {
        data.social = postsFile(article, options);
      } catch (error) {
        if (!(error instanceof PublicistError)) throw error;
        data.postsError = error.message;
      }
    }
  }
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' } });
};
