/**
 * After tsc: copy the .astro files into dist/, pointing their relative imports of our .ts
 * modules at the compiled .js files (tsc rewrites .ts imports only in the files it compiles).
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const SRC = join(import.meta.dirname, '../src');
const DIST = join(import.meta.dirname, '../dist');

function* astroFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* astroFiles(path);
    else if (entry.name.endsWith('.astro')) yield path;
  }
}

for (const file of astroFiles(SRC)) {
  const target = join(DIST, relative(SRC, file));
  const source = readFileSync(file, 'utf8').replace(/(from\s+['"]\.{1,2}\/[^'"]+)\.ts(['"])/g, '$1.js$2');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(`${target}.tmp`, source);
  renameSync(`${target}.tmp`, target);
}
