/**
 * After tsc and copy-astro-files: bundle the modules Vite loads (the middleware, the injected
 * routes, `astro-publicist/runtime`, `astro-publicist/schema` (a content config imports it), the
 * virtual config module's runtime and every module an .astro file imports) into one shared chunk.
 * `astro dev` walks a page's whole module graph on every request; <Head> alone pulled in over a
 * hundred of our files, now two.
 *
 * Each entry keeps its path in dist/ (the integration injects routes by those paths), and
 * shared code goes to dist/chunks/, so a module's state exists once. The integration itself
 * (`dist/index.js`, run by Node when Astro loads the config) stays as tsc wrote it.
 */
import { build } from 'rolldown';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

const PACKAGE = join(import.meta.dirname, '..');
const SRC = join(PACKAGE, 'src');
const DIST = join(PACKAGE, 'dist');
const STAGING = join(DIST, '.bundle-tmp');

const FIXED_ENTRIES = ['astro/middleware.js', 'astro/runtime.js', 'astro/toolbar/endpoint.js'];
/**
 * Bundled alone, each with its own copy of the pure modules it uses (they hold no state):
 * - the schema: the content config imports it while Astro loads content, and needs none of the runtime;
 * - the runtime of `virtual:astro-publicist/config`: the shared chunk imports that module, so
 *   in the chunk it would import itself, and see its options code before it ran.
 */
const STANDALONE_ENTRIES = ['frontmatter.js', 'astro/config/runtime.js'];
/** What Node itself runs: the integration and the card threads. */
const NODE_ROOTS = ['index.js', 'astro/cards/worker.js'];
/** Folders whose every module is an injected route (`_`-prefixed ones are helpers the routes import). */
const ROUTE_FOLDERS = ['astro/routes'];

/** Every file below `dir`, as absolute paths. */
const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => join(dir, name));

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

const external = (id: string) => !id.startsWith('.') && !isAbsolute(id);
// Entry names are output paths: `/` on every platform.
const runtimeInput = Object.fromEntries(entries().map((file) => [relative(DIST, file).split(sep).join('/').replace(/\.js$/, ''), file]));
const entryModules = new Set(Object.values(runtimeInput));
/** Bundles into STAGING, checks the result, and moves it into dist/. */
async function bundle(): Promise<void> {
  const runtime = await build({
    input: runtimeInput,
    cwd: PACKAGE,
    platform: 'node',
    // Packages, node: builtins and Astro's virtual modules stay imports; only our own files are bundled.
    external,
    logLevel: 'warn',
    output: {
      dir: STAGING,
      format: 'esm',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // An entry's name is the path the integration injects it by: Rolldown's default would write
      // `[...slug].json` as `_...slug_.json.js`, and the route would load tsc's unbundled file,
      // with a second copy of every module it imports.
      sanitizeFileName: (name: string) => name,
      // Code two entries share goes into one chunk; an entry's own code stays in it (the feed
      // route's renderer and Astro's container API are not loaded by every page).
      codeSplitting: { groups: [{ name: 'runtime', test: (id: string) => !entryModules.has(id), minShareCount: 2 }] },
    },
  });
  const standalone = await Promise.all(
    STANDALONE_ENTRIES.map((file) =>
      build({ input: { [file.replace(/\.js$/, '')]: join(DIST, file) }, cwd: PACKAGE, platform: 'node', external, logLevel: 'warn', output: { dir: STAGING, format: 'esm', entryFileNames: '[name].js', codeSplitting: false } }),
    ),
  );
  const outputsOf = [runtime, ...standalone].flatMap((result) => result.output);
  const written = new Set(outputsOf.map((output) => output.fileName));
  const misplaced = Object.keys(runtimeInput).filter((name) => !written.has(`${name}.js`));
  if (misplaced.length) throw new Error(`bundle-runtime: these entries were not written to their own path: ${misplaced.join(', ')}`);

  // Node runs the integration (index.js) and the card threads from tsc's files; if one of them
  // imported a bundled entry, Node would load the runtime chunk and its Vite-only imports.
  const visited = new Set<string>();
  const nodeSide = (file: string, chain: string[]): string[] | undefined => {
    if (entryModules.has(file)) return [...chain, file];
    if (visited.has(file)) return undefined;
    visited.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+\.js)['"]/g)) {
      const found = nodeSide(resolve(dirname(file), specifier!), [...chain, file]);
      if (found) return found;
    }
    return undefined;
  };
  for (const root of NODE_ROOTS) {
    const chain = nodeSide(join(DIST, root), []);
    if (chain) {
      throw new Error(`bundle-runtime: Node-side code imports a module Vite loads, which is bundled now: ${chain.map((file) => relative(DIST, file)).join(' -> ')}`);
    }
  }

  // A module that finds files next to itself would look in the wrong folder once moved into a chunk.
  const bundled = outputsOf.flatMap((output) => (output.type === 'chunk' ? output.moduleIds : []));
  const placeBound = [...new Set(bundled)].filter((id) => isAbsolute(id) && readFileSync(id, 'utf8').includes('import.meta.url'));
  if (placeBound.length) {
    throw new Error(`bundle-runtime: these modules read import.meta.url and cannot move into a chunk; keep them out of the runtime's imports: ${placeBound.join(', ')}`);
  }

  // New chunks first (their names are content hashes), then the entries, then the chunks no entry
  // uses any more: a build of a site running meanwhile (a test, a watcher) never finds a file missing.
  const outputs = outputsOf.map((output) => output.fileName).sort((a, b) => Number(b.startsWith('chunks/')) - Number(a.startsWith('chunks/')));
  for (const output of outputs) {
    const target = join(DIST, output);
    mkdirSync(dirname(target), { recursive: true });
    renameSync(join(STAGING, output), target);
  }
  const current = new Set(outputs.map((output) => basename(output)));
  for (const chunk of readdirSync(join(DIST, 'chunks'))) if (!current.has(chunk)) rmSync(join(DIST, 'chunks', chunk));
}

rmSync(STAGING, { recursive: true, force: true });
try {
  await bundle();
} finally {
  rmSync(STAGING, { recursive: true, force: true });
}
