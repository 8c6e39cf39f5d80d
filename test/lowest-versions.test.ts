/**
 * The lowest versions the peer ranges name: the `test/lowest-versions` workspace pins astro and
 * @astrojs/mdx to them (npm installs them nested there), and this test builds that site with
 * them and the package as npm publishes it. The build runs from a copy inside the workspace
 * (below its git-ignored .tmp/), with the packed package in the copy's own node_modules, so
 * everything — the package's own `astro` imports and Astro's dependencies — resolves to the
 * workspace's pinned versions before the repository's.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { cleanEnv, REPO_ROOT } from './support/astro.ts';

const WORKSPACE = resolve(import.meta.dirname, 'lowest-versions');
const PINNED = JSON.parse(readFileSync(join(WORKSPACE, 'package.json'), 'utf8')).dependencies as Record<string, string>;
const PEERS = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/astro-publicist/package.json'), 'utf8')).peerDependencies as Record<string, string>;

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = cleanEnv()) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}

const versionOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version as string;

describe('the lowest supported versions', () => {
  it('are the lowest of each peer range', () => {
    expect(PEERS.astro).toBe(`^${PINNED.astro}`);
    expect(PEERS['@astrojs/mdx']!.split(' || ')[0]).toBe(`^${PINNED['@astrojs/mdx']}`);
  });

  it('build a site with MDX and Markdown, cards, feeds and posts', () => {
    const astro = join(WORKSPACE, 'node_modules/astro');
    const mdx = join(WORKSPACE, 'node_modules/@astrojs/mdx');
    expect(versionOf(astro)).toBe(PINNED.astro);
    expect(versionOf(mdx)).toBe(PINNED['@astrojs/mdx']);

    mkdirSync(join(WORKSPACE, '.tmp'), { recursive: true });
    const dir = mkdtempSync(join(WORKSPACE, '.tmp', 'build-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    // --ignore-scripts: prepack would compile dist/ again while other test files build sites from it;
    // the test run compiled it once before any test started.
    const packed = run('npm', ['pack', '--ignore-scripts', '--pack-destination', dir, '-w', 'astro-publicist'], REPO_ROOT);
    expect(packed.status, packed.output).toBe(0);
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;

    const site = join(dir, 'site');
    for (const entry of ['package.json', 'astro.config.mjs', 'src']) cpSync(join(WORKSPACE, entry), join(site, entry), { recursive: true });
    const installed = join(site, 'node_modules/astro-publicist');
    mkdirSync(installed, { recursive: true });
    expect(run('tar', ['-xzf', join(dir, tarball), '-C', installed, '--strip-components=1'], dir).status).toBe(0);

    const outDir = join(site, 'dist');
    const build = run(process.execPath, [join(astro, 'bin/astro.mjs'), 'build', '--root', site], site, {
      ...cleanEnv(),
      PUBLICIST_OUT_DIR: outDir,
      PUBLICIST_CACHE_DIR: join(site, '.astro-cache'),
      NO_COLOR: '1',
    });
    expect(build.status, build.output).toBe(0);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain(`<meta name="generator" content="Astro v${PINNED.astro}">`);
    expect(build.output).toContain('notes: pubDate ← pubDate · author ← site publisher');
    for (const file of ['notes/on-versions/index.html', 'og/notes/on-versions.png', 'rss.xml', 'social/notes/plain.json']) {
      expect(existsSync(join(outDir, file)), file).toBe(true);
    }
    // The MDX note went through MDX's container renderer into the feed.
    expect(readFileSync(join(outDir, 'rss.xml'), 'utf8')).toContain('This site runs on the first release of Astro 7');
  });
});
