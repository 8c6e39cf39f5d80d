/** The spine: every published article gets its page, drafts none; bad input fails the build with a clear message. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { load as parseYaml } from 'js-yaml';
import { REPO_ROOT } from './support/astro.ts';
import { buildFixture } from './support/fixture.ts';
import { listFiles, pageFile, readPage } from './support/dist.ts';

const ARTICLES_DIR = join(REPO_ROOT, 'example-site/src/content/articles');

function frontmatter(file: string): Record<string, unknown> {
  const source = readPage(ARTICLES_DIR, file);
  return parseYaml(source.split(/^---$/m)[1]!) as Record<string, unknown>;
}

/** The page path of an example article, by the URL rule in astro.config.mjs. */
function expectedPath(id: string, data: Record<string, unknown>): string {
  return data.lang === 'en' ? `/en/articles/${id}/` : `/artikel/${id}/`;
}

describe('the example site build', () => {
  const site = inject('exampleSite');
  const sources = listFiles(ARTICLES_DIR, (p) => /\.mdx?$/.test(p));

  it('has articles, drafts among them', () => {
    expect(sources.length).toBeGreaterThanOrEqual(9);
    expect(sources.some((f) => frontmatter(f).draft === true)).toBe(true);
  });

  it('gives every published article its page and no draft one', () => {
    for (const file of sources) {
      const data = frontmatter(file);
      const id = file.replace(/\.mdx?$/, '');
      const page = join(site.outDir, pageFile(expectedPath(id, data)));
      expect(existsSync(page), `${file} → ${page}`).toBe(data.draft !== true);
      if (data.draft !== true) expect(readPage(site.outDir, pageFile(expectedPath(id, data)))).toContain('<h1');
    }
  });

  it('prints no warnings', () => {
    const warnings = site.output.split('\n').filter((line) => /\[WARN\]|\bwarn(ing)?\b/i.test(line) && !line.startsWith('npm warn'));
    expect(warnings).toEqual([]);
  });
});

describe('bad input', () => {
  // The messages themselves are asserted in unit tests (options, article, hardening, public-files,
  // report-feature); this one build proves such an error reaches the CLI naming file and field.
  it('an unknown author fails the build naming the file, the field and the known ids', () => {
    const result = buildFixture('basic', { articles: { 'fremd.mdx': '---\ntitle: Fremd\npubDate: 2026-03-01\nauthor: niemand\n---\nText.\n' } });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/fremd\.mdx: author must be an author id defined in publicist\(\{ authors \}\), got "niemand"; known ids: anna/);
  });
});

describe('reproducible output', () => {
  it('a second build from an empty cache gives byte-identical files', () => {
    const site = inject('exampleSite');
    const again = buildFixture('example-site');
    expect(again.status, again.output).toBe(0);
    const hash = (dir: string, file: string) => createHash('sha256').update(readFileSync(join(dir, file))).digest('hex');
    const first = listFiles(site.outDir);
    expect(listFiles(again.outDir)).toEqual(first);
    const differing = first.filter((file) => hash(site.outDir, file) !== hash(again.outDir, file));
    expect(differing).toEqual([]);
  });
});
