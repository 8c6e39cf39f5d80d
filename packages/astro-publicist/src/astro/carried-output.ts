/**
 * The folders of the build output that hold only our cache-linked files (the cards, the social
 * files and kit pages of a collection), carried over from the last build instead of being
 * emptied by Astro and linked again file by file: when the build starts, each folder the last
 * build recorded is moved aside (one rename) before Astro empties the output folder; when this
 * build places its files there, the folder is moved back whole, a file that did not change is
 * found in place (LinkedFileCache.place sees the same inode and leaves it), a changed one is
 * replaced, and what this build placed no more is removed. At N = 10,000 that is 70,000 files
 * neither deleted nor linked again.
 *
 * A folder is moved back only where nothing was written in its place meanwhile; otherwise the
 * held copy is deleted, as Astro would have. Every step is optional: a folder that cannot be
 * moved (another file system, permissions) is left to Astro, and a failure is one warning.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, rmdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { writeAtomically } from './write-output.ts';

/** The folders placed into by the last build, relative to the output folder (`og`, `social/articles`). */
const RECORD_FILE = 'publicist-carried-output.json';
const HOLD_FOLDER = 'publicist-carried-output';

const isRecord = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string' && v !== '' && !v.split(/[\\/]/).includes('..'));

export class CarriedOutput {
  private readonly outDir: string;
  private readonly holdDir: string;
  private readonly recordFile: string;
  private readonly warn: (message: string) => void;
  /** Folder (relative) → where it is held. */
  private readonly held = new Map<string, string>();
  /** Folders moved back into the output and not settled yet. */
  private readonly restored = new Set<string>();
  /** Every file this build placed into a moved-back folder. */
  private readonly placedFiles = new Set<string>();
  /** Folders this build placed its linked files into: the record for the next build. */
  private readonly placedInto = new Set<string>();
  private failed = false;

  constructor(outDir: string, cacheDir: string, warn: (message: string) => void) {
    this.outDir = outDir;
    this.holdDir = join(cacheDir, HOLD_FOLDER);
    this.recordFile = join(cacheDir, RECORD_FILE);
    this.warn = warn;
  }

  private fail(what: string, error: unknown): void {
    if (!this.failed) this.warn(`the last build's share cards, social files and kit pages could not be ${what} (${(error as Error).message}); the next build writes them all again`);
    this.failed = true;
  }

  /** Before Astro empties the output folder: move aside the folders the last build recorded. */
  hold(): void {
    let folders: string[] = [];
    try {
      const saved: unknown = JSON.parse(readFileSync(this.recordFile, 'utf8'));
      if (isRecord(saved)) folders = saved;
    } catch {
      // No record (a first build): nothing is carried.
    }
    try {
      // A build that stopped before its end left what it held: deleted, as Astro would have.
      rmSync(this.holdDir, { recursive: true, force: true });
      for (const [i, folder] of folders.entries()) {
        const from = join(this.outDir, folder);
        if (!lstatSync(from, { throwIfNoEntry: false })?.isDirectory()) continue;
        mkdirSync(this.holdDir, { recursive: true });
        const to = join(this.holdDir, String(i));
        try {
          renameSync(from, to);
          this.held.set(folder, to);
        } catch (error) {
          // On another file system the folder is left in the output, for Astro to empty.
          if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
        }
      }
    } catch (error) {
      this.fail('moved aside', error);
    }
  }

  /**
   * Before this build places files into `folder` (an absolute folder of the output): move the
   * held copy back when nothing is there yet. Returns whether it is back (again true on a second
   * call); then `placed` must be told every file placed there, and `settle` (else `finish`)
   * removes the rest.
   */
  restore(folder: string): boolean {
    const name = this.nameOf(folder);
    if (name === undefined) return false;
    this.placedInto.add(name);
    if (this.restored.has(name)) return true;
    const from = this.held.get(name);
    if (!from) return false;
    this.held.delete(name);
    try {
      if (existsSync(folder)) return false;
      mkdirSync(dirname(folder), { recursive: true });
      renameSync(from, folder);
      this.restored.add(name);
      return true;
    } catch (error) {
      this.fail('moved back', error);
      return false;
    }
  }

  /** A file this build placed (or wrote) into a folder given to `restore`. */
  placed(file: string): void {
    this.placedFiles.add(file);
  }

  /** After the last file is placed into `folder` (given to `restore`): remove what this build did not place there. */
  settle(folder: string): void {
    const name = this.nameOf(folder);
    if (name === undefined || !this.restored.delete(name)) return;
    try {
      removeUnplaced(folder, this.placedFiles);
    } catch (error) {
      this.fail('cleaned up', error);
    }
  }

  /** When the build is done: settle what is not settled yet, delete what is still held, and record this build's folders for the next. */
  finish(): void {
    for (const name of [...this.restored]) this.settle(join(this.outDir, name));
    try {
      rmSync(this.holdDir, { recursive: true, force: true });
    } catch (error) {
      this.fail('cleaned up', error);
    }
    try {
      // After a failure the output may hold what a folder should not: the next build carries nothing.
      if (this.failed) rmSync(this.recordFile, { force: true });
      else if (this.placedInto.size || existsSync(this.recordFile)) {
        mkdirSync(dirname(this.recordFile), { recursive: true });
        writeAtomically(this.recordFile, JSON.stringify([...this.placedInto].sort()));
      }
    } catch (error) {
      this.fail('recorded', error);
    }
    this.held.clear();
    this.placedFiles.clear();
  }

  /** `folder` relative to the output folder, `/`-separated; undefined outside it. */
  private nameOf(folder: string): string | undefined {
    const rel = relative(this.outDir, folder);
    if (rel === '' || rel.startsWith('..') || rel.includes(`..${sep}`)) return undefined;
    return rel.split(sep).join('/');
  }
}

/** Delete every file below `dir` not in `keep`, and the folders left empty. */
function removeUnplaced(dir: string, keep: ReadonlySet<string>): boolean {
  let empty = true;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (removeUnplaced(path, keep)) rmdirSync(path);
      else empty = false;
    } else if (keep.has(path)) empty = false;
    else rmSync(path, { force: true });
  }
  return empty;
}
