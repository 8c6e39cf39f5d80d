/** The build report's checks: the SEO problems of a site's articles, each naming the file, the field and what is expected. */
import { graphemeCount } from '../text/graphemes.ts';
import type { Article, ResolvedOptions } from '../types.ts';
import { FINDING_LIMITS } from './limits.ts';

/** What a finding is about, whatever its numbers: the build log counts the findings per kind (summary.ts). */
export const FINDING_KINDS = [
  'description-missing',
  'description-length',
  'description-duplicate',
  'title-length',
  'title-duplicate',
  'tags-missing',
  'author-link',
  'cover-size',
  'translation-unshared',
  'publisher-logo',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Finding {
  file: string;
  field: string;
  kind: FindingKind;
  /** What is expected, and what was found. */
  message: string;
}

/** The findings of one article on its own (no comparison with the others). */
export function articleFindings(article: Article): Finding[] {
  const found: Finding[] = [];
  const add = (field: string, kind: FindingKind, message: string) => found.push({ file: article.file, field, kind, message });
  const titleLength = graphemeCount(article.title);
  if (titleLength > FINDING_LIMITS.titleMax && !article.card.title) {
    add('title', 'title-length', `should be at most ${FINDING_LIMITS.titleMax} characters for search results (or set card.title for the card), is ${titleLength}`);
  } else if (titleLength > FINDING_LIMITS.titleMax) {
    add('title', 'title-length', `should be at most ${FINDING_LIMITS.titleMax} characters for search results, is ${titleLength}`);
  }
  const descriptionLength = graphemeCount(article.description);
  if (article.descriptionFromBody) {
    add('description', 'description-missing', 'should be written for search results and link previews; none is set, so the first paragraph is used');
  } else if (descriptionLength < FINDING_LIMITS.descriptionMin || descriptionLength > FINDING_LIMITS.descriptionMax) {
    add('description', 'description-length', `should be ${FINDING_LIMITS.descriptionMin}–${FINDING_LIMITS.descriptionMax} characters, is ${descriptionLength}`);
  }
  if (article.tags.length < FINDING_LIMITS.tagsMin) add('tags', 'tags-missing', 'should name at least one tag (article:tag, keywords, hashtags), has none');
  for (const author of article.authors) {
    if (!author.url && author.sameAs.length === 0) {
      add('author', 'author-link', `${author.id} should have a url or a profile (Google's author markup asks for url or sameAs), has neither`);
    }
  }
  if (article.cover?.width && article.cover.height && article.cover.width * article.cover.height < FINDING_LIMITS.coverMinPixels) {
    add('cover', 'cover-size', `should be at least ${FINDING_LIMITS.coverMinPixels} pixels in area, is ${article.cover.width}×${article.cover.height}`);
  }
  return found;
}

function duplicates(articles: readonly Article[], field: 'title' | 'description'): Finding[] {
  const seen = new Map<string, Article>();
  const found: Finding[] = [];
  for (const article of articles) {
    const key = article[field].trim().toLowerCase();
    const first = seen.get(key);
    if (first) found.push({ file: article.file, field, kind: `${field}-duplicate`, message: `should be unique, is the same as in ${first.file}` });
    else seen.set(key, article);
  }
  return found;
}

export function siteFindings(articles: readonly Article[], options: ResolvedOptions): Finding[] {
  const findings = articles.flatMap(articleFindings);
  findings.push(...duplicates(articles, 'title'), ...duplicates(articles, 'description'));
  // Counted once for the site: no article scans the others.
  const sharing = new Map<string, number>();
  for (const { translationKey: key } of articles) if (key) sharing.set(key, (sharing.get(key) ?? 0) + 1);
  for (const article of articles) {
    if (article.translationKey && sharing.get(article.translationKey) === 1) {
      findings.push({ file: article.file, field: 'translationKey', kind: 'translation-unshared', message: `should be shared by a translation, no other article has "${article.translationKey}"` });
    }
  }
  if (!options.publisher.logo) findings.push({ file: 'astro.config', field: 'publisher.logo', kind: 'publisher-logo', message: 'should be an image in public/ (publisher logo in JSON-LD), is not set' });
  return findings;
}

export function formatFinding(finding: Finding): string {
  return `${finding.file}: ${finding.field} ${finding.message}`;
}
