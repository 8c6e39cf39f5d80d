/**
 * Articles kept between loads of changing content (`astro dev`): an entry whose content digest
 * is the one its Article was made from keeps that Article; only new and changed entries are
 * normalized again. Entries without a digest are compared by identity.
 */
import type { Article } from '../types.ts';

export interface MemoEntry {
  collection: string;
  id: string;
  /** The content layer's digest of the entry (data and body). */
  digest?: unknown;
}

export interface MemoResult<E> {
  /** Every entry with its Article, in the order given. */
  items: { article: Article; entry: E }[];
  /** Entries normalized in this update (new or changed), as `collection/id`. */
  normalized: string[];
  /** Entries gone since the last update. */
  removed: number;
}

export class ArticleMemo<E extends MemoEntry> {
  private readonly known = new Map<string, { digest: unknown; entry: E; article: Article }>();

  update(entries: readonly E[], normalize: (entry: E) => Article): MemoResult<E> {
    const seen = new Set<string>();
    const items: MemoResult<E>['items'] = [];
    const normalized: string[] = [];
    for (const entry of entries) {
      const key = `${entry.collection}/${entry.id}`;
      seen.add(key);
      const memo = this.known.get(key);
      if (memo && (entry.digest !== undefined ? memo.digest === entry.digest : memo.entry === entry)) {
        items.push({ article: memo.article, entry: memo.entry });
        continue;
      }
      const article = normalize(entry);
      this.known.set(key, { digest: entry.digest, entry, article });
      normalized.push(key);
      items.push({ article, entry });
    }
    let removed = 0;
    for (const key of this.known.keys()) {
      if (!seen.has(key)) {
        this.known.delete(key);
        removed++;
      }
    }
    return { items, normalized, removed };
  }
}
