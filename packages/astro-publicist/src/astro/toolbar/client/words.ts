/** The toolbar app's own words, in the site's language (German or English). */
import type { PageCheck } from '../../../core/preview/page-checks.ts';

type Values = Record<string, string | number>;
/** A rendered-page finding's two halves: what is expected, what was found. */
type CheckWords = Record<PageCheck, (v: Values) => { expected: string; found: string }>;

export interface ToolbarWords {
  title: string;
  close: string;
  previews: string;
  google: string;
  posts: string;
  findings: string;
  noArticle: string;
  postsOff: string;
  richResults: string;
  eligible: string;
  notEligible: string;
  missing: string;
  noRichResults: string;
  arialMissing: string;
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
  findingsCount: (n: number) => string;
  moreFrom: (author: string) => string;
  checks: CheckWords;
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
    postsOff: 'Beiträge sind ausgeschaltet (posts.enabled: false).',
    richResults: 'Rich Results aus dem JSON-LD',
    eligible: 'möglich',
    notEligible: 'nicht möglich',
    missing: 'fehlt',
    noRichResults: 'Kein JSON-LD, das für ein Rich Result in Frage kommt.',
    arialMissing: 'Arial ist auf diesem Rechner nicht installiert: Die Breiten sind mit einer Ersatzschrift gemessen, die Titelbreite wird darum nicht bewertet.',
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
    findingsCount: (n) => (n === 1 ? '1 SEO-Hinweis' : `${n} SEO-Hinweise`),
    moreFrom: (author) => `Mehr von ${author}`,
    checks: {
      'h1-missing': () => ({ expected: 'genau eine <h1>', found: 'keine' }),
      'h1-several': (v) => ({ expected: 'genau eine <h1>', found: `${v.found}` }),
      'img-alt': (v) => ({ expected: `ein Alternativtext (alt="" für Schmuckbilder) für ${v.src}`, found: 'kein alt-Attribut' }),
      'og-image-missing': () => ({ expected: 'ein Vorschaubild', found: 'keins' }),
      'og-image-small': (v) => ({ expected: `mindestens ${v.minWidth}×${v.minHeight}`, found: `${v.width}×${v.height}` }),
      'title-width': (v) => ({ expected: `höchstens ${v.max} px in ${v.font} (Google kürzt den Rest)`, found: `${v.width} px` }),
      'description-missing': (v) => ({ expected: `eine Meta-Beschreibung mit ${v.min}–${v.max} Zeichen`, found: 'keine' }),
      'description-length': (v) => ({ expected: `${v.min}–${v.max} Zeichen`, found: `${v.length} Zeichen` }),
      'canonical-elsewhere': (v) => ({ expected: `${v.url}`, found: `${v.canonical}` }),
      'noindex-published': (v) => ({ expected: 'indexierbar (ein veröffentlichter Artikel)', found: `${v.robots}` }),
      'duplicate-title': (v) => ({ expected: 'ein <title>', found: `${v.count}` }),
      'duplicate-tag': (v) => ({ expected: `ein ${v.tag}`, found: `${v.count}: ${v.values}` }),
      'duplicate-canonical': (v) => ({ expected: 'ein canonical-Link', found: `${v.count}` }),
    },
  },
  en: {
    title: 'How this page looks when shared',
    close: 'Close',
    previews: 'Link previews',
    google: 'Google result',
    posts: 'Posts',
    findings: 'SEO findings',
    noArticle: 'This page is not an article: no posts and no audit findings.',
    postsOff: 'Posts are switched off (posts.enabled: false).',
    richResults: 'Rich results from the JSON-LD',
    eligible: 'eligible',
    notEligible: 'not eligible',
    missing: 'missing',
    noRichResults: 'No JSON-LD that qualifies for a rich result.',
    arialMissing: 'Arial is not installed on this machine: the widths are measured in a stand-in font, so the title width is not judged.',
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
    findingsCount: (n) => (n === 1 ? '1 SEO finding' : `${n} SEO findings`),
    moreFrom: (author) => `More from ${author}`,
    checks: {
      'h1-missing': () => ({ expected: 'exactly one <h1>', found: 'none' }),
      'h1-several': (v) => ({ expected: 'exactly one <h1>', found: `${v.found}` }),
      'img-alt': (v) => ({ expected: `an alt text (alt="" for decoration) on ${v.src}`, found: 'no alt attribute' }),
      'og-image-missing': () => ({ expected: 'a share image', found: 'none' }),
      'og-image-small': (v) => ({ expected: `at least ${v.minWidth}×${v.minHeight}`, found: `${v.width}×${v.height}` }),
      'title-width': (v) => ({ expected: `at most ${v.max} px in ${v.font} (Google cuts the rest)`, found: `${v.width} px` }),
      'description-missing': (v) => ({ expected: `a meta description of ${v.min}–${v.max} characters`, found: 'none' }),
      'description-length': (v) => ({ expected: `${v.min}–${v.max} characters`, found: `${v.length} characters` }),
      'canonical-elsewhere': (v) => ({ expected: `${v.url}`, found: `${v.canonical}` }),
      'noindex-published': (v) => ({ expected: 'indexable (a published article)', found: `${v.robots}` }),
      'duplicate-title': (v) => ({ expected: 'one <title>', found: `${v.count}` }),
      'duplicate-tag': (v) => ({ expected: `one ${v.tag}`, found: `${v.count}: ${v.values}` }),
      'duplicate-canonical': (v) => ({ expected: 'one canonical link', found: `${v.count}` }),
    },
  },
};

export function toolbarWords(lang: string): ToolbarWords {
  return lang.toLowerCase().startsWith('de') ? WORDS.de : WORDS.en;
}
