/**
 * Builds the example site once into a temporary folder for every end-to-end test file;
 * tests read `inject('exampleSite')`.
 */
import type { TestProject } from 'vitest/node';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { SOURCE_HASH_FILE, sourceHash } from '../../packages/astro-publicist/scripts/source-hash.ts';
import { BUILDS_DIR, cleanEnv, REPO_ROOT, type BuildResult } from './astro.ts';
import { buildFixture } from './fixture.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    exampleSite: BuildResult;
  }
}

/** What earlier runs left; young folders may belong to a run still going on. */
function removeOldBuilds(maxAgeMs = 6 * 60 * 60 * 1000) {
  let entries: string[] = [];
  try {
    entries = readdirSync(BUILDS_DIR);
  } catch {
    return;
  }
  for (const name of entries) {
    const dir = join(BUILDS_DIR, name);
    if (Date.now() - statSync(dir).mtimeMs > maxAgeMs) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The end-to-end tests run the package as users get it: compiled to dist/. It is compiled here,
 * once, before any test starts (and not at all when `npm test`'s typecheck step just compiled the
 * same sources); no test writes to dist/ afterwards.
 */
function buildPackage() {
  if (existsSync(SOURCE_HASH_FILE) && readFileSync(SOURCE_HASH_FILE, 'utf8') === sourceHash()) return;
  const result = spawnSync('npm', ['run', 'build:package'], { cwd: REPO_ROOT, encoding: 'utf8', env: cleanEnv() });
  if (result.status !== 0) throw new Error(`building the package failed:\n${result.stdout}\n${result.stderr}`);
}

export default function setup(project: TestProject) {
  removeOldBuilds();
  buildPackage();
  const build = buildFixture('example-site');
  if (build.status !== 0) throw new Error(`building the example site failed:\n${build.output}`);
  project.provide('exampleSite', build);
}
