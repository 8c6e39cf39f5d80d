/** Articles kept between loads of changing content (astro dev): only changed entries are normalized again. */
import { describe, expect, it } from 'vitest';
import { ArticleMemo } from '../src/core/article/memo.ts';
import { makeArticle } from './helpers.ts';

interface Entry {
  collection: string;
  id: string;
  digest?: string;
  title: string;
}

describe('ArticleMemo', () => {
  const entry = (id: string, title: string): Entry => ({ collection: 'articles', id, digest: `${id}:${title}`, title });
  const normalizeCounting = () => {
    const seen: string[] = [];
    const normalize = (e: Entry) => {
      seen.push(e.id);
      return makeArticle({ id: e.id, data: { title: e.title } });
    };
    return { seen, normalize };
  };

  it('normalizes every entry once, then only the edited one, keeping the other Articles as they were', () => {
    const memo = new ArticleMemo<Entry>();
    const { seen, normalize } = normalizeCounting();
    const first = memo.update([entry('a', 'Eins'), entry('b', 'Zwei'), entry('c', 'Drei')], normalize);
    expect(seen).toEqual(['a', 'b', 'c']);
    expect(first.normalized).toEqual(['articles/a', 'articles/b', 'articles/c']);

    const unchanged = memo.update([entry('a', 'Eins'), entry('b', 'Zwei'), entry('c', 'Drei')], normalize);
    expect(seen).toHaveLength(3);
    expect(unchanged.normalized).toEqual([]);
    expect(unchanged.items.map((i) => i.article)).toEqual(first.items.map((i) => i.article));
    expect(unchanged.items[0]!.article).toBe(first.items[0]!.article);

    const edited = memo.update([entry('a', 'Eins'), entry('b', 'Zwei, neu'), entry('c', 'Drei')], normalize);
    expect(seen).toEqual(['a', 'b', 'c', 'b']);
    expect(edited.normalized).toEqual(['articles/b']);
    expect(edited.items[1]!.article.title).toBe('Zwei, neu');
    expect(edited.items[0]!.article).toBe(first.items[0]!.article);
    expect(edited.items[2]!.article).toBe(first.items[2]!.article);
  });

  it('notices added and removed entries, and compares entries without a digest by identity', () => {
    const memo = new ArticleMemo<Entry>();
    const { seen, normalize } = normalizeCounting();
    const a: Entry = { collection: 'articles', id: 'a', title: 'Eins' };
    memo.update([a, entry('b', 'Zwei')], normalize);
    const next = memo.update([a, entry('c', 'Drei')], normalize);
    expect(next).toMatchObject({ normalized: ['articles/c'], removed: 1 });
    const copy = memo.update([{ ...a }, entry('c', 'Drei')], normalize);
    expect(copy.normalized).toEqual(['articles/a']);
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });
});
