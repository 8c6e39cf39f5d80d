/** The social kit's own words, in the site's default language (German or English). */
export interface KitWords {
  kit: string;
  intro: string;
  allArticles: string;
  article: string;
  json: string;
  csv: string;
  posts: string;
  copy: string;
  copied: string;
  copyFailed: string;
  shareOn: string;
  intents: string;
  cards: string;
  download: string;
  truncated: string;
  override: string;
  published: string;
  noArticles: string;
}

const WORDS: Record<'de' | 'en', KitWords> = {
  de: {
    kit: 'Social-Kit',
    intro: 'Fertige Beiträge für jedes Netzwerk: prüfen, kopieren, posten. Jeder Link trägt UTM-Parameter.',
    allArticles: 'Alle Artikel',
    article: 'Artikel öffnen',
    json: 'JSON',
    csv: 'CSV für Planungstools',
    posts: 'Beiträge',
    copy: 'Kopieren',
    copied: 'Kopiert',
    copyFailed: 'Kopieren nicht möglich',
    shareOn: 'Teilen auf',
    intents: 'Teilen-Links',
    cards: 'Bilder',
    download: 'Herunterladen',
    truncated: 'gekürzt',
    override: 'von Hand (Frontmatter)',
    published: 'Veröffentlicht',
    noArticles: 'Noch keine Artikel.',
  },
  en: {
    kit: 'Social kit',
    intro: 'Ready-made posts for every network: check, copy, post. Every link carries UTM parameters.',
    allArticles: 'All articles',
    article: 'Open the article',
    json: 'JSON',
    csv: 'CSV for schedulers',
    posts: 'Posts',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy',
    shareOn: 'Share on',
    intents: 'Share links',
    cards: 'Images',
    download: 'Download',
    truncated: 'shortened',
    override: 'hand-written (frontmatter)',
    published: 'Published',
    noArticles: 'No articles yet.',
  },
};

export function kitWords(lang: string): KitWords {
  return lang.toLowerCase().startsWith('de') ? WORDS.de : WORDS.en;
}
