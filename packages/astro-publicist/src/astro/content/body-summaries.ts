/**
 * Body summaries (first paragraph, word count, headings, excerpt) kept between runs in
 * `<cacheDir>/publicist-bodies.json`, by a hash of the body and its format, so a rebuild parses
 * only the bodies that changed. The file names the code it was made with (`version`: this
 * package's compiled sources and the Markdown parsers' versions); another version starts afresh.
 * The file is optional: unreadable or damaged, it is ignored; a failed write warns and the build goes on.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { summarizeBody, type BodySummary, type SummarizeBody } from '../../core/article/body.ts';

export const BODY_SUMMARIES_FILE = 'publicist-bodies.json';

const isSummary = (value: unknown): value is BodySummary => {
  const s = value as BodySummary;
  return !!s && typeof s.firstParagraph === 'string' && typeof s.wordCount === 'number' && typeof s.excerpt === 'string' && Array.isArray(s.headings);
};

export class BodySummaries {
  private known = new Map<string, BodySummary>();
  /** Summaries asked for since the last save. */
  private used = new Map<string, BodySummary>();
  private added = false;
  private failed = false;
  private readonly file: string;
  private readonly version: string;
  private readonly warn: (message: string) => void;

  constructor(file: string, version: string, warn: (message: string) => void) {
    this.file = file;
    this.version = version;
    this.warn = warn;
    try {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown; entries?: Record<string, unknown> };
      if (saved.version === version && saved.entries && typeof saved.entries === 'object') {
        for (const [key, summary] of Object.entries(saved.entries)) if (isSummary(summary)) this.known.set(key, summary);
      }
    } catch {
      // No file yet, or not ours to read: every body is summarized again.
    }
  }

  readonly summarize: SummarizeBody = (body, format) => {
    const key = createHash('sha256').update(format).update('\0').update(body).digest('hex').slice(0, 32);
    let summary = this.used.get(key) ?? this.known.get(key);
    if (!summary) {
      summary = summarizeBody(body, format);
      this.added = true;
    }
    this.used.set(key, summary);
    return summary;
  };

  /**
   * Write the file when a summary was added (or, with `prune`, when one went unused): a build
   * keeps only the summaries it asked for; dev, which asks only for changed bodies, keeps all.
   */
  save(prune: boolean): void {
    const entries = prune ? this.used : new Map([...this.known, ...this.used]);
    const changed = this.added || (prune && entries.size !== this.known.size);
    this.known = entries;
    this.used = new Map();
    this.added = false;
    if (!changed || this.failed) return;
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileSync(temp, JSON.stringify({ version: this.version, entries: Object.fromEntries(entries) }));
      renameSync(temp, this.file);
    } catch (error) {
      this.failed = true;
      try {
        rmSync(temp, { force: true });
      } catch {
        // Nothing was written, or the folder is not there.
      }
      this.warn(`the article summaries could not be kept at ${this.file} (${(error as Error).message}); the next build parses every body again`);
    }
  }
}
