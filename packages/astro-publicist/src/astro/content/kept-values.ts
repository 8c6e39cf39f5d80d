/**
 * Values kept between runs in one JSON file of the cache folder, by a key the caller derives from
 * the inputs (a hash), so a rebuild computes only what changed. The file names the code it was
 * made with (`version`); another version starts afresh. The file is optional: unreadable or
 * damaged, it is ignored (as is any entry `isValue` refuses); a failed write warns once and the build goes on.
 * Used for body summaries (body-summaries.ts).
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface KeptValuesOptions<T> {
  file: string;
  version: string;
  isValue: (value: unknown) => value is T;
  warn: (message: string) => void;
  /** What is lost when the file cannot be written, for the warning: `the article summaries`. */
  what: string;
  /** What the next run does then: `the next build parses every body again`. */
  consequence: string;
}

export class KeptValues<T> {
  private known = new Map<string, T>();
  /** Values asked for since the last save. */
  private used = new Map<string, T>();
  private added = false;
  private failed = false;
  private readonly options: KeptValuesOptions<T>;

  constructor(options: KeptValuesOptions<T>) {
    this.options = options;
    try {
      const saved = JSON.parse(readFileSync(options.file, 'utf8')) as { version?: unknown; entries?: Record<string, unknown> };
      if (saved.version === options.version && saved.entries && typeof saved.entries === 'object') {
        for (const [key, value] of Object.entries(saved.entries)) if (options.isValue(value)) this.known.set(key, value);
      }
    } catch {
      // No file yet, or not ours to read: every value is computed again.
    }
  }

  /** The kept value for this key, else `make()` (kept from now on). */
  get(key: string, make: () => T): T {
    let value = this.used.get(key) ?? this.known.get(key);
    if (value === undefined) {
      value = make();
      this.added = true;
    }
    this.used.set(key, value);
    return value;
  }

  /**
   * Write the file when a value was added (or, with `prune`, when one went unused): a build
   * keeps only the values it asked for; dev, which asks only for what changed, keeps all.
   */
  save(prune: boolean): void {
    const entries = prune ? this.used : new Map([...this.known, ...this.used]);
    const changed = this.added || (prune && entries.size !== this.known.size);
    this.known = entries;
    this.used = new Map();
    this.added = false;
    if (!changed || this.failed) return;
    const { file, version } = this.options;
    const temp = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(temp, JSON.stringify({ version, entries: Object.fromEntries(entries) }));
      renameSync(temp, file);
    } catch (error) {
      this.failed = true;
      try {
        rmSync(temp, { force: true });
      } catch {
        // Nothing was written, or the folder is not there.
      }
      this.options.warn(`${this.options.what} could not be kept at ${file} (${(error as Error).message}); ${this.options.consequence}`);
    }
  }
}
