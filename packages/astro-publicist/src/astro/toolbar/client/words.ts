/** The toolbar app's own words, in the site's language (German or English). */
export interface ToolbarWords {
  title: string;
  close: string;
  previews: string;
  google: string;
  posts: string;
  findings: string;
  noArticle: string;
  richResults: string;
  eligible: string;
  notEligible: string;
  missing: string;
  noRichResults: string;
  copy: string;
  copied: string;
  copyFailed: string;
  shareOn: string;
  openInEditor: string;
  file: string;
  field: string;
  expected: string;
  found: string;
  noFindings: string;
  noImage: string;
  notShown: string;
  approximate: string;
  updated: string;
  loading: string;
  findingsCount: (n: number) => string;
}

const WORDS: Record<'de' | 'en', ToolbarWords> = {
  de: {
    title: 'So sieht die Seite geteilt aus',
    close: 'Schließen',
    previews: 'Link-Vorschauen',
    google: 'Google-Suchergebnis',
    posts: 'Beiträge',
    findings: 'SEO-Hinweise',
    noArticle: 'Diese Seite ist kein Artikel: keine Beiträge und keine Audit-Hinweise.',
    richResults: 'Rich Results aus dem JSON-LD',
    eligible: 'möglich',
    notEligible: 'nicht möglich',
    missing: 'fehlt',
    noRichResults: 'Kein JSON-LD, das für ein Rich Result in Frage kommt.',
    copy: 'Kopieren',
    copied: 'Kopiert',
    copyFailed: 'Kopieren nicht möglich',
    shareOn: 'Teilen auf',
    openInEditor: 'Im Editor öffnen',
    file: 'Datei',
    field: 'Feld',
    expected: 'Erwartet',
    found: 'Gefunden',
    noFindings: 'Keine Hinweise.',
    noImage: 'Kein Bild',
    notShown: 'zeigt keine Beschreibung',
    approximate: 'Näherung',
    updated: 'Aktualisiert',
    loading: 'Lädt …',
    findingsCount: (n) => (n === 1 ? '1 SEO-Hinweis' : `${n} SEO-Hinweise`),
  },
  en: {
    title: 'How this page looks when shared',
    close: 'Close',
    previews: 'Link previews',
    google: 'Google result',
    posts: 'Posts',
    findings: 'SEO findings',
    noArticle: 'This page is not an article: no posts and no audit findings.',
    richResults: 'Rich results from the JSON-LD',
    eligible: 'eligible',
    notEligible: 'not eligible',
    missing: 'missing',
    noRichResults: 'No JSON-LD that qualifies for a rich result.',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy',
    shareOn: 'Share on',
    openInEditor: 'Open in editor',
    file: 'File',
    field: 'Field',
    expected: 'Expected',
    found: 'Found',
    noFindings: 'No findings.',
    noImage: 'No image',
    notShown: 'shows no description',
    approximate: 'approximation',
    updated: 'Updated',
    loading: 'Loading …',
    findingsCount: (n) => (n === 1 ? '1 SEO finding' : `${n} SEO findings`),
  },
};

export function toolbarWords(lang: string): ToolbarWords {
  return lang.toLowerCase().startsWith('de') ? WORDS.de : WORDS.en;
}
