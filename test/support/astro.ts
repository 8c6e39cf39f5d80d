/** Run the Astro CLI (on the same Node as the tests) on a site; fixture.ts makes the sites. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
const ASTRO_BIN = join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs');

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, ANSI colours removed. */
  output: string;
  outDir: string;
  cacheDir: string;
}

/**
 * Build output goes below the repository (in the git-ignored .tmp/): Astro puts its intermediate
 * server build inside outDir only when outDir is below the working directory, and that build must
 * resolve the repository's node_modules. Parallel builds then never share a folder.
 */
export const BUILDS_DIR = join(REPO_ROOT, '.tmp/builds');

export function tempDir(prefix: string): string {
  mkdirSync(BUILDS_DIR, { recursive: true });
  return mkdtempSync(join(BUILDS_DIR, `${prefix}-`));
}

export interface BuildOptions {
  /** Project root: a copy made by fixture.ts, or a site a test wrote itself. */
  root: string;
  outDir?: string;
  cacheDir?: string;
  env?: Record<string, string>;
}

/**
 * What vitest puts into process.env (NODE_ENV=test, and import.meta.env's DEV=1, MODE, SSR…)
 * leaks into a child build's `import.meta.env` and makes it a dev-mode build.
 */
const TEST_RUNNER_ENV = new Set(['NODE_ENV', 'TEST', 'DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL']);

/** The environment without what the test runner set. */
export function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !TEST_RUNNER_ENV.has(key) && !key.startsWith('VITEST')));
}

export function astroBuild(options: BuildOptions): BuildResult {
  const outDir = options.outDir ?? join(tempDir('build'), 'dist');
  const cacheDir = options.cacheDir ?? tempDir('cache');
  const result = spawnSync(process.execPath, [ASTRO_BIN, 'build', '--root', options.root], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...cleanEnv(), PUBLICIST_OUT_DIR: outDir, PUBLICIST_CACHE_DIR: cacheDir, FORCE_COLOR: '0', NO_COLOR: '1', ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output, outDir, cacheDir };
}
