/** The few words the feeds say themselves (default descriptions, the browser view), per UI language. */

export interface FeedLabels {
  /** Default description of a tag feed; `%s` is the tag. */
  tagFeed: string;
  /** Default description of a language feed; `%s` is the language's name. */
  languageFeed: string;
  /** The browser view (XSL stylesheet). */
  aboutFeed: string;
  subscribeHint: string;
  visitSite: string;
  recentItems: string;
}

const LABELS: Record<'de' | 'en', FeedLabels> = {
  de: {
    tagFeed: 'Neue Artikel zum Thema „%s“',
    languageFeed: 'Neue Artikel auf %s',
    aboutFeed: 'Dies ist ein Web-Feed.',
    subscribeHint: 'Kopieren Sie die Adresse dieser Seite in Ihren Feedreader, um neue Artikel automatisch zu erhalten.',
    visitSite: 'Zur Website',
    recentItems: 'Neueste Artikel',
  },
  en: {
    tagFeed: 'New articles about “%s”',
    languageFeed: 'New articles in %s',
    aboutFeed: 'This is a web feed.',
    subscribeHint: 'Copy the address of this page into your feed reader to get new articles automatically.',
    visitSite: 'Visit the website',
    recentItems: 'Recent articles',
  },
};

export const LABEL_LANGUAGES = Object.keys(LABELS) as (keyof typeof LABELS)[];

/** Labels for a BCP 47 tag; languages without a translation get English. */
export function feedLabels(lang: string): FeedLabels {
  const language = lang.toLowerCase().split('-')[0] as keyof typeof LABELS;
  return LABELS[language] ?? LABELS.en;
}

/** `en` → `English`, `de` → `Deutsch`: a language's name in that language. */
export function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}
