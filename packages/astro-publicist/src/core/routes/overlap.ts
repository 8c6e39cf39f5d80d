/**
 * Whether a route of the site and a route we would inject serve some of the same paths. Patterns
 * are Astro route patterns (`/tags/[tag]/rss.xml`, `/og/[...card].png`), below the base.
 */

interface Part {
  /** Literal text before the first parameter of the segment. */
  prefix: string;
  /** Literal text after the last parameter. */
  suffix: string;
  dynamic: boolean;
  rest: boolean;
}

function parseSegment(segment: string): Part {
  const first = segment.indexOf('[');
  if (first < 0) return { prefix: segment, suffix: segment, dynamic: false, rest: false };
  const last = segment.lastIndexOf(']');
  return { prefix: segment.slice(0, first), suffix: segment.slice(last + 1), dynamic: true, rest: segment.startsWith('[...', first) };
}

function segments(pattern: string): Part[] {
  return pattern.split('/').filter(Boolean).map(parseSegment);
}

/** Two segments can match one path segment. */
function segmentsOverlap(a: Part, b: Part): boolean {
  if (!a.dynamic && !b.dynamic) return a.prefix === b.prefix;
  if (!a.dynamic) return a.prefix.startsWith(b.prefix) && a.prefix.endsWith(b.suffix) && a.prefix.length >= b.prefix.length + b.suffix.length;
  if (!b.dynamic) return segmentsOverlap(b, a);
  const prefixes = a.prefix.startsWith(b.prefix) || b.prefix.startsWith(a.prefix);
  const suffixes = a.suffix.endsWith(b.suffix) || b.suffix.endsWith(a.suffix);
  return prefixes && suffixes;
}

/**
 * A rest parameter (`[...slug]`) matches any number of segments, none included; one with literal
 * text around it (`[...card].png`) matches at least one, the last of which carries the text.
 */
function overlapFrom(a: Part[], i: number, b: Part[], j: number): boolean {
  if (i === a.length && j === b.length) return true;
  const restA = i < a.length && a[i]!.rest;
  const restB = j < b.length && b[j]!.rest;
  if (restA && restB) return true;
  if (restA) {
    const rest = a[i]!;
    if (j === b.length) return !rest.prefix && !rest.suffix && overlapFrom(a, i + 1, b, j);
    const last = segmentsOverlap({ ...rest, rest: false }, b[j]!) && overlapFrom(a, i + 1, b, j + 1);
    const none = !rest.prefix && !rest.suffix && overlapFrom(a, i + 1, b, j);
    return last || none || overlapFrom(a, i, b, j + 1);
  }
  if (restB) return overlapFrom(b, j, a, i);
  if (i === a.length || j === b.length) return false;
  return segmentsOverlap(a[i]!, b[j]!) && overlapFrom(a, i + 1, b, j + 1);
}

export function routesOverlap(a: string, b: string): boolean {
  return overlapFrom(segments(a), 0, segments(b), 0);
}

/** Astro ranks a route segment by segment: a static segment before a parameter, a parameter before a rest parameter. */
const rank = (part: Part) => (part.rest ? 2 : part.dynamic ? 1 : 0);

/**
 * Theirs wins every path the two share: segment by segment, theirs is at least as specific as
 * ours (a site's `/autoren/[author]` does not take our `/[lang]/rss.xml`; Astro picks per path).
 */
function theirsFirst(ours: Part[], theirs: Part[]): boolean {
  for (let i = 0; i < Math.min(ours.length, theirs.length); i++) {
    if (rank(theirs[i]!) > rank(ours[i]!)) return false;
    if (theirs[i]!.rest || ours[i]!.rest) return true;
  }
  return ours.length === theirs.length;
}

/**
 * The site's route takes the paths of ours: they overlap, and Astro picks theirs wherever they
 * do. A site's catch-all (`/[...slug]`) does not take `/rss.xml` or `/social/…`;
 * `/og/[...route]` takes `/og/[...card].png`, and a route of the same shape always does.
 */
export function routeTaken(ours: string, theirs: string): boolean {
  return routesOverlap(ours, theirs) && theirsFirst(segments(ours), segments(theirs));
}
