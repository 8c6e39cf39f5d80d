/**
 * Builds the example site once into a temporary folder for every end-to-end test file;
 * tests read `inject('exampleSite')`.
 */
import type { TestProject } from 'vitest/node';
import { astroBuild, type BuildResult } from './astro.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    exampleSite: BuildResult;
  }
}

export default function setup(project: TestProject) {
  const build = astroBuild();
  if (build.status !== 0) throw new Error(`building the example site failed:\n${build.output}`);
  project.provide('exampleSite', build);
}
