/**
 * After tsc and copy-astro-files: bundle the modules Vite loads (the middleware, the injected
 * routes, `astro-publicist/runtime`, `astro-publicist/schema` (a content config imports it), the
 * virtual config module's runtime and every module an .astro file imports) into a few shared chunks. `astro dev` walks a page's whole module graph
 * on every request; <Head> alone pulled in over a hundred of our files, now a dozen.
 *
 * Each entry keeps its path in dist/ (the integration injects routes by those paths), and
 * shared code goes to dist/chunks/, so a module's state exists once. The integration itself
 * (`dist/index.js`, run by Node when Astro loads the config) stays as tsc wrote it.
 */
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';

const PACKAGE = join(import.meta.dirname, '..');
const SRC = join(PACKAGE, 'src');
const DIST = join(PACKAGE, 'dist');
const STAGING = join(DIST, '.bundle-tmp');

const FIXED_ENTRIES = ['astro/middleware.js', 'astro/runtime.js', 'astro/config/runtime.js', 'astro/toolbar/endpoint.js', 'frontmatter.js'];
/** Folders whose every module is an injected route (`_`-prefixed ones are helpers the routes import). */
const ROUTE_FOLDERS = ['astro/routes'];

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Read from src/, so a module deleted there but still in dist/ from an earlier build is not bundled. */
function entries(): string[] {
  const found = new Set(FIXED_ENTRIES.map((file) => join(DIST, file)));
  for (const folder of ROUTE_FOLDERS) {
    for (const file of files(join(SRC, folder))) {
      if (file.endsWith('.ts') && !/[\\/]_[^\\/]*$/.test(file)) found.add(join(DIST, relative(SRC, file)).replace(/\.ts$/, '.js'));
    }
  }
  for (const file of files(SRC)) {
    if (!file.endsWith('.astro')) continue;
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/from\s+['"](\.{1,2}\/[^'"]+)\.ts['"]/g)) {
      found.add(join(DIST, relative(SRC, resolve(dirname(file), `${specifier!}.js`))));
    }
  }
  return [...found].sort();
}

rmSync(STAGING, { recursive: true, force: true });
const result = await build({
  entryPoints: entries(),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'es2023',
  packages: 'external',
  external: ['virtual:*', 'astro:*'],
  outdir: STAGING,
  outbase: DIST,
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
  absWorkingDir: PACKAGE,
  logLevel: 'warning',
});

// A module that finds files next to itself would look in the wrong folder once moved into a chunk.
const placeBound = Object.keys(result.metafile.inputs).filter((input) => readFileSync(join(PACKAGE, input), 'utf8').includes('import.meta.url'));
if (placeBound.length) {
  rmSync(STAGING, { recursive: true, force: true });
  throw new Error(`bundle-runtime: these modules read import.meta.url and cannot move into a chunk; keep them out of the runtime's imports: ${placeBound.join(', ')}`);
}

// New chunks first (their names are content hashes), then the entries, then the chunks no entry
// uses any more: a build of a site running meanwhile (a test, a watcher) never finds a file missing.
const outputs = Object.keys(result.metafile.outputs).map((output) => join(PACKAGE, output)).sort((a, b) => Number(relative(STAGING, b).startsWith('chunks')) - Number(relative(STAGING, a).startsWith('chunks')));
for (const output of outputs) {
  const target = join(DIST, relative(STAGING, output));
  mkdirSync(dirname(target), { recursive: true });
  renameSync(output, target);
}
const current = new Set(outputs.map((output) => basename(output)));
for (const chunk of readdirSync(join(DIST, 'chunks'))) if (!current.has(chunk)) rmSync(join(DIST, 'chunks', chunk));
rmSync(STAGING, { recursive: true, force: true });
