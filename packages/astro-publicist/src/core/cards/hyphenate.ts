/** Hyphenation points of a word, from the `hyphen` package's TeX patterns for the article's language. */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
type Hyphenator = (text: string) => string;
const hyphenators = new Map<string, Hyphenator | null>();
const SOFT_HYPHEN = '\u00ad';

/** `de-AT` → patterns for `de-at`, else `de`; undefined when the package has none. */
function hyphenatorFor(lang: string): Hyphenator | null {
  const tag = lang.toLowerCase();
  if (hyphenators.has(tag)) return hyphenators.get(tag)!;
  let found: Hyphenator | null = null;
  for (const candidate of [tag, tag.split('-')[0]!]) {
    if (!/^[a-z]{2,3}(?:-[a-z0-9]+)*$/.test(candidate)) continue;
    try {
      found = (require(`hyphen/${candidate}`) as { hyphenateSync: Hyphenator }).hyphenateSync;
      break;
    } catch {
      // no patterns for this tag; try the next
    }
  }
  hyphenators.set(tag, found);
  return found;
}

/**
 * The ways to split `word` at a hyphenation point, as [head, tail] pairs from the longest head.
 * Soft hyphens already in the word are the author's choice and win over the patterns.
 */
export function hyphenationPoints(word: string, lang: string): [string, string][] {
  let marked = word;
  if (!word.includes(SOFT_HYPHEN)) marked = hyphenatorFor(lang)?.(word) ?? word;
  const parts = marked.split(SOFT_HYPHEN);
  const splits: [string, string][] = [];
  for (let i = parts.length - 1; i > 0; i--) splits.push([parts.slice(0, i).join(''), parts.slice(i).join('')]);
  return splits;
}

export function stripSoftHyphens(text: string): string {
  return text.replaceAll(SOFT_HYPHEN, '');
}
