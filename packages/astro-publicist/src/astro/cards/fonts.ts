/** Font loading for cards: the bundled @fontsource packages' subsets (read from their CSS) and versions. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseUnicodeRange, type FontSubset } from '../../core/cards/fonts.ts';

const require = createRequire(import.meta.url);
const packageDir = (pkg: string) => dirname(require.resolve(`${pkg}/package.json`));

export function packageVersion(pkg: string): string {
  return (JSON.parse(readFileSync(join(packageDir(pkg), 'package.json'), 'utf8')) as { version: string }).version;
}

const subsetCache = new Map<string, FontSubset[]>();

/** The @font-face rules of a package's `<weight>.css`, with the .woff file of each (fontkit and satori both read WOFF quickly). */
export function packageSubsets(pkg: string, weight: number): FontSubset[] {
  const key = `${pkg}@${weight}`;
  let subsets = subsetCache.get(key);
  if (subsets) return subsets;
  const dir = packageDir(pkg);
  const css = readFileSync(join(dir, `${weight}.css`), 'utf8');
  subsets = [];
  for (const block of css.matchAll(/\/\*\s*([^*]+?)\s*\*\/\s*@font-face\s*{([^}]*)}/g)) {
    const body = block[2]!;
    const file = body.match(/url\(\.\/(files\/[^)]+\.woff)\)\s*format\('woff'\)/)?.[1];
    const range = body.match(/unicode-range:\s*([^;]+);/)?.[1];
    if (!file || !range) continue;
    // "noto-sans-jp-[12]-400-normal" → "12", "inter-latin-ext-400-normal" → "latin-ext"
    const prefix = `${pkg.split('/').pop()}-`;
    const name = block[1]!.slice(block[1]!.startsWith(prefix) ? prefix.length : 0).replace(/-\d{3}-(normal|italic)$/, '').replace(/[[\]]/g, '');
    subsets.push({ subset: name, file: join(dir, file), ranges: parseUnicodeRange(range) });
  }
  subsetCache.set(key, subsets);
  return subsets;
}
