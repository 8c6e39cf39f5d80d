/**
 * A rebuild into the same output folder, as a CI cache or a developer's machine does it: the
 * cards, social files and kit pages of unchanged articles are carried over (not deleted by Astro
 * and linked again), a deleted article's files are gone, a build with nothing changed composes
 * and writes no posts, and the output is byte for byte what a cold build of the same site writes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './support/astro.ts';
import { buildSite, fixtureSite, type FixtureSite } from './support/fixture.ts';
import { listFiles } from './support/dist.ts';
import { replaceIn } from './support/adoption.ts';

const changeTime = (file: string) => statSync(file, { bigint: true }).ctimeNs;
const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** The basic fixture under `base: '/blog'` with `build.format: 'file'` (kit pages as `social/articles/<id>.html`). */
const underBaseAsFiles = (root: string) => {
  replaceIn(join(root, 'astro.config.mjs'), 'export default defineConfig({', "export default defineConfig({\n  base: '/blog',\n  build: { format: 'file' },");
  // The article route's params: the article's path without the base (and without a slash, which 'file' pages have none of).
  replaceIn(join(root, 'src/pages/[...path].astro'), 'article.path.slice(1, -1)', "article.path.slice('/blog/'.length).replace(/\\/$/, '')");
};

/** A site, the article deleted between the builds, and its files and a kept article's in the output. */
interface Case {
  name: string;
  site: () => FixtureSite;
  deleted: string;
  kept: string[];
  gone: string[];
  /** The deleted article's kit page folder (with `build.format: 'directory'`), gone with its files. */
  goneFolder: string;
}

const cardArticles = (name: string, kit: (id: string) => string, edit?: (root: string) => void): Case => ({
  name,
  site: () => fixtureSite('basic', { articles: 'cards-articles', options: { cards: { variants: ['link', 'square'] } }, edit }),
  deleted: 'src/content/articles/emoji.mdx',
  kept: ['og/articles/erster-beitrag.png', 'og/articles/erster-beitrag-square.png', 'og/site.png', 'social/articles/erster-beitrag.json', kit('erster-beitrag')],
  gone: ['og/articles/emoji.png', 'og/articles/emoji-square.png', 'social/articles/emoji.json', kit('emoji')],
  goneFolder: 'social/articles/emoji',
});

const CASES: Case[] = [
  cardArticles('default URLs', (id) => `social/articles/${id}/index.html`),
  cardArticles("a base and build.format 'file'", (id) => `social/articles/${id}.html`, underBaseAsFiles),
  {
    name: 'a Markdown theme with a `post` collection, its own head and feed, below /journal with one file per page',
    site: () => fixtureSite('theme-posts'),
    deleted: 'src/content/post/watering-schedule.md',
    // Its public/og/ is copied into the output before the cards are placed, so their folder is not
    // moved back over it: the cards are linked again (their files still match a cold build's, below).
    kept: ['social/post/hello-journal.json', 'social/post/hello-journal.html'],
    gone: ['og/post/watering-schedule.png', 'social/post/watering-schedule.json', 'social/post/watering-schedule.html'],
    goneFolder: 'social/post/watering-schedule',
  },
];

describe('a rebuild into the same output folder', () => {
  it.each(CASES)('carries unchanged cards, social files and kit pages over, drops a deleted article’s, and matches a cold build ($name)', ({ site: makeSite, deleted, kept, gone, goneFolder }) => {
    const site = makeSite();
    const outDir = join(tempDir('rebuild'), 'dist');
    const cacheDir = tempDir('rebuild-cache');
    const first = buildSite(site, { outDir, cacheDir });
    expect(first.status, first.output).toBe(0);
    for (const file of [...kept, ...gone]) expect(existsSync(join(outDir, file)), file).toBe(true);
    const before = Object.fromEntries(kept.map((file) => [file, changeTime(join(outDir, file))]));

    rmSync(join(site.root, deleted));
    const second = buildSite(site, { outDir, cacheDir });
    expect(second.status, second.output).toBe(0);
    expect(second.output).not.toMatch(/\[WARN\].*(carried|last build)/);
    // Left where they were: neither unlinked by Astro's emptying nor linked again (either changes the inode's ctime).
    for (const file of kept) expect(changeTime(join(outDir, file)), file).toBe(before[file]);
    for (const file of gone) expect(existsSync(join(outDir, file)), file).toBe(false);
    expect(existsSync(join(outDir, goneFolder))).toBe(false);

    // Nothing changed: the kept posts (each article's file, and the index, CSV and kit index made
    // from all of them) are read where needed, none is composed or written again.
    const keptPosts = join(cacheDir, 'publicist-posts');
    const keptBefore = Object.fromEntries(readdirSync(keptPosts).map((name) => [name, changeTime(join(keptPosts, name))]));
    expect(Object.keys(keptBefore).filter((name) => /\.(csv|index|kitIndex)$/.test(name))).toHaveLength(3);
    const third = buildSite(site, { outDir, cacheDir });
    expect(third.status, third.output).toBe(0);
    expect(Object.fromEntries(readdirSync(keptPosts).map((name) => [name, changeTime(join(keptPosts, name))]))).toEqual(keptBefore);

    const cold = buildSite(site, { cacheDir: tempDir('rebuild-cold-cache') });
    expect(cold.status, cold.output).toBe(0);
    const files = listFiles(cold.outDir);
    expect(listFiles(outDir)).toEqual(files);
    expect(files.filter((file) => digest(join(outDir, file)) !== digest(join(cold.outDir, file)))).toEqual([]);
  });
});
