/**
 * The one way the tests make a site: a private copy of a fixture (a folder of test/fixtures, or the
 * example site), with other articles, options or edits if a test needs them, built with the Astro
 * CLI or served by `astro dev` from its root.
 *
 * Each copy is private because Astro writes generated modules (.astro/content-assets.mjs…) into
 * the root, and the test files run in parallel. Copies sit below the repository, so node_modules
 * still resolve.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { astroBuild, REPO_ROOT, tempDir, type BuildResult } from './astro.ts';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/** `example-site` (built by the repository's astro.config.mjs) or a folder of test/fixtures. */
export type FixtureName = 'example-site' | 'basic' | 'theme-authors' | 'theme-head' | 'theme-posts' | 'theme-starter';

/** Where each fixture keeps the articles that `articles` replaces. */
const ARTICLES_DIR: Partial<Record<FixtureName, string>> = {
  'example-site': 'example-site/src/content/articles',
  basic: 'src/content/articles',
};

export interface FixtureOptions {
  /**
   * The site's articles instead of the fixture's own: file name → source, or the name of a folder
   * of test/fixtures to copy (e.g. `cards-articles`).
   */
  articles?: Record<string, string | Uint8Array> | string;
  /** publicist() options over the basic fixture's own (its astro.config.mjs reads PUBLICIST_FIXTURE_OPTIONS). */
  options?: Record<string, unknown>;
  /** Change files of the copy (paths below `root`) before it is built or served. */
  edit?: (root: string) => void;
}

export interface FixtureSite {
  name: FixtureName;
  /** The private copy's root. */
  root: string;
  /** What its build or dev server needs in the environment. */
  env: Record<string, string>;
}

export interface BuildSettings {
  env?: Record<string, string>;
  cacheDir?: string;
  /** The output folder (default: a new one for every build). */
  outDir?: string;
}

export interface FixtureBuild extends BuildResult {
  root: string;
}

const isGenerated = (path: string) => /[\\/](?:dist|\.astro|\.astro-cache|node_modules)$/.test(path);

export function fixtureSite(name: FixtureName, { articles, options, edit }: FixtureOptions = {}): FixtureSite {
  const root = tempDir(`site-${name}`);
  if (name === 'example-site') {
    cpSync(join(REPO_ROOT, 'astro.config.mjs'), join(root, 'astro.config.mjs'));
    cpSync(join(REPO_ROOT, 'example-site'), join(root, 'example-site'), { recursive: true, filter: (src) => !isGenerated(src) });
  } else {
    cpSync(join(FIXTURES, name), root, { recursive: true, filter: (src) => !isGenerated(src) });
  }
  if (articles !== undefined) {
    const dir = ARTICLES_DIR[name];
    if (!dir) throw new Error(`the ${name} fixture has no articles folder to replace`);
    const target = join(root, dir);
    rmSync(target, { recursive: true, force: true });
    if (typeof articles === 'string') cpSync(join(FIXTURES, articles), target, { recursive: true });
    else {
      for (const [file, source] of Object.entries(articles)) {
        mkdirSync(dirname(join(target, file)), { recursive: true });
        writeFileSync(join(target, file), source);
      }
    }
  }
  if (options !== undefined && name !== 'basic') throw new Error(`only the basic fixture takes options; edit the ${name} fixture's astro.config.mjs instead`);
  edit?.(root);
  return { name, root, env: options === undefined ? {} : { PUBLICIST_FIXTURE_OPTIONS: JSON.stringify(options) } };
}

/** Builds a fixture copy (again: a second build of one copy sees the first one's cache when given its cacheDir). */
export function buildSite(site: FixtureSite, settings: BuildSettings = {}): FixtureBuild {
  return { ...astroBuild({ root: site.root, cacheDir: settings.cacheDir, outDir: settings.outDir, env: { ...site.env, ...settings.env } }), root: site.root };
}

/** A fresh copy of a fixture, built once. */
export function buildFixture(name: FixtureName, options: FixtureOptions & BuildSettings = {}): FixtureBuild {
  return buildSite(fixtureSite(name, options), options);
}
