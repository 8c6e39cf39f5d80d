/** Words the head shows to people (Slack labels, breadcrumb names), by the page's language. */

export interface HeadLabels {
  readingTime: string;
  writtenBy: string;
  home: string;
}

const LABELS: Record<string, HeadLabels> = {
  de: { readingTime: 'Lesezeit', writtenBy: 'Geschrieben von', home: 'Startseite' },
  en: { readingTime: 'Reading time', writtenBy: 'Written by', home: 'Home' },
  fr: { readingTime: 'Temps de lecture', writtenBy: 'Écrit par', home: 'Accueil' },
  es: { readingTime: 'Tiempo de lectura', writtenBy: 'Escrito por', home: 'Inicio' },
  it: { readingTime: 'Tempo di lettura', writtenBy: 'Scritto da', home: 'Home' },
  nl: { readingTime: 'Leestijd', writtenBy: 'Geschreven door', home: 'Home' },
};

/** Labels for a language tag (`de-AT` reads `de`); English when the language has none. */
export function headLabels(lang: string): HeadLabels {
  return LABELS[lang.toLowerCase().split('-')[0]!] ?? LABELS.en!;
}

/** `5` → `5 Minuten` (de), `5 minutes` (en): Intl knows the unit in every language. */
export function formatMinutes(minutes: number, lang: string): string {
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
}

/** `Lena Hoffmann und Jonas Becker`. */
export function formatNames(names: string[], lang: string): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);
}
