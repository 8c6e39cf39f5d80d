/**
 * Each article's posts file (core/posts/posts-file.ts) kept between builds, one file each in
 * `<cacheDir>/publicist-posts/`, named by a hash of the Article, the options (a function option by
 * its source) and the code that composed it: a rebuild composes only the articles that changed,
 * and reads a kept file only when something is made from it. The outputs made from one file (its
 * kit page, its social file) are keyed by its key (`outputKey`), so a rebuild links them without
 * reading it; the outputs made from all of them (the index, the CSV, the kit's index page) are
 * kept under a key of all the keys (`aggregates`), so a rebuild reads those outputs and none of
 * the files. What is returned is the same whether composed now or read back (plain JSON data).
 * The folder is optional: unreadable, a file damaged or a write failed, the posts are composed
 * (one warning), and the build goes on.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { postsFile, type PostsFile } from '../core/posts/posts-file.ts';
import { kitPagePath, postsFilePath } from '../core/posts/paths.ts';
import type { Article, ResolvedOptions } from '../core/types.ts';
import { writeAtomically } from './write-output.ts';

export const POSTS_FILES_FOLDER = 'publicist-posts';
/** Where earlier versions kept every article's posts in one file (read by nothing now). */
export const LEGACY_POSTS_FILE = 'publicist-posts.json';

/** One article's posts: where its outputs go, the key its file is kept under, and the file itself on demand. */
export interface PostsEntry {
  readonly article: Article;
  /** Site-relative paths of the social file and of the kit page (as in the posts file). */
  readonly file: string;
  readonly kit: string;
  /** The key its file is kept under; undefined when it is not kept (dev, frontmatter JSON cannot hold). */
  readonly key?: string;
  /** The posts file: read back or composed. Not held by the entry, so a build holds only what it is making. */
  load(): PostsFile;
}

/** The outputs made from every posts file of a build, each as the text written. */
export interface PostsAggregates {
  index: string;
  csv: string;
  kitIndex: string;
}

const AGGREGATES = ['index', 'csv', 'kitIndex'] as const satisfies readonly (keyof PostsAggregates)[];
const ENTRY_FILE = /^([0-9a-f]{32})\.json$/;
const AGGREGATE_FILE = /^([0-9a-f]{32})\.(index|csv|kitIndex)$/;

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
const isPostsFile = (value: unknown): value is PostsFile =>
  isObject(value) && isObject(value.article) && typeof value.file === 'string' && typeof value.kit === 'string' && Array.isArray(value.cards) && isObject(value.posts) && isObject(value.intents);

const optionsJson = (options: ResolvedOptions) => JSON.stringify(options, (_key, value: unknown) => (typeof value === 'function' ? `function:${String(value)}` : value));
const sha256 = () => createHash('sha256');

/** A posts file as a build hands it on: plain JSON data, the same whether composed or read back. */
const composed = (article: Article, options: ResolvedOptions) => JSON.parse(JSON.stringify(postsFile(article, options))) as PostsFile;

/** The article's entry with its output paths; `load` gives its posts file, `key` is where it is kept (if it is). */
export function postsEntry(article: Article, options: ResolvedOptions, load: () => PostsFile, key?: string): PostsEntry {
  return { article, file: postsFilePath(article, options.base), kit: kitPagePath(article, options), key, load };
}

export class KeptPosts {
  private readonly folder: string;
  private readonly options: ResolvedOptions;
  private readonly siteKey: string;
  private readonly version: string;
  private readonly warn: (message: string) => void;
  /** The names in the folder when the build started. */
  private readonly present = new Set<string>();
  private failed = false;
  private folderMade = false;

  constructor(folder: string, version: string, options: ResolvedOptions, warn: (message: string) => void) {
    this.folder = folder;
    this.options = options;
    this.version = version;
    this.warn = warn;
    this.siteKey = sha256().update(version).update('\0').update(optionsJson(options)).digest('hex');
    try {
      for (const name of readdirSync(folder)) this.present.add(name);
    } catch {
      // No folder yet (or not one to read): every file is composed and kept from now on.
    }
  }

