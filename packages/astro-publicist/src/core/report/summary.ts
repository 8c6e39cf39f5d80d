/**
 * The SEO audit as the build log shows it: one line per kind of finding, with how many files have
 * it and the first few of them, instead of one line per finding (a site of 1,000 articles without
 * descriptions would print 1,000 lines). The full list, one finding per line, is written where the
 * log says (astro/features/report.ts).
 */
import { FINDING_KINDS, formatFinding, type Finding, type FindingKind } from './findings.ts';
import { FINDING_LIMITS } from './limits.ts';

/** Example files named per kind; the rest are counted. */
export const SUMMARY_EXAMPLES = 3;

const count = (n: number) => n.toLocaleString('en-US');
const files = (n: number) => `${count(n)} ${n === 1 ? 'file' : 'files'}`;

/** What each kind says, given "on N files". */
const SAYS: Record<FindingKind, (on: string) => string> = {
  'description-missing': (on) => `none set ${on} (the first paragraph is used)`,
  'description-length': (on) => `not ${FINDING_LIMITS.descriptionMin}–${FINDING_LIMITS.descriptionMax} characters ${on}`,
  'description-duplicate': (on) => `the same as another article's ${on}`,
  'title-length': (on) => `over ${FINDING_LIMITS.titleMax} characters ${on}`,
  'title-duplicate': (on) => `the same as another article's ${on}`,
  'tags-missing': (on) => `none set ${on}`,
  'author-link': (on) => `an author without url or profile ${on}`,
  'cover-size': (on) => `under ${count(FINDING_LIMITS.coverMinPixels)} pixels ${on}`,
  'translation-unshared': (on) => `shared by no other article ${on}`,
  'publisher-logo': (on) => `not set ${on} (the JSON-LD publisher has no logo)`,
};

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface FindingGroup {
  kind: FindingKind;
  field: string;
  /** The files with this finding, each once, sorted. */
  files: string[];
}

/** The findings by kind: most files first, then in the order of FINDING_KINDS. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<FindingKind, { field: string; files: Set<string> }>();
  for (const finding of findings) {
    let group = groups.get(finding.kind);
    if (!group) groups.set(finding.kind, (group = { field: finding.field, files: new Set() }));
    group.files.add(finding.file);
  }
  return [...groups]
    .map(([kind, { field, files }]) => ({ kind, field, files: [...files].sort(byCodeUnits) }))
    .sort((a, b) => b.files.length - a.files.length || FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind));
}

/** `description: none set on 1,000 files (the first paragraph is used) — a.mdx, b.mdx, c.mdx and 997 more` */
export function summaryLine(group: FindingGroup, examples = SUMMARY_EXAMPLES): string {
  const shown = group.files.slice(0, examples).join(', ');
  const more = group.files.length - examples;
  return `${group.field}: ${SAYS[group.kind](`on ${files(group.files.length)}`)} — ${shown}${more > 0 ? ` and ${count(more)} more` : ''}`;
}

/** The log's lines for the audit: a heading with the total (and where the full list is), then one line per kind. */
export function auditSummary(findings: readonly Finding[], fullList?: string): string {
  if (findings.length === 0) return 'SEO audit: no findings';
  const total = `${count(findings.length)} ${findings.length === 1 ? 'finding' : 'findings'}`;
  const lines = groupFindings(findings).map((group) => `  ${summaryLine(group)}`);
  return [`SEO audit: ${total}${fullList ? `, each listed in ${fullList}` : ''}`, ...lines].join('\n');
}

/** Every finding, one line each, by file (then in the order they were found): the full list the log points to. */
export function auditList(findings: readonly Finding[]): string {
  const sorted = [...findings].sort((a, b) => byCodeUnits(a.file, b.file));
  return sorted.map((f) => `${formatFinding(f)}\n`).join('');
}
