/** Hyphenation patterns for cards: the `hyphen` package's TeX patterns for a language, loaded once each. */
import { createRequire } from 'node:module';
import type { Hyphenator } from '../../core/cards/environment.ts';

const require = createRequire(import.meta.url);
const hyphenators = new Map<string, Hyphenator | null>();

/** `de-AT` → patterns for `de-at`, else `de`; undefined when the package has none. */
export function hyphenatorFor(lang: string): Hyphenator | undefined {
  const tag = lang.toLowerCase();
  if (hyphenators.has(tag)) return hyphenators.get(tag) ?? undefined;
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
  return found ?? undefined;
}
