/** Posts files kept between builds (astro/kept-posts.ts): the same files, composed only for what changed. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeptPosts } from '../src/astro/kept-posts.ts';
import { postsFile } from '../src/core/posts/posts-file.ts';
import { makeArticle, makeOptions } from './helpers.ts';

const file = () => join(mkdtempSync(join(tmpdir(), 'publicist-posts-')), 'cache', 'publicist-posts.json');
type Saved = { version: string; entries: Record<string, { posts: Record<string, { text: string }> }> };

describe('kept posts files', () => {
  it('equal a fresh composition, are read back in the next build, and are composed again when the article, the options or the code change', () => {
    const path = file();
    const options = makeOptions();
    const article = makeArticle({ data: { title: 'Redaktionsplan für kleine Teams', tags: ['social media'] } }, options);
    const fresh = postsFile(article, options);

    const first = new KeptPosts(path, 'v1', options, () => {});
    expect(first.fileOf(article)).toEqual(JSON.parse(JSON.stringify(fresh)));
    first.save();

    // Mark the kept file: a build that reads it shows the mark, one that composes does not.
    const saved = JSON.parse(readFileSync(path, 'utf8')) as Saved;
    const [key] = Object.keys(saved.entries);
    const platform = Object.keys(saved.entries[key!]!.posts)[0]!;
    saved.entries[key!]!.posts[platform]!.text = 'aus der Datei';
    writeFileSync(path, JSON.stringify(saved));
    expect(new KeptPosts(path, 'v1', options, () => {}).fileOf(article).posts[platform as 'x']?.text).toBe('aus der Datei');

    const edited = makeArticle({ data: { title: 'Redaktionsplan für große Teams', tags: ['social media'] } }, options);
    expect(new KeptPosts(path, 'v1', options, () => {}).fileOf(edited).posts[platform as 'x']?.text).toBe(postsFile(edited, options).posts[platform as 'x']?.text);
    const otherOptions = makeOptions({ posts: { utm: false } });
    expect(new KeptPosts(path, 'v1', otherOptions, () => {}).fileOf(article).posts[platform as 'x']?.text).toBe(postsFile(article, otherOptions).posts[platform as 'x']?.text);
    expect(new KeptPosts(path, 'v2', options, () => {}).fileOf(article).posts[platform as 'x']?.text).toBe(fresh.posts[platform as 'x']?.text);
  });

  it('keep only the files of the last build, and a damaged file is ignored', () => {
    const path = file();
    const options = makeOptions();
    const a = makeArticle({ id: 'a', data: { title: 'Erster Artikel' } }, options);
    const b = makeArticle({ id: 'b', data: { title: 'Zweiter Artikel' } }, options);
    const run = new KeptPosts(path, 'v1', options, () => {});
    run.fileOf(a);
    run.fileOf(b);
    run.save();
    expect(Object.keys((JSON.parse(readFileSync(path, 'utf8')) as Saved).entries)).toHaveLength(2);
    const next = new KeptPosts(path, 'v1', options, () => {});
    next.fileOf(b);
    next.save();
    expect(Object.keys((JSON.parse(readFileSync(path, 'utf8')) as Saved).entries)).toHaveLength(1);
    writeFileSync(path, '{"version":"v1","entries":{"x":');
    expect(new KeptPosts(path, 'v1', options, () => {}).fileOf(a)).toEqual(JSON.parse(JSON.stringify(postsFile(a, options))));
  });
});

describe('kept posts files of unusual frontmatter', () => {
  it('compose (and do not keep) an article whose data JSON cannot hold', () => {
    const path = file();
    const options = makeOptions();
    const article = makeArticle({ data: { title: 'Zyklische Daten' } }, options);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const odd = { ...article, data: { ...article.data, cyclic } };
    const run = new KeptPosts(path, 'v1', options, () => {});
    const composed = run.fileOf(odd);
    expect(composed).toEqual(JSON.parse(JSON.stringify(postsFile(odd, options))));
    expect(run.outputKey(composed, 'kit page')).toBeUndefined();
    run.save();
    expect(() => readFileSync(path, 'utf8')).toThrow();
  });
});

describe('the key of an output made from a posts file', () => {
  it('is the same in the next build for the same article, options and code, and differs when any of them or the output differs', () => {
    const path = file();
    const options = makeOptions();
    const article = makeArticle({ data: { title: 'Redaktionsplan für kleine Teams' } }, options);
    const keyOf = (run: KeptPosts, a = article, what = 'kit page') => run.outputKey(run.fileOf(a), what);
    const first = new KeptPosts(path, 'v1', options, () => {});
    const key = keyOf(first);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    first.save();
    expect(keyOf(new KeptPosts(path, 'v1', options, () => {}))).toBe(key);
    const others = [
      keyOf(new KeptPosts(path, 'v1', options, () => {}), article, 'social file'),
      keyOf(new KeptPosts(path, 'v1', options, () => {}), makeArticle({ data: { title: 'Redaktionsplan für große Teams' } }, options)),
      keyOf(new KeptPosts(path, 'v1', makeOptions({ posts: { utm: false } }), () => {})),
      keyOf(new KeptPosts(path, 'v2', options, () => {})),
    ];
    expect(new Set([key, ...others]).size).toBe(5);
    // A file the caller composed itself is not one the key speaks for.
    expect(first.outputKey(postsFile(article, options), 'kit page')).toBeUndefined();
  });
});