  /** The article's entry; its file is kept under a hash of the Article and the options. */
  entry(article: Article): PostsEntry {
    let articleJson: string;
    try {
      articleJson = JSON.stringify(article);
    } catch {
      return postsEntry(article, this.options, () => composed(article, this.options)); // frontmatter JSON cannot hold (a cycle, a BigInt): composed, not kept
    }
    const key = sha256().update(this.siteKey).update('\0').update(articleJson).digest('hex').slice(0, 32);
    return postsEntry(article, this.options, () => this.load(article, key), key);
  }

  private load(article: Article, key: string): PostsFile {
    const name = `${key}.json`;
    if (this.present.has(name)) {
      try {
        const kept: unknown = JSON.parse(readFileSync(join(this.folder, name), 'utf8'));
        if (isPostsFile(kept)) return kept;
      } catch {
        // Damaged or gone: composed and written again below.
      }
    }
    const file = composed(article, this.options);
    if (this.keep(name, JSON.stringify(file))) this.present.add(name);
    return file;
  }

  /**
   * A key for an output made from this entry's file and the options alone (`what` names the output
   * and anything else it is made from), or undefined for an entry that is not kept.
   */
  outputKey(entry: PostsEntry, what: string): string | undefined {
    return entry.key && sha256().update(this.version).update('\0').update(what).update('\0').update(entry.key).digest('hex');
  }

  /**
   * The outputs made from all entries, read back when an earlier build made them from the same
   * entries (in the same order), else made (`make` loads the files) and kept.
   */
  aggregates(entries: readonly PostsEntry[], make: () => PostsAggregates): PostsAggregates {
    const key = this.aggregatesKey(entries);
    if (!key) return make();
    if (AGGREGATES.every((what) => this.present.has(`${key}.${what}`))) {
      try {
        const read = (what: keyof PostsAggregates) => readFileSync(join(this.folder, `${key}.${what}`), 'utf8');
        return { index: read('index'), csv: read('csv'), kitIndex: read('kitIndex') };
      } catch {
        // Gone meanwhile: made again below.
      }
    }
    const made = make();
    for (const what of AGGREGATES) if (this.keep(`${key}.${what}`, made[what])) this.present.add(`${key}.${what}`);
    return made;
  }

  /** The key of what is made from all these entries; undefined when one of them is not kept. */
  private aggregatesKey(entries: readonly PostsEntry[]): string | undefined {
    const hash = sha256().update(this.siteKey);
    for (const entry of entries) {
      if (!entry.key) return undefined;
      hash.update('\0').update(entry.key);
    }
    return hash.digest('hex').slice(0, 32);
  }

  /** Remove the kept files that these entries, and the outputs made from all of them, do not use. */
  prune(entries: readonly PostsEntry[]): void {
    if (this.failed) return;
    const used = new Set(entries.map((entry) => entry.key));
    const aggregates = this.aggregatesKey(entries);
    for (const name of [...this.present]) {
      const key = ENTRY_FILE.exec(name)?.[1];
      if (key ? used.has(key) : aggregates !== undefined && AGGREGATE_FILE.exec(name)?.[1] === aggregates) continue;
      try {
        rmSync(join(this.folder, name), { force: true });
        this.present.delete(name);
      } catch {
        // Left for the next build to remove.
      }
    }
  }

  /** Writes one kept file; false (and one warning per build) when it cannot. */
  private keep(name: string, text: string): boolean {
    if (this.failed) return false;
    try {
      if (!this.folderMade) mkdirSync(this.folder, { recursive: true });
      this.folderMade = true;
      writeAtomically(join(this.folder, name), text);
      return true;
    } catch (error) {
      this.failed = true;
      this.warn(`the composed posts could not be kept in ${this.folder} (${(error as Error).message}); the next build composes every article again`);
      return false;
    }
  }
}
