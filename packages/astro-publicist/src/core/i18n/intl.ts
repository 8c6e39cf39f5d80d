/** What Intl already knows in every language: numbers with units, lists, dates, language names. */

/** Building an Intl formatter costs far more than using one: one per language and settings, made on first use. */
const formatters = new Map<string, unknown>();
export function once<T>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) formatters.set(key, (formatter = make()));
  return formatter;
}

/** `5` → `5 Minuten` (de), `5 minutes` (en). */
export function formatMinutes(minutes: number, lang: string): string {
  // Every page of a site asks for a handful of values: formatted once each.
  return once(`minutes|${lang}|${minutes}`, () => once(`minutes|${lang}`, () => new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'long' })).format(minutes));
}

/** `Lena Hoffmann und Jonas Becker`. */
export function formatNames(names: string[], lang: string): string {
  return once(`names|${lang}`, () => new Intl.ListFormat(lang, { type: 'conjunction' })).format(names);
}

/** `1. März 2026`; English for a tag Intl does not take. */
export function formatLongDate(date: Date, lang: string, timeZone: string): string {
  const format = once(`date|${lang}|${timeZone}`, () => {
    try {
      return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone });
    } catch {
      return new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone });
    }
  });
  return format.format(date);
}

/** `1234` → `1.234` (de): a count in the language's digits. */
export function formatCount(count: number, lang: string): string {
  return once(`count|${lang}`, () => new Intl.NumberFormat(lang)).format(count);
}

/** The language's plural category for `count` (`one`, `other`…). */
export function pluralCategory(count: number, lang: string): Intl.LDMLPluralRule {
  return once(`plural|${lang}`, () => new Intl.PluralRules(lang)).select(count);
}

/** `en` → `English`, `de` → `Deutsch`: a language's name in that language. */
export function languageName(lang: string): string {
  try {
    return once(`language name|${lang}`, () => once(`language|${lang}`, () => new Intl.DisplayNames([lang], { type: 'language' })).of(lang) ?? lang);
  } catch {
    return lang;
  }
}
