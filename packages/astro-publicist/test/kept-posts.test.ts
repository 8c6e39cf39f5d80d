/** Posts files kept between builds (astro/kept-posts.ts): the same files, composed only for what changed, read only when used. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeptPosts, type PostsAggregates } from '../src/astro/kept-posts.ts';
import { postsFile } from '../src/core/posts/posts-file.ts';
import { makeArticle, makeOptions } from './helpers.ts';

const folder = () => join(mkdtempSync(join(tmpdir(), 'publicist-posts-')), 'cache', 'publicist-posts');
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
const entryFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.json'));

describe('kept posts files', () => {
  it('equal a fresh composition, are read back in the next build, and are composed again when the article, the options or the code change', () => {
    const dir = folder();
    const options = makeOptions();
    const article = makeArticle({ data: { title: 'Redaktionsplan für kleine Teams', tags: ['social media'] } }, options);
    const fresh = postsFile(article, options);

    const first = new KeptPosts(dir, 'v1', options, () => {});
    const entry = first.entry(article);
    expect(entry.file).toBe(fresh.file);
    expect(entry.kit).toBe(fresh.kit);
    expect(entry.load()).toEqual(plain(fresh));

    // Mark the kept file: a build that reads it shows the mark, one that composes does not.
    const [name] = entryFiles(dir);
    const saved = JSON.parse(readFileSync(join(dir, name!), 'utf8')) as { posts: Record<string, { text: string }> };
    const platform = Object.keys(saved.posts)[0]! as 'x';
    saved.posts[platform]!.text = 'aus der Datei';
    writeFileSync(join(dir, name!), JSON.stringify(saved));
    expect(new KeptPosts(dir, 'v1', options, () => {}).entry(article).load().posts[platform]?.text).toBe('aus der Datei');

    const edited = makeArticle({ data: { title: 'Redaktionsplan für große Teams', tags: ['social media'] } }, options);
    expect(new KeptPosts(dir, 'v1', options, () => {}).entry(edited).load().posts[platform]?.text).toBe(postsFile(edited, options).posts[platform]?.text);
    const otherOptions = makeOptions({ posts: { utm: false } });
    expect(new KeptPosts(dir, 'v1', otherOptions, () => {}).entry(article).load().posts[platform]?.text).toBe(postsFile(article, otherOptions).posts[platform]?.text);
    expect(new KeptPosts(dir, 'v2', options, () => {}).entry(article).load().posts[platform]?.text).toBe(fresh.posts[platform]?.text);
  });

  it('keep only the files of the last build; a damaged file is composed and written again', () => {
    const dir = folder();
    const options = makeOptions();
    const a = makeArticle({ id: 'a', data: { title: 'Erster Artikel' } }, options);
    const b = makeArticle({ id: 'b', data: { title: 'Zweiter Artikel' } }, options);
    const run = new KeptPosts(dir, 'v1', options, () => {});
    const entries = [run.entry(a), run.entry(b)];
    run.prune(entries);
    for (const entry of entries) entry.load();
    expect(entryFiles(dir)).toHaveLength(2);
    const next = new KeptPosts(dir, 'v1', options, () => {});
    next.prune([next.entry(b)]);
    expect(entryFiles(dir)).toEqual([`${next.entry(b).key}.json`]);
    writeFileSync(join(dir, `${next.entry(b).key}.json`), '{"article":');
    const again = new KeptPosts(dir, 'v1', options, () => {});
    expect(again.entry(b).load()).toEqual(plain(postsFile(b, options)));
    expect(JSON.parse(readFileSync(join(dir, `${again.entry(b).key}.json`), 'utf8'))).toEqual(plain(postsFile(b, options)));
  });

  it('are composed (one warning) when the folder cannot be written, and the build goes on', () => {
    const parent = mkdtempSync(join(tmpdir(), 'publicist-posts-'));
    // A file where the folder should be.
    writeFileSync(join(parent, 'publicist-posts'), 'not a folder');
    const warnings: string[] = [];
    const options = makeOptions();
    const run = new KeptPosts(join(parent, 'publicist-posts'), 'v1', options, (m) => warnings.push(m));
    const articles = ['a', 'b'].map((id) => makeArticle({ id, data: { title: `Artikel ${id}` } }, options));
    for (const article of articles) expect(run.entry(article).load()).toEqual(plain(postsFile(article, options)));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^the composed posts could not be kept in .*publicist-posts \(.+\); the next build composes every article again$/);
  });
});

describe('the outputs made from all posts files', () => {
  const options = makeOptions();
  const articles = ['a', 'b'].map((id) => makeArticle({ id, data: { title: `Artikel ${id}` } }, options));
  const made = (label: string): PostsAggregates => ({ index: `index ${label}`, csv: `csv ${label}`, kitIndex: `kit ${label}` });

  it('are read back, not made, when the next build has the same entries; made again when one changes; the old ones pruned', () => {
    const dir = folder();
    const first = new KeptPosts(dir, 'v1', options, () => {});
    const entries = articles.map((a) => first.entry(a));
    first.prune(entries);
    expect(first.aggregates(entries, () => made('eins'))).toEqual(made('eins'));

    const second = new KeptPosts(dir, 'v1', options, () => {});
    const same = articles.map((a) => second.entry(a));
    second.prune(same);
    expect(second.aggregates(same, () => made('zwei'))).toEqual(made('eins'));
    // Nothing was loaded: the build read the outputs, not the files.
    expect(entryFiles(dir)).toEqual([]);

    const third = new KeptPosts(dir, 'v1', options, () => {});
    const changed = [third.entry(articles[0]!), third.entry(makeArticle({ id: 'b', data: { title: 'Artikel b, neu' } }, options))];
    third.prune(changed);
    // The last build's outputs are not this build's: pruned before the new ones are made.
    expect(readdirSync(dir)).toEqual([]);
    expect(third.aggregates(changed, () => made('drei'))).toEqual(made('drei'));
    expect(readdirSync(dir)).toHaveLength(3);
    // The order of the entries is part of what they are made from.
    const fourth = new KeptPosts(dir, 'v1', options, () => {});
    expect(fourth.aggregates([...changed].reverse(), () => made('vier'))).toEqual(made('vier'));
  });

  it('are made, not kept, when an entry is not kept', () => {
    const dir = folder();
    mkdirSync(dir, { recursive: true });
    const run = new KeptPosts(dir, 'v1', options, () => {});
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const odd = { ...articles[0]!, data: { ...articles[0]!.data, cyclic } };
    const entries = [run.entry(odd), run.entry(articles[1]!)];
    expect(entries[0]!.key).toBeUndefined();
    expect(run.aggregates(entries, () => made('eins'))).toEqual(made('eins'));
    expect(new KeptPosts(dir, 'v1', options, () => {}).aggregates(entries, () => made('zwei'))).toEqual(made('zwei'));
  });
});

describe('kept posts files of unusual frontmatter', () => {
  it('compose (and do not keep) an article whose data JSON cannot hold', () => {
    const dir = folder();
    const options = makeOptions();
    const article = makeArticle({ data: { title: 'Zyklische Daten' } }, options);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const odd = { ...article, data: { ...article.data, cyclic } };
    const run = new KeptPosts(dir, 'v1', options, () => {});
    const entry = run.entry(odd);
    expect(entry.load()).toEqual(plain(postsFile(odd, options)));
    expect(run.outputKey(entry, 'kit page')).toBeUndefined();
    expect(() => readdirSync(dir)).toThrow();
  });
});

describe('the key of an output made from a posts file', () => {
  it('is the same in the next build for the same article, options and code, and differs when any of them or the output differs', () => {
    const dir = folder();
    const options = makeOptions();
    const article = makeArticle({ data: { title: 'Redaktionsplan für kleine Teams' } }, options);
    const keyOf = (run: KeptPosts, a = article, what = 'kit page') => run.outputKey(run.entry(a), what);
    const key = keyOf(new KeptPosts(dir, 'v1', options, () => {}));
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(keyOf(new KeptPosts(dir, 'v1', options, () => {}))).toBe(key);
    const others = [
      keyOf(new KeptPosts(dir, 'v1', options, () => {}), article, 'social file'),
      keyOf(new KeptPosts(dir, 'v1', options, () => {}), makeArticle({ data: { title: 'Redaktionsplan für große Teams' } }, options)),
      keyOf(new KeptPosts(dir, 'v1', makeOptions({ posts: { utm: false } }), () => {})),
      keyOf(new KeptPosts(dir, 'v2', options, () => {})),
    ];
    expect(new Set([key, ...others]).size).toBe(5);
  });
});
