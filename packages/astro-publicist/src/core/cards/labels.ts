/** The small texts on a card in the article's language: the date and the reading time. */

/** One formatter per language and time zone: building an Intl.DateTimeFormat costs far more than using one. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatCardDate(date: Date, lang: string, timeZone: string): string {
  const key = `${lang}|${timeZone}`;
  let format = dateFormats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone });
    } catch {
      format = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone });
    }
    dateFormats.set(key, format);
  }
  return format.format(date);
}

const READING_TIME: Record<string, (n: string) => string> = {
  de: (n) => `${n} Min. Lesezeit`,
  en: (n) => `${n} min read`,
  fr: (n) => `${n} min de lecture`,
  es: (n) => `${n} min de lectura`,
  it: (n) => `${n} min di lettura`,
  nl: (n) => `${n} min leestijd`,
  pt: (n) => `${n} min de leitura`,
  ja: (n) => `${n}分で読めます`,
  zh: (n) => `阅读时间 ${n} 分钟`,
  ko: (n) => `${n}분 분량`,
};

export function readingTimeLabel(minutes: number, lang: string): string {
  const primary = lang.toLowerCase().split('-')[0]!;
  let number: string;
  try {
    number = new Intl.NumberFormat(lang).format(minutes);
  } catch {
    number = String(minutes);
  }
  const phrase = READING_TIME[primary];
  if (phrase) return phrase(number);
  try {
    return new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(minutes);
  } catch {
    return `${number} min`;
  }
}

const TAG_EYEBROW: Record<string, (count: string, one: boolean) => string> = {
  de: (n) => `Thema · ${n} Artikel`,
  en: (n, one) => `Topic · ${n} ${one ? 'article' : 'articles'}`,
  fr: (n, one) => `Thème · ${n} ${one ? 'article' : 'articles'}`,
  es: (n, one) => `Tema · ${n} ${one ? 'artículo' : 'artículos'}`,
  it: (n, one) => `Tema · ${n} ${one ? 'articolo' : 'articoli'}`,
  nl: (n, one) => `Onderwerp · ${n} ${one ? 'artikel' : 'artikelen'}`,
};

/** The line above a tag card's title: "Thema · 3 Artikel" (English for languages without wording). */
export function tagCardEyebrow(count: number, lang: string): string {
  const phrase = TAG_EYEBROW[lang.toLowerCase().split('-')[0]!] ?? TAG_EYEBROW.en!;
  return phrase(new Intl.NumberFormat(lang).format(count), count === 1);
}
