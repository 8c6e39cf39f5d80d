/**
 * A hash of everything the compiled package is made from. The build writes it to
 * dist/.source-hash; the test run compiles the package only when the hash differs, so it is
 * compiled once per run, before any test starts.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const PACKAGE_DIR = join(import.meta.dirname, '..');
export const SOURCE_HASH_FILE = join(PACKAGE_DIR, 'dist/.source-hash');
const INPUTS = ['src', 'scripts', 'tsconfig.build.json', 'package.json'];

function* files(path: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch {
    yield path;
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) yield* files(join(path, entry.name));
}

export function sourceHash(): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of files(join(PACKAGE_DIR, input))) {
      hash.update(relative(PACKAGE_DIR, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}
