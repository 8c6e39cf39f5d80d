/**
 * Writing files into the build output or the cache: through a temporary file renamed into place,
 * so no reader sees half a file.
 */
import { createHash } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, extname } from 'node:path';
import type { LinkedFileCache } from './linked-files.ts';

const temporary = (file: string) => `${file}.${process.pid}.tmp`;

export function writeAtomically(file: string, data: string | Uint8Array): void {
  const temp = temporary(file);
  writeFileSync(temp, data);
  renameSync(temp, file);
}

/** `writeAtomically` without blocking (the folder must exist). */
async function replaceFile(file: string, data: string | Uint8Array): Promise<void> {
  const temp = temporary(file);
  await writeFile(temp, data);
  await rename(temp, file);
}

/** `writeAtomically` without blocking, its folder made first. */
export async function writeFileAtomically(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await replaceFile(file, data);
}

/**
 * Files written side by side, at most this many at once: on a slow file system each write, rename
 * and folder costs a round trip (1,000 kit pages written one after another took 2.5 s of a warm
 * N = 1,000 build, 0.9 s of it making folders), and libuv's threads overlap them.
 */
const IN_FLIGHT = 16;

export interface OutputFile {
  file: string;
  /**
   * A hash of everything the bytes are made from (the code that makes them included): with a cache,
   * a file an earlier build made from the same key is linked without being made. Without one the
   * file is made, and linked when its bytes are the same as an earlier build's.
   */
  key?: string;
  /** Made when the file's turn comes, so not every file's text is held at once. */
  data: () => string | Uint8Array;
}

/**
 * Puts the file in place from the cache: with a key of its inputs, the entry kept under that key
 * is linked before the file is made; without one, the file is made and keyed by the hash of its
 * bytes. A file the cache lacks is kept first, then linked. Returns the bytes when the cache could
 * not place them, for the caller to write.
 */
function placeFromCache(cache: LinkedFileCache, { file, key, data }: OutputFile): string | Uint8Array | undefined {
  if (key && cache.place(key, file)) return undefined;
  const bytes = data();
  // A string is hashed as its UTF-8 bytes, the bytes it is written as.
  const entry = key ?? createHash('sha256').update(bytes).digest('hex');
  if (!key && cache.place(entry, file)) return undefined;
  const kept = cache.trySet(entry, typeof bytes === 'string' ? Buffer.from(bytes) : bytes, extname(file).slice(1).toLowerCase() || 'bin') && cache.place(entry, file);
  return kept ? undefined : bytes;
}

/**
 * Writes every file (each through a temporary file, or linked from `cache`); `failed` turns a
 * write error into the error to throw.
 */
export async function writeOutputFiles(files: Iterable<OutputFile>, failed: (file: string, error: unknown) => Error, cache?: LinkedFileCache): Promise<void> {
  const next = files[Symbol.iterator]();
  const madeFolders = new Map<string, Promise<unknown>>();
  const folder = (dir: string) => {
    let made = madeFolders.get(dir);
    if (!made) madeFolders.set(dir, (made = mkdir(dir, { recursive: true })));
    return made;
  };
  let error: Error | undefined;
  const worker = async () => {
    // After a failure the others stop taking files; the first failure is the one reported.
    for (let item = next.next(); !item.done && !error; item = next.next()) {
      const output = item.value;
      try {
        await folder(dirname(output.file));
        const unplaced = cache?.enabled ? placeFromCache(cache, output) : output.data();
        if (unplaced !== undefined) await replaceFile(output.file, unplaced);
      } catch (cause) {
        error ??= failed(output.file, cause);
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  if (error) throw error;
}
