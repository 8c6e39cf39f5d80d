/** What Intl already knows in every language: numbers with units, lists, dates, language names. */

/** `5` → `5 Minuten` (de), `5 minutes` (en). */
export function formatMinutes(minutes: number, lang: string): string {
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
}

/** `Lena Hoffmann und Jonas Becker`. */
export function formatNames(names: string[], lang: string): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);
}

/** One formatter per language and time zone: building an Intl.DateTimeFormat costs far more than using one. */
const longDates = new Map<string, Intl.DateTimeFormat>();

/** `1. März 2026`; English for a tag Intl does not take. */
export function formatLongDate(date: Date, lang: string, timeZone: string): string {
  const key = `${lang}|${timeZone}`;
  let format = longDates.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone });
    } catch {
      format = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone });
    }
    longDates.set(key, format);
  }
  return format.format(date);
}

/** `en` → `English`, `de` → `Deutsch`: a language's name in that language. */
export function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}
