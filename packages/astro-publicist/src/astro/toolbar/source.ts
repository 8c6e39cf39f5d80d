/** The toolbar's data route: where each frontmatter key stands, findings as expected/found, pages matched by path. */
import { FIELD_CANDIDATES, type FieldRole } from '../../core/article/fields.ts';

/** 1-based line of each top-level key in a YAML frontmatter block (`---` … `---`); empty without one. */
export function frontmatterLines(source: string): Record<string, number> {
  const lines = source.split(/\r?\n/);
  const lineOf: Record<string, number> = {};
  if (lines[0]?.trim() !== '---') return lineOf;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '---') break;
    const key = /^([A-Za-z_$][\w$-]*)\s*:/.exec(line)?.[1];
    if (key && !(key in lineOf)) lineOf[key] = i + 1;
  }
  return lineOf;
}

/**
 * The report writes each finding as "should <expected>, is <found>" (or `has`, or `; `); the
 * toolbar shows the two halves apart. A message of another shape is all "expected".
 */
export function splitFindingMessage(message: string): { expected: string; found: string } {
  const match = /^(?:should (?:be )?)?(.*)(?:, (?:is|has) |; )(.*)$/s.exec(message);
  return match ? { expected: match[1]!, found: match[2]! } : { expected: message.replace(/^should (?:be )?/, ''), found: '' };
}

/**
 * The line of the frontmatter field behind a fact (`description` may be a theme's `summary`),
 * else of the key itself, else the first line.
 */
export function lineOfField(lines: Record<string, number>, field: string): number {
  const names = FIELD_CANDIDATES[field as FieldRole] ?? [field];
  for (const name of [field, ...names]) if (lines[name]) return lines[name];
  return 1;
}
