/** The social kit's own words, in the site's default language (German or English). */
import type { CardVariant } from '../../../core/cards/images.ts';

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
  /** The units the platforms count in (`PostRule.unit`), in the page's language. */
  units: Readonly<Record<string, string>>;
  /** Where each card size is for, on its tile. */
  cardUses: Readonly<Record<CardVariant, string>>;
  /** Instagram: the UTM link to put in the profile or on a link-in-bio page. */
  linkInBio: string;
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
    units: { 'weighted characters': 'gewichtete Zeichen', graphemes: 'Grapheme', characters: 'Zeichen' },
    cardUses: {
      link: 'Link-Vorschau: X, Bluesky, Mastodon, Threads, LinkedIn, Facebook',
      square: 'Instagram-Feed (1:1), LinkedIn- und Mastodon-Bildbeitrag',
      portrait: 'Instagram-Feed hoch (4:5)',
      wide: 'Querformat 16:9 (Google-Bild im Artikel, YouTube-Community)',
      standard: 'Format 4:3 (Google-Bild im Artikel)',
    },
    linkInBio: 'Link für Profil oder Link-in-Bio-Seite',
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
    units: { 'weighted characters': 'weighted characters', graphemes: 'graphemes', characters: 'characters' },
    cardUses: {
      link: 'Link preview: X, Bluesky, Mastodon, Threads, LinkedIn, Facebook',
      square: 'Instagram feed (1:1), LinkedIn and Mastodon image posts',
      portrait: 'Instagram feed, tall (4:5)',
      wide: 'Landscape 16:9 (Google article image, YouTube community)',
      standard: '4:3 (Google article image)',
    },
    linkInBio: 'Link for the profile or a link-in-bio page',
  },
};

export function kitWords(lang: string): KitWords {
  return lang.toLowerCase().startsWith('de') ? WORDS.de : WORDS.en;
}
