/**
 * Files kept between builds in a folder of Astro's cacheDir and hard-linked into the build output:
 * a link costs one metadata operation where writing a file costs its blocks (on this project's
 * machine 2,000 small files took 0.3-0.8 s to write and 25 ms to link). A file is named
 * `<key>.<digest>.<length>.<ext>`: the key says what the file is made from, the digest is the
 * hash of the bytes and the length their number, so a damaged file is recognised and made again,
 * never served: a read checks the digest; placing a file into the output (`place`) checks the
 * length only, since it does not read the file.
 * Writes go to a temporary file first and are renamed into place; an entry is never written again
 * in place (new bytes are a new file), which is what lets `place` hard-link it into the output.
 *
 * The cache is optional: when its folder cannot be made, read or written (read-only, full, a file
 * in its place), that is one warning, and the build goes on without it.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type BigIntStats } from 'node:fs';
import { join } from 'node:path';

const NAME = /^([0-9a-f]{64})\.([0-9a-f]{16})\.(\d+)\.([a-z0-9]+)$/;

export interface LinkedFileCacheKind {
  /** The folder in cacheDir. */
  folder: string;
  /** What the warning calls the cache: `the card cache`. */
  name: string;
  /** What the build does without it: `cards are rendered without it in this build`. */
  without: string;
}

const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

export class LinkedFileCache {
  readonly dir: string;
  /** key → file name, read once from the folder. */
  private readonly index = new Map<string, string>();
  /** Keys asked for in this build; everything else is stale at the end. */
  private readonly used = new Set<string>();
  /** Set once the folder failed us: no more reads, writes or pruning in this build. */
  private disabled = false;
  private readonly warn: (message: string) => void;
  private readonly kind: LinkedFileCacheKind;

  constructor(cacheDir: string, kind: LinkedFileCacheKind, warn: (message: string) => void = () => {}) {
    this.dir = join(cacheDir, kind.folder);
    this.kind = kind;
    this.warn = warn;
    try {
      mkdirSync(this.dir, { recursive: true });
      for (const name of readdirSync(this.dir)) {
        const match = NAME.exec(name);
        if (match) this.index.set(match[1]!, name);
      }
    } catch (error) {
      this.disable('cannot be used', error);
    }
  }

  /** True while the cache works; false after it failed once in this build. */
  get enabled(): boolean {
    return !this.disabled;
  }

  private disable(what: string, error: unknown): void {
    if (this.disabled) return;
    this.disabled = true;
    this.index.clear();
    this.warn(`${this.kind.name} at ${this.dir} ${what} (${(error as Error).message}); ${this.kind.without}`);
  }

  /** Is there an entry for `key`? (Marks it used; whether it is intact is checked when it is read.) */
  has(key: string): boolean {
    this.used.add(key);
    return this.index.has(key);
  }

