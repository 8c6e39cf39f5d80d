/**
 * Body summaries (first paragraph, word count, headings, excerpt) kept between runs in
 * `<cacheDir>/publicist-bodies.json` (kept-values.ts), by a hash of the body and its format, so a
 * rebuild parses only the bodies that changed.
 */
import { createHash } from 'node:crypto';
import { summarizeBody, type BodySummary, type SummarizeBody } from '../../core/article/body.ts';
import { KeptValues } from './kept-values.ts';

export const BODY_SUMMARIES_FILE = 'publicist-bodies.json';

const isSummary = (value: unknown): value is BodySummary => {
  const s = value as BodySummary;
  return !!s && typeof s.firstParagraph === 'string' && typeof s.wordCount === 'number' && typeof s.excerpt === 'string' && Array.isArray(s.headings);
};

export class BodySummaries {
  private readonly kept: KeptValues<BodySummary>;

  constructor(file: string, version: string, warn: (message: string) => void) {
    this.kept = new KeptValues({ file, version, isValue: isSummary, warn, what: 'the article summaries', consequence: 'the next build parses every body again' });
  }

  readonly summarize: SummarizeBody = (body, format) => {
    const key = createHash('sha256').update(format).update('\0').update(body).digest('hex').slice(0, 32);
    return this.kept.get(key, () => summarizeBody(body, format));
  };

  /** See KeptValues.save: a build keeps only the summaries it asked for; dev keeps all. */
  save(prune: boolean): void {
    this.kept.save(prune);
  }
}
