/**
 * Folders of cache-linked files carried over from the last build past Astro's emptying of the
 * output folder: moved aside, moved back whole where nothing took their place, unchanged files
 * left in place (not linked again), changed ones replaced, files no longer placed removed.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CarriedOutput } from '../src/astro/carried-output.ts';
import { LinkedFileCache } from '../src/astro/linked-files.ts';

const KIND = { folder: 'entries', name: 'the test cache', without: 'files are written without it' };
const key = (n: number) => n.toString(16).padStart(64, '0');

/** A project with a cache and an output folder; `build` runs one build's placing of `files` (name → content) into `og/`. */
function project() {
  const root = mkdtempSync(join(tmpdir(), 'publicist-carried-'));
  const outDir = join(root, 'dist');
  const cacheDir = join(root, 'cache');
  const warnings: string[] = [];
  const build = (files: Record<string, string>, between?: () => void) => {
    const carried = new CarriedOutput(outDir, cacheDir, (m) => warnings.push(m));
    carried.hold();
    // What Astro does right after astro:build:start.
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    between?.();
    const cache = new LinkedFileCache(cacheDir, KIND);
    const folder = join(outDir, 'og');
    const restored = carried.restore(folder);
    mkdirSync(folder, { recursive: true });
    for (const [name, content] of Object.entries(files)) {
      const k = key(content.length * 1000 + content.charCodeAt(0));
      if (!cache.has(k)) cache.set(k, Buffer.from(content), 'png');
      const file = join(folder, name);
      mkdirSync(join(file, '..'), { recursive: true });
      expect(cache.place(k, file)).toBe(true);
      carried.placed(file);
    }
    carried.settle(folder);
    carried.finish();
    return restored;
  };
  const ctime = (name: string) => statSync(join(outDir, 'og', name), { bigint: true }).ctimeNs;
  const read = (name: string) => readFileSync(join(outDir, 'og', name), 'utf8');
  const listing = () => (readdirSync(join(outDir, 'og'), { recursive: true }) as string[]).sort();
  return { root, outDir, cacheDir, warnings, build, ctime, read, listing };
}

describe('carried output', () => {
  it('a first build carries nothing; the next moves the folder back and leaves unchanged files where they are', () => {
    const p = project();
    expect(p.build({ 'a.png': 'alpha', 'sub/b.png': 'beta' })).toBe(false);
    const before = p.ctime('a.png');
    expect(p.build({ 'a.png': 'alpha', 'sub/b.png': 'beta' })).toBe(true);
    // Neither unlinked by an emptying nor linked again: the inode's change time stayed.
    expect(p.ctime('a.png')).toBe(before);
    expect(p.read('a.png')).toBe('alpha');
    expect(p.listing()).toEqual(['a.png', 'sub', 'sub/b.png']);
    expect(p.warnings).toEqual([]);
  });

  it('replaces a changed file, removes what is no longer placed (and folders left empty), adds the new', () => {
    const p = project();
    p.build({ 'a.png': 'alpha', 'sub/b.png': 'beta', 'c.png': 'gamma' });
    expect(p.build({ 'a.png': 'ALPHA!', 'd.png': 'delta' })).toBe(true);
    expect(p.read('a.png')).toBe('ALPHA!');
    expect(p.read('d.png')).toBe('delta');
    expect(p.listing()).toEqual(['a.png', 'd.png']);
    expect(existsSync(join(p.cacheDir, 'publicist-carried-output'))).toBe(false);
  });

  it('does not move a folder back over one written meanwhile (a file of public/): the held copy is deleted, as Astro would have', () => {
    const p = project();
    p.build({ 'a.png': 'alpha', 'old.png': 'stale' });
    const restored = p.build({ 'a.png': 'alpha' }, () => {
      mkdirSync(join(p.outDir, 'og'), { recursive: true });
      writeFileSync(join(p.outDir, 'og', 'public.png'), 'from public/');
    });
    expect(restored).toBe(false);
    expect(p.listing()).toEqual(['a.png', 'public.png']);
    expect(existsSync(join(p.cacheDir, 'publicist-carried-output'))).toBe(false);
  });

  it('deletes a held folder this build places nothing into, and records only the folders it placed into', () => {
    const p = project();
    p.build({ 'a.png': 'alpha' });
    expect(JSON.parse(readFileSync(join(p.cacheDir, 'publicist-carried-output.json'), 'utf8'))).toEqual(['og']);
    const carried = new CarriedOutput(p.outDir, p.cacheDir, () => {});
    carried.hold();
    expect(existsSync(join(p.outDir, 'og'))).toBe(false);
    carried.finish();
    expect(existsSync(join(p.outDir, 'og'))).toBe(false);
    expect(existsSync(join(p.cacheDir, 'publicist-carried-output'))).toBe(false);
    expect(JSON.parse(readFileSync(join(p.cacheDir, 'publicist-carried-output.json'), 'utf8'))).toEqual([]);
  });

  it('with a cache folder it cannot use, carries nothing, and says once that the next build cannot carry either', () => {
    const p = project();
    mkdirSync(p.outDir, { recursive: true });
    mkdirSync(join(p.outDir, 'og'));
    writeFileSync(join(p.outDir, 'og', 'a.png'), 'alpha');
    writeFileSync(join(p.root, 'not-a-folder'), '');
    const warnings: string[] = [];
    const carried = new CarriedOutput(p.outDir, join(p.root, 'not-a-folder'), (m) => warnings.push(m));
    carried.hold();
    expect(existsSync(join(p.outDir, 'og', 'a.png'))).toBe(true);
    expect(carried.restore(join(p.outDir, 'og'))).toBe(false);
    carried.finish();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^the last build's share cards, social files and kit pages could not be recorded \(.*not-a-folder.*\); the next build writes them all again$/);
  });

  it('ignores a record that names a folder outside the output', () => {
    const p = project();
    mkdirSync(p.cacheDir, { recursive: true });
    mkdirSync(join(p.root, 'precious'), { recursive: true });
    writeFileSync(join(p.cacheDir, 'publicist-carried-output.json'), JSON.stringify(['../precious']));
    const carried = new CarriedOutput(p.outDir, p.cacheDir, () => {});
    carried.hold();
    carried.finish();
    expect(existsSync(join(p.root, 'precious'))).toBe(true);
  });
});
