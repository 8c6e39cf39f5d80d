/**
 * The package as npm publishes it: packed, unpacked into a site's node_modules (where Node runs
 * no TypeScript), and used to build that site.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cleanEnv, REPO_ROOT, tempDir } from './support/astro.ts';
import { buildSite, fixtureSite } from './support/fixture.ts';
import { listFiles } from './support/dist.ts';


function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: cleanEnv() });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

describe('the published package', () => {
  it('builds a site from inside node_modules, with cards, feeds and posts', () => {
    const dir = tempDir('consumer');
    // --ignore-scripts: prepack would compile dist/ again while other test files build sites from it;
    // the test run compiled it once before any test started.
    run('npm', ['pack', '--ignore-scripts', '--pack-destination', dir, '-w', 'astro-publicist'], REPO_ROOT);
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    expect(tarball).toBeDefined();

    const site = fixtureSite('basic');
    const installed = join(site.root, 'node_modules/astro-publicist');
    mkdirSync(installed, { recursive: true });
    run('tar', ['-xzf', join(dir, tarball!), '-C', installed, '--strip-components=1'], dir);
    writeFileSync(join(site.root, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { astro: '*', 'astro-publicist': '*' } }));

    const files = listFiles(installed);
    expect(files).toContain('dist/index.js');
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);

    const build = buildSite(site);
    expect(build.status, build.output).toBe(0);
    expect(existsSync(join(build.outDir, 'articles/erster-beitrag/index.html'))).toBe(true);
    expect(existsSync(join(build.outDir, 'rss.xml'))).toBe(true);
    expect(existsSync(join(build.outDir, 'social/posts.csv'))).toBe(true);
    return sharp(join(build.outDir, 'og/articles/erster-beitrag.png'))
      .metadata()
      .then((meta) => expect([meta.width, meta.height]).toEqual([1200, 630]));
  });
});
