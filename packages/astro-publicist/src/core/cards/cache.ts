/**
 * Rendered cards kept between builds in `<cacheDir>/publicist-cards/`. A file is named
 * `<key>.<digest>.<ext>`: the key is the render job's hash, the digest the hash of the bytes, so
 * a truncated or corrupt file is recognised on read, deleted and rendered again, never served.
 * Writes go to a temporary file first and are renamed into place.
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

  constructor(cacheDir: string) {
    this.dir = join(cacheDir, CACHE_FOLDER);
    mkdirSync(this.dir, { recursive: true });
    for (const name of readdirSync(this.dir)) {
      const match = NAME.exec(name);
      if (match) this.index.set(match[1]!, name);
    }
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
    if (!name) return undefined;
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

  set(key: string, bytes: Uint8Array, extension: string): void {
    this.used.add(key);
    const name = `${key}.${digest(bytes)}.${extension}`;
    const temp = join(this.dir, `.${name}.${process.pid}.tmp`);
    writeFileSync(temp, bytes);
    renameSync(temp, join(this.dir, name));
    const previous = this.index.get(key);
    if (previous && previous !== name) rmSync(join(this.dir, previous), { force: true });
    this.index.set(key, name);
  }

  /** `set`, reporting whether the entry was written (a full disk or a read-only cache folder is not an error). */
  trySet(key: string, bytes: Uint8Array, extension: string): boolean {
    try {
      this.set(key, bytes, extension);
      return true;
    } catch {
      return false;
    }
  }

  /** Delete every entry this build did not use (and leftovers of interrupted writes); returns how many. */
  prune(): number {
    let removed = 0;
    for (const name of readdirSync(this.dir)) {
      const key = NAME.exec(name)?.[1];
      if (key && this.used.has(key) && this.index.get(key) === name) continue;
      rmSync(join(this.dir, name), { force: true, recursive: true });
      if (key && this.index.get(key) === name) this.index.delete(key);
      removed++;
    }
    return removed;
  }
}
