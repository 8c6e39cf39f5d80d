/**
 * Writing the social files and kit pages of a build: the text of each made from its PostsFile,
 * then linked from the output cache or written (write-output.ts). Runs on the posts writer's
 * thread, or in this one where no thread can start (writer.ts).
 */
import type { Strings } from '../../core/i18n/index.ts';
import { kitPageHtml, type KitOptions } from '../../core/posts/kit-page.ts';
import { jsonBody, withThumbnailSize, type PostsFile } from '../../core/posts/posts-file.ts';
import { outputFileCache, type LinkedFileCache } from '../linked-files.ts';
import { writeOutputFiles } from '../write-output.ts';

export type OutputTask =
  | { kind: 'social'; items: { file: string; posts: PostsFile; cardLength?: number }[] }
  | { kind: 'kit'; items: { file: string; posts: PostsFile }[]; options: KitOptions; words: Strings };

/** The file that could not be written, and why. */
export interface OutputFailure {
  file: string;
  message: string;
}

class Failure extends Error {
  readonly file: string;
  constructor(file: string, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.file = file;
  }
}

export class OutputTasks {
  private readonly cache: LinkedFileCache | undefined;

  constructor(cacheDir: string | undefined, warn: (message: string) => void) {
    this.cache = cacheDir === undefined ? undefined : outputFileCache(cacheDir, warn);
  }

  async run(task: OutputTask): Promise<OutputFailure | undefined> {
    const outputs =
      task.kind === 'social'
        ? task.items.map(({ file, posts, cardLength }) => ({ file, data: () => jsonBody(withThumbnailSize(posts, cardLength)) }))
        : task.items.map(({ file, posts }) => ({ file, data: () => kitPageHtml(posts, task.options, task.words) }));
    try {
      await writeOutputFiles(outputs, (file, cause) => new Failure(file, cause), this.cache);
      return undefined;
    } catch (error) {
      return error instanceof Failure ? { file: error.file, message: error.message } : { file: '', message: String(error) };
    }
  }

  /** These tasks as a writer that runs each in this thread. */
  asWriter(): { write: (task: OutputTask) => Promise<OutputFailure | undefined> } {
    return { write: (task) => this.run(task) };
  }

  /** Removes the cache entries no task of this build used; how many. */
  prune(): number {
    return this.cache?.prune() ?? 0;
  }
}
