/**
 * Each article's posts file (core/posts/posts-file.ts) kept between builds in
 * `<cacheDir>/publicist-posts.json` (content/kept-values.ts), by a hash of the Article and the
 * options (a function option by its source), named by the code that composed it: a rebuild
 * composes only the articles that changed. What is returned is the same whether composed now or
 * read back (plain JSON data either way). The outputs made from a file alone (its kit page, its
 * social file) are keyed by its key (`outputKey`), so a rebuild links them without making them.
 */
import { createHash } from 'node:crypto';
import { postsFile, type PostsFile } from '../core/posts/posts-file.ts';
import type { Article, ResolvedOptions } from '../core/types.ts';
import { KeptValues } from './content/kept-values.ts';

export const POSTS_FILES_FILE = 'publicist-posts.json';

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
const isPostsFile = (value: unknown): value is PostsFile =>
  isObject(value) && isObject(value.article) && typeof value.file === 'string' && typeof value.kit === 'string' && Array.isArray(value.cards) && isObject(value.posts) && isObject(value.intents);

const optionsJson = (options: ResolvedOptions) => JSON.stringify(options, (_key, value: unknown) => (typeof value === 'function' ? `function:${String(value)}` : value));

export class KeptPosts {
  private readonly kept: KeptValues<PostsFile>;
  private readonly options: ResolvedOptions;
  private readonly optionsHash: string;
  private readonly version: string;
  /** Each kept file's key (its Article and the options). */
  private readonly keys = new WeakMap<PostsFile, string>();

  constructor(file: string, version: string, options: ResolvedOptions, warn: (message: string) => void) {
    this.kept = new KeptValues({ file, version, isValue: isPostsFile, warn, what: 'the composed posts', consequence: 'the next build composes every article again' });
    this.options = options;
    this.version = version;
    this.optionsHash = createHash('sha256').update(optionsJson(options)).digest('hex');
  }

  fileOf(article: Article): PostsFile {
    const compose = () => JSON.parse(JSON.stringify(postsFile(article, this.options))) as PostsFile;
    let articleJson: string;
    try {
      articleJson = JSON.stringify(article);
    } catch {
      return compose(); // frontmatter JSON cannot hold (a cycle, a BigInt): composed, not kept
    }
    const key = createHash('sha256').update(this.optionsHash).update('\0').update(articleJson).digest('hex').slice(0, 32);
    const file = this.kept.get(key, compose);
    this.keys.set(file, key);
    return file;
  }

  /**
   * A key for an output made from this file and the options alone (`what` names the output and
   * anything else it is made from), or undefined for a file that is not kept.
   */
  outputKey(file: PostsFile, what: string): string | undefined {
    const key = this.keys.get(file);
    return key && createHash('sha256').update(this.version).update('\0').update(what).update('\0').update(key).digest('hex');
  }

  /** Keep only the files of this build's articles. */
  save(): void {
    this.kept.save(true);
  }
}
