/**
 * The card cache: rendered cards kept between builds in `<cacheDir>/publicist-cards/`. A file is named
 * `<key>.<digest>.<ext>`: the key is the render job's hash, the digest the hash of the bytes, so
 * a truncated or corrupt file is recognised on read, deleted and rendered again, never served.
 * Writes go to a temporary file first and are renamed into place.
 *
 * The cache is optional: when its folder cannot be made, read or written (read-only, full, a file
 * in its place), that is one warning, and the build goes on rendering without it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const CACHE_FOLDER = 'publicist-cards';
const NAME = /^([0-9a-f]{64})\.([0-9a-f]{16})\.(png|jpg|webp)$/;

const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

export class CardCache {
  readonly dir: string;
  /** key → file name, read once from the folder. */
  private readonly index = new Map<string, string>();
  /** Keys asked for in this build; everything else is stale at the end. */
  private readonly used = new Set<string>();
  /** Set once the folder failed us: no more reads, writes or pruning in this build. */
  private disabled = false;
  private readonly warn: (message: string) => void;

  constructor(cacheDir: string, warn: (message: string) => void = () => {}) {
    this.dir = join(cacheDir, CACHE_FOLDER);
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
    this.warn(`the card cache at ${this.dir} ${what} (${(error as Error).message}); cards are rendered without it in this build`);
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

  /** Keep the bytes for `key`; a failed write is a warning (once), never an error. */
  set(key: string, bytes: Uint8Array, extension: string): void {
    this.used.add(key);
    if (this.disabled) return;
    const name = `${key}.${digest(bytes)}.${extension}`;
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
