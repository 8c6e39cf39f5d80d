/**
 * After the build: the social files (`/social/<slug>.json`) and kit pages our routes handed over
 * (session.ts), written into the output by us rather than rendered by Astro. A social file is the
 * same bytes its route serves in `astro dev`: the Bluesky thumbnail sized by the link card's byte
 * length (the cards are written by then), or left out when the card is larger than Bluesky takes.
 * A kit page goes to the file a static host serves its URL from (core/urls.ts `pageFilePath`).
 */
import { relative } from 'node:path';
import { PublicistError } from '../core/errors.ts';
import { strings } from '../core/i18n/index.ts';
import { fitsBlueskyThumb } from '../core/posts/bluesky-record.ts';
import { kitPageHtml } from '../core/posts/kit-page.ts';
import { jsonBody, withThumbnailSize } from '../core/posts/posts-file.ts';
import { pageFilePath } from '../core/urls.ts';
import { postsFolderPath } from '../core/posts/paths.ts';
import type { PostsFile } from '../core/posts/posts-file.ts';
import type { KitPagesRecord, PostsFilesRecord } from './session.ts';
import { outputFile, type PublicistState } from './state.ts';
import { writeOutputFiles, type OutputFile } from './write-output.ts';

/** A Bluesky thumbnail left out of a social file because the card is larger than Bluesky takes. */
export interface DroppedThumbnail {
  slug: string;
  bytes: number;
}

type OutputState = Pick<PublicistState, 'outDir' | 'options' | 'outputCache' | 'carried'>;

/** The output folders of these files' collections (`<outDir>/social/articles`): they hold only social files and kit pages. */
export function postsFolders(state: Pick<PublicistState, 'outDir' | 'options'>, files: readonly PostsFile[]): string[] {
  return [...new Set(files.map((file) => file.article.collection))].map((collection) => outputFile(state, postsFolderPath(collection, state.options.base)));
}

/**
 * Writes the files, last build's copies first moved back into the output where they are links
 * into the cache (carried-output.ts): an unchanged one is then in place already.
 */
async function writePostsOutputs(state: OutputState, files: readonly PostsFile[], outputs: OutputFile[], what: string): Promise<void> {
  const carried = state.outputCache?.enabled ? state.carried : undefined;
  if (carried) {
    for (const folder of postsFolders(state, files)) carried.restore(folder);
    for (const output of outputs) carried.placed(output.file);
  }
  await writeOutputFiles(outputs, writeFailed(state, what), state.outputCache);
}

/** A write that failed, as the error that fails the build: which file, where, and why. */
const writeFailed = (state: OutputState, what: string) => (file: string, error: unknown) => {
  const reason = error instanceof Error ? error.message : String(error);
  return new PublicistError(`publicist: could not write ${what} ${relative(state.outDir, file)} into the build output (${state.outDir}): ${reason}`, { file });
};

/** Writes every social file; returns the Bluesky thumbnails left out for size, by slug. */
export async function writeSocialFiles(state: OutputState, record: PostsFilesRecord): Promise<DroppedThumbnail[]> {
  const lengths = await Promise.all(record.files.map((file) => (file.posts.bluesky?.thumbnail ? record.linkCardLength(file.article.slug) : undefined)));
  const dropped: DroppedThumbnail[] = [];
  record.files.forEach((file, i) => {
    const length = lengths[i];
    if (length !== undefined && !fitsBlueskyThumb(length)) dropped.push({ slug: file.article.slug, bytes: length });
  });
  const outputs = record.files.map((file, i) => ({
    file: outputFile(state, file.file),
    key: record.outputKey?.(file, `social file, thumbnail of ${lengths[i] ?? 'no'} bytes`),
    data: () => jsonBody(withThumbnailSize(file, lengths[i])),
  }));
  await writePostsOutputs(state, record.files, outputs, 'the social file');
  return dropped.sort((a, b) => a.slug.localeCompare(b.slug));
}

/** Writes every article's kit page. */
export async function writeKitPages(state: OutputState, { files, outputKey }: KitPagesRecord): Promise<void> {
  const { options } = state;
  const words = strings(options.defaultLocale, options.strings);
  const outputs = files.map((file) => ({ file: outputFile(state, pageFilePath(file.kit, options)), key: outputKey?.(file, 'kit page'), data: () => kitPageHtml(file, options, words) }));
  await writePostsOutputs(state, files, outputs, 'the social kit page');
}
