/**
 * Symbols that carry a tag's meaning (`C++`, `A+B`, `C#`) but vanish from slugs and hashtags,
 * spelled out as words. The one table both the tag slugs and the hashtags read.
 */
const SYMBOL_WORDS: Readonly<Record<string, string>> = { '+': 'Plus', '#': 'Sharp' };

/** `C++` → `C Plus Plus`, `A+B` → `A Plus B`, `C#` → `C Sharp`; a leading `#` (a hashtag mark) stays. */
export function spellSymbols(text: string): string {
  return text.replace(/(?!^)[+#]|^\+/g, (symbol) => ` ${SYMBOL_WORDS[symbol]} `).replace(/\s+/g, ' ').trim();
}
