/** Run the Astro CLI (on the same Node as the tests) for the example site or a fixture. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
const ASTRO_BIN = join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs');

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, ANSI colours removed. */
  output: string;
  outDir: string;
  cacheDir: string;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `publicist-${prefix}-`));
}

export interface BuildOptions {
  /** Project root (default: the repo root, i.e. the example site). */
  root?: string;
  outDir?: string;
  cacheDir?: string;
  env?: Record<string, string>;
}

export function astroBuild(options: BuildOptions = {}): BuildResult {
  const outDir = options.outDir ?? join(tempDir('build'), 'dist');
  const cacheDir = options.cacheDir ?? tempDir('cache');
  const root = options.root ?? REPO_ROOT;
  const result = spawnSync(process.execPath, [ASTRO_BIN, 'build', '--root', root], {
    // Astro writes its intermediate server build to <cwd>/.astro/ when outDir is outside the
    // working directory; running from outDir's parent keeps parallel builds apart.
    cwd: dirname(outDir),
    encoding: 'utf8',
    env: { ...process.env, PUBLICIST_OUT_DIR: outDir, PUBLICIST_CACHE_DIR: cacheDir, FORCE_COLOR: '0', NO_COLOR: '1', ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output, outDir, cacheDir };
}
