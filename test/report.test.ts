/**
 * The build report end to end, on the basic fixture: the SEO audit's summary in the log and its
 * full list in the cache folder; and a build whose links (recorded as the head and the feeds were
 * written) point to tag pages the site does not have, which fails naming each URL and a file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureBuild } from './support/fixture.ts';

const SITE = 'https://fixture.example';

/** The log from the report's audit line on (Astro prefixes the first line; the summary's lines follow it). */
const auditLines = (output: string) => {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => /\[publicist:report\] SEO audit: /.test(line));
  if (start < 0) return [];
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => !line.startsWith('  '));
  return [lines[start]!.replace(/^.*\[publicist:report\] /, ''), ...rest.slice(0, end < 0 ? rest.length : end)];
};

describe('the SEO audit of a build', () => {
  let build: FixtureBuild;
  beforeAll(() => {
    build = buildFixture('basic');
  });

  it('logs one line per kind of finding and lists every finding in the cache folder', () => {
    expect(build.status, build.output).toBe(0);
    const list = join(build.cacheDir, 'publicist-seo-audit.txt');
    const summary = auditLines(build.output);
    expect(summary[0]).toMatch(new RegExp(`^SEO audit: \\d+ findings?, each listed in ${list.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    const total = Number(summary[0]!.match(/^SEO audit: (\d+)/)![1]);
    expect(existsSync(list)).toBe(true);
    const listed = readFileSync(list, 'utf8').trimEnd().split('\n');
    expect(listed).toHaveLength(total);
    // The fixture's publisher has no logo: one of the kinds, with the config as its file.
    expect(summary).toContain('  publisher.logo: not set on 1 file (the JSON-LD publisher has no logo) — astro.config');
    expect(listed).toContain('astro.config: publisher.logo should be an image in public/ (publisher logo in JSON-LD), is not set');
    // Each kind once, each line naming files, none of the full list's lines in the log.
    const kinds = summary.slice(1).map((line) => line.trim().split(':')[0]);
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(summary.slice(1)).size).toBe(summary.length - 1);
    for (const line of listed) expect(build.output).not.toContain(line);
  });
});

describe('a build whose links we wrote reach no page', () => {
  let build: FixtureBuild;
  beforeAll(() => {
    // The fixture has no tag pages; saying it has makes the breadcrumbs and the tag feeds link them.
    // Its article page renders <Head> and nothing the merge would replace, so the merge changes nothing there.
    build = buildFixture('basic', {
      options: { tags: { pages: true } },
      edit: (root) => {
        const page = join(root, 'src/pages/[...path].astro');
        const source = readFileSync(page, 'utf8');
        const edited = source
          .replace("import { render } from 'astro:content';", "import { render } from 'astro:content';\nimport Head from 'astro-publicist/components/Head.astro';")
          .replace('<head><meta charset="utf-8" /><title>{article.title}</title></head>', '<head><meta charset="utf-8" /><Head article={article} /></head>');
        expect(edited).toContain('<Head article={article} />');
        writeFileSync(page, edited);
      },
    });
  });

  it('fails, naming each tag page URL and the first file that links it, also from a page the head merge left as it was', () => {
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/link\(s\) we wrote point to a page that was not built/);
    const listed = [...build.output.matchAll(new RegExp(`^ {2}(${SITE}/\\S*) \\(in (\\S+)\\)$`, 'gm'))].map((m) => ({ url: m[1], in: m[2]! }));
    expect(listed.map((l) => l.url)).toEqual([`${SITE}/tags/reichweite/`, `${SITE}/tags/strategie/`]);
    for (const link of listed) expect(existsSync(join(build.outDir, link.in)), link.in).toBe(true);
    // The breadcrumb of the article page (the first file by name that links its first tag's page).
    const article = listed[0]!.in;
    expect(article).toMatch(/index\.html$/);
    expect(article).not.toMatch(/^tags\//);
    const html = readFileSync(join(build.outDir, article), 'utf8');
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain(`"${SITE}/tags/reichweite/"`);
    expect(listed[1]!.in).toMatch(/^tags\/strategie\/(?:rss|atom)\.xml$|^tags\/strategie\/feed\.json$/);
  });
});
