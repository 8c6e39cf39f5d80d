/** The handful of UI strings the example site needs in German and English. */
const strings = {
  de: {
    home: 'Start',
    archive: 'Artikel',
    archivePath: '/artikel/',
    topics: 'Themen',
    mainNav: 'Hauptnavigation',
    skip: 'Zum Inhalt springen',
    tagline: 'Praxiswissen für Social-Media-Marketing',
    readingTime: (n: number) => `${n} Min. Lesezeit`,
    by: 'Von',
    and: 'und',
    published: 'Veröffentlicht am',
    updated: 'Aktualisiert am',
    toc: 'In diesem Artikel',
    translations: 'Diesen Artikel gibt es auch auf',
    translationsLabel: 'Übersetzungen',
    related: 'Weiterlesen',
    allArticles: 'Alle Artikel',
    footer: 'Ein Demo-Magazin für astro-publicist. Alle Texte und Bilder sind Beispielinhalte.',
    langName: { de: 'Deutsch', en: 'Englisch' } as Record<string, string>,
    quote: (text: string) => `„${text}“`,
  },
  en: {
    home: 'Home',
    archive: 'Articles',
    archivePath: '/en/articles/',
    topics: 'Topics',
    mainNav: 'Main navigation',
    skip: 'Skip to content',
    tagline: 'Practical know-how for social media marketing',
    readingTime: (n: number) => `${n} min read`,
    by: 'By',
    and: 'and',
    published: 'Published on',
    updated: 'Updated on',
    toc: 'In this article',
    translations: 'This article is also available in',
    translationsLabel: 'Translations',
    related: 'Read next',
    allArticles: 'All articles',
    footer: 'A demo magazine for astro-publicist. All texts and images are sample content.',
    langName: { de: 'German', en: 'English' } as Record<string, string>,
    quote: (text: string) => `“${text}”`,
  },
};

export type Lang = keyof typeof strings;

export function ui(lang: string) {
  return lang.toLowerCase().startsWith('en') ? strings.en : strings.de;
}

export function formatDate(date: Date, lang: string): string {
  return new Intl.DateTimeFormat(lang.toLowerCase().startsWith('en') ? 'en-GB' : 'de-DE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Berlin',
  }).format(date);
}

/** "Lena Hoffmann und Jonas Becker" */
export function joinNames(names: string[], lang: string): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${ui(lang).and} ${names.at(-1)}`;
}

/**
 * Offers line-break points (soft hyphens) inside long German compounds, after common joints
 * such as „-ungs-“ or „-heits-“, for browsers without a German hyphenation dictionary. Display
 * only: metadata keeps the plain title.
 */
export function softHyphenate(text: string, lang: string): string {
  if (!lang.toLowerCase().startsWith('de')) return text;
  return text.replace(/\p{L}{16,}/gu, (word) =>
    word.replace(/(ungs|heits|keits|tions|schafts|nehmens|tums|lings)(?=\p{Ll}{4,})/gu, '$1\u00AD'),
  );
}
