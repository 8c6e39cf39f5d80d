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
import type { PostsEntry } from './kept-posts.ts';
import type { KitPagesRecord, PostsFilesRecord } from './session.ts';
import { outputFile, type PublicistState } from './state.ts';
import { writeOutputFiles, type OutputFile } from './write-output.ts';

/** A Bluesky thumbnail left out of a social file because the card is larger than Bluesky takes. */
export interface DroppedThumbnail {
  slug: string;
  bytes: number;
}

type OutputState = Pick<PublicistState, 'outDir' | 'options' | 'outputCache' | 'carried'>;

/** The output folders of these entries' collections (`<outDir>/social/articles`): they hold only social files and kit pages. */
export function postsFolders(state: Pick<PublicistState, 'outDir' | 'options'>, entries: readonly PostsEntry[]): string[] {
  return [...new Set(entries.map((entry) => entry.article.collection))].map((collection) => outputFile(state, postsFolderPath(collection, state.options.base)));
}

/**
 * Writes the files, last build's copies first moved back into the output where they are links
 * into the cache (carried-output.ts): an unchanged one is then in place already.
 */
async function writePostsOutputs(state: OutputState, entries: readonly PostsEntry[], outputs: OutputFile[], what: string): Promise<void> {
  const carried = state.outputCache?.enabled ? state.carried : undefined;
  if (carried) {
    for (const folder of postsFolders(state, entries)) carried.restore(folder);
    for (const output of outputs) carried.placed(output.file);
  }
  await writeOutputFiles(outputs, writeFailed(state, what), state.outputCache);
}

/** A write that failed, as the error that fails the build: which file, where, and why. */
const writeFailed = (state: OutputState, what: string) => (file: string, error: unknown) => {
  const reason = error instanceof Error ? error.message : String(error);
  return new PublicistError(`publicist: could not write ${what} ${relative(state.outDir, file)} into the build output (${state.outDir}): ${reason}`, { file });
};

/**
 * Writes every social file; returns the Bluesky thumbnails left out for size, by slug. With
 * Bluesky among the platforms the link card's length is asked for every article (the cards are
 * planned, so it is a lookup): only an article whose card is too large for a thumbnail has its
 * file read to see whether its Bluesky post has one.
 */
export async function writeSocialFiles(state: OutputState, record: PostsFilesRecord): Promise<DroppedThumbnail[]> {
  const { entries } = record;
  const thumbnails = state.options.posts.platforms.includes('bluesky');
  const lengths = await Promise.all(entries.map((entry) => (thumbnails ? record.linkCardLength(entry.article.slug) : undefined)));
  const dropped: DroppedThumbnail[] = [];
  entries.forEach((entry, i) => {
    const length = lengths[i];
    if (length !== undefined && !fitsBlueskyThumb(length) && entry.load().posts.bluesky?.thumbnail) dropped.push({ slug: entry.article.slug, bytes: length });
  });
  const outputs = entries.map((entry, i) => ({
    file: outputFile(state, entry.file),
    key: record.outputKey?.(entry, `social file, link card of ${lengths[i] ?? 'no'} bytes`),
    data: () => jsonBody(withThumbnailSize(entry.load(), lengths[i])),
  }));
  await writePostsOutputs(state, entries, outputs, 'the social file');
  return dropped.sort((a, b) => a.slug.localeCompare(b.slug));
}

/** Writes every article's kit page. */
export async function writeKitPages(state: OutputState, { entries, outputKey }: KitPagesRecord): Promise<void> {
  const { options } = state;
  const words = strings(options.defaultLocale, options.strings);
  const outputs = entries.map((entry) => ({ file: outputFile(state, pageFilePath(entry.kit, options)), key: outputKey?.(entry, 'kit page'), data: () => kitPageHtml(entry.load(), options, words) }));
  await writePostsOutputs(state, entries, outputs, 'the social kit page');
}