  /** The cached bytes for `key`, if present and intact. */
  get(key: string): Uint8Array | undefined {
    this.used.add(key);
    const name = this.index.get(key);
    if (!name || this.disabled) return undefined;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(this.dir, name));
    } catch {
      this.index.delete(key);
      return undefined;
    }
    if (digest(bytes) !== NAME.exec(name)![2]) {
      rmSync(join(this.dir, name), { force: true });
      this.index.delete(key);
      return undefined;
    }
    return bytes;
  }

  /**
   * The byte length of the entry for `key`, from its name, when its file is that length (checked
   * with a stat, not a read); a missing or damaged entry is deleted and undefined returned.
   */
  length(key: string): number | undefined {
    const entry = this.intactEntry(key);
    return entry && Number(entry.size);
  }

  /**
   * The stat of the entry for `key` when its file is the length its name says; else it is deleted
   * and undefined returned. In bigint, so an inode number is compared exactly.
   */
  private intactEntry(key: string): BigIntStats | undefined {
    this.used.add(key);
    const name = this.index.get(key);
    if (!name || this.disabled) return undefined;
    const length = Number(NAME.exec(name)![3]);
    try {
      const stat = statSync(join(this.dir, name), { bigint: true });
      if (stat.size === BigInt(length)) return stat;
      rmSync(join(this.dir, name), { force: true });
    } catch {
      // gone: made again
    }
    this.index.delete(key);
    return undefined;
  }

  /**
   * Put the entry for `key` at `file` without reading it: a hard link (no bytes copied, and
   * removing the output later frees nothing the cache still holds), else a copy where the two
   * folders cannot share a file (another file system). Only the length is checked; an entry whose
   * file is missing or not the length it was written with is deleted, and false returned.
   * `file` must not exist yet, or is replaced; when it is this entry already (a link to it kept
   * from the last build, see carried-output.ts), it is left as it is. Errors writing `file` are thrown.
   */
  place(key: string, file: string): boolean {
    const entry = this.intactEntry(key);
    if (!entry) return false;
    const present = lstatSync(file, { bigint: true, throwIfNoEntry: false });
    // Inode 0 is what some file systems report for every file: it proves nothing.
    if (present && entry.ino !== 0n && present.ino === entry.ino && present.dev === entry.dev) return true;
    const source = join(this.dir, this.index.get(key)!);
    try {
      linkSync(source, file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') {
        // Something is there already (a file of public/, say): replace it in one step.
        const temp = `${file}.${process.pid}.tmp`;
        rmSync(temp, { force: true });
        linkOrCopy(source, temp);
        renameSync(temp, file);
      } else if (code === 'EXDEV' || code === 'EPERM' || code === 'EMLINK' || code === 'ENOTSUP') {
        const temp = `${file}.${process.pid}.tmp`;
        copyFileSync(source, temp);
        renameSync(temp, file);
      } else throw error;
    }
    return true;
  }

  /** Keep the bytes for `key`; a failed write is a warning (once), never an error. */
  set(key: string, bytes: Uint8Array, extension: string): void {
    this.used.add(key);
    if (this.disabled) return;
    const name = `${key}.${digest(bytes)}.${bytes.byteLength}.${extension}`;
    const temp = join(this.dir, `.${name}.${process.pid}.tmp`);
    try {
      writeFileSync(temp, bytes);
      renameSync(temp, join(this.dir, name));
      const previous = this.index.get(key);
      if (previous && previous !== name) rmSync(join(this.dir, previous), { force: true });
      this.index.set(key, name);
    } catch (error) {
      try {
        rmSync(temp, { force: true });
      } catch {
        // Nothing was written, or the folder is gone.
      }
      this.disable('cannot be written', error);
    }
  }

  /** `set`, reporting whether the entry is now in the cache (a failed write is warned about once, see `set`). */
  trySet(key: string, bytes: Uint8Array, extension: string): boolean {
    this.set(key, bytes, extension);
    return !this.disabled && this.index.has(key);
  }

  /** Delete every entry this build did not use (and leftovers of interrupted writes); returns how many. */
  prune(): number {
    if (this.disabled) return 0;
    let removed = 0;
    try {
      for (const name of readdirSync(this.dir)) {
        const key = NAME.exec(name)?.[1];
        if (key && this.used.has(key) && this.index.get(key) === name) continue;
        rmSync(join(this.dir, name), { force: true, recursive: true });
        if (key && this.index.get(key) === name) this.index.delete(key);
        removed++;
      }
    } catch (error) {
      this.disable('cannot be cleaned up', error);
    }
    return removed;
  }
}

function linkOrCopy(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}

/** The social files and kit pages of the last build, keyed by the hash of their bytes. */
export const outputFileCache = (cacheDir: string, warn: (message: string) => void) =>
  new LinkedFileCache(cacheDir, { folder: 'publicist-output', name: 'the cache of social files and kit pages', without: 'they are written without it in this build' }, warn);
