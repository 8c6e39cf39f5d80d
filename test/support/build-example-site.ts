/**
 * Builds the example site once into a temporary folder for every end-to-end test file;
 * tests read `inject('exampleSite')`.
 */
import type { TestProject } from 'vitest/node';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { astroBuild, BUILDS_DIR, cleanEnv, REPO_ROOT, type BuildResult } from './astro.ts';

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

/** The end-to-end tests run the package as users get it: compiled to dist/. */
function buildPackage() {
  const result = spawnSync('npm', ['run', 'build:package'], { cwd: REPO_ROOT, encoding: 'utf8', env: cleanEnv() });
  if (result.status !== 0) throw new Error(`building the package failed:\n${result.stdout}\n${result.stderr}`);
}

export default function setup(project: TestProject) {
  removeOldBuilds();
  buildPackage();
  const build = astroBuild();
  if (build.status !== 0) throw new Error(`building the example site failed:\n${build.output}`);
  project.provide('exampleSite', build);
}
