/** The layering of README's architecture paragraph, checked by dependency-cruiser with the package's own rule set. */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cruise, type ICruiseOptions, type IRuleSetType } from 'dependency-cruiser';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const config = createRequire(import.meta.url)(join(packageRoot, '.dependency-cruiser.cjs')) as {
  forbidden: IRuleSetType['forbidden'];
  options: ICruiseOptions;
};

async function violations(baseDir: string): Promise<string[]> {
  const { output } = await cruise(['src'], { ...config.options, baseDir, ruleSet: { forbidden: config.forbidden }, validate: true });
  if (typeof output === 'string') throw new Error('dependency-cruiser returned a report instead of a result');
  return output.summary.violations.map((v) => `${v.rule.name}: ${[v.from, ...(v.cycle?.map((c) => c.name) ?? [v.to])].join(' → ')}`);
}

describe('package layering', () => {
  it('core imports only core, options never imports astro, and no module is part of a runtime cycle', async () => {
    expect(await violations(packageRoot)).toEqual([]);
  });

  describe('the rules catch what they promise to', () => {
    const root = mkdtempSync(join(tmpdir(), 'publicist-layering-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    write('src/options/feeds.ts', "import { limit } from '../core/limits.ts';\nexport const FORMATS = ['rss', limit] as const;\n");
    write('src/core/limits.ts', 'export const limit = 20;\n');
    write('src/core/feeds.ts', "import type { FORMATS } from '../options/feeds.ts';\nexport type Format = (typeof FORMATS)[number];\n");
    write('src/core/head.ts', "import { state } from '../astro/state.ts';\nexport const head = () => state;\n");
    write('src/astro/state.ts', 'export const state = {};\n');
    write('src/options/dev.ts', "import { state } from '../astro/state.ts';\nexport const dev = state;\n");
    write('src/core/a.ts', "import { b } from './b.ts';\nexport const a = () => b();\n");
    write('src/core/cache.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n");
    write('src/core/render.ts', "import sharp from 'sharp';\nexport const render = sharp;\n");
    write('src/core/b.ts', "import { a } from './a.ts';\nexport const b = () => a;\n");

    it('a core module importing options/ (even a type), astro/, node:fs or sharp, options/ importing astro/, and a cycle', async () => {
      const found = await violations(root);
      expect(found).toContain('core-is-pure: src/core/cache.ts → fs');
      expect(found).toContain('core-has-no-native-renderers: src/core/render.ts → sharp');
      expect(found).toContain('core-imports-only-core: src/core/feeds.ts → src/options/feeds.ts');
      expect(found).toContain('core-imports-only-core: src/core/head.ts → src/astro/state.ts');
      expect(found).toContain('options-never-imports-astro: src/options/dev.ts → src/astro/state.ts');
      const cycles = found.filter((v) => v.startsWith('no-cycles:'));
      expect(cycles).toHaveLength(1);
      expect(['no-cycles: src/core/a.ts → src/core/b.ts → src/core/a.ts', 'no-cycles: src/core/b.ts → src/core/a.ts → src/core/b.ts']).toContain(cycles[0]);
      expect(found).toHaveLength(6);
    });
  });

  /** Code only: a comment may well mention `new Date()`. */
  const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

  it('core reads no clock, no randomness and no process state', () => {
    const core = join(packageRoot, 'src/core');
    const files = (readdirSync(core, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(50);
    const impure = files.flatMap((file) =>
      [...withoutComments(readFileSync(join(core, file), 'utf8')).matchAll(/\b(?:process\.\w+|performance\.now|Date\.now|new Date\(\)|Math\.random)/g)].map((m) => `${file}: ${m[0]}`),
    );
    expect(impure).toEqual([]);
  });
});
