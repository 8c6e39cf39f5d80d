/**
 * What decides an article's body summary besides the body (see body-summaries.ts), and its composed
 * posts besides the Article and the options (routes/posts/_data.ts): this package's compiled sources
 * (the hash its build writes to dist/.source-hash) and the versions of the Markdown parsers and of
 * twitter-text (which counts a post's length). Undefined when it cannot be told (the package run from its sources): then nothing is kept.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const PARSERS = ['unified', 'remark-parse', 'remark-mdx', 'mdast-util-to-string', 'github-slugger', 'twitter-text'];

/** A package's version, from the package.json above its entry (its exports may hide package.json itself). */
function versionOf(pkg: string, require: NodeJS.Require): string {
  for (let dir = dirname(require.resolve(pkg)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (json.name === pkg) return `${pkg}@${json.version}`;
  }
  throw new Error(`no package.json for ${pkg}`);
}

export function keptValuesCodeVersion(): string | undefined {
  try {
    const sources = readFileSync(new URL('../../.source-hash', import.meta.url), 'utf8').trim();
    const require = createRequire(import.meta.url);
    return [sources, ...PARSERS.map((pkg) => versionOf(pkg, require))].join(' ');
  } catch {
    return undefined;
  }
}
