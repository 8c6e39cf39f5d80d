/**
 * The toolbar app's words, shaped for the panel. The text itself comes from core/i18n through the
 * data route (`ToolbarData.words`: the site's language, the user's `strings` applied); this module
 * only fills placeholders and picks plural forms, so the browser bundle carries no translations.
 */
import type { PluralString } from '../../../core/i18n/types.ts';
import type { PageCheck } from '../../../core/preview/page-checks.ts';
import { fillTemplate } from '../../../core/text/template.ts';
import type { ToolbarData } from '../shared.ts';

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
  approximate: string;
  updated: string;
  findingsCount: (n: number) => string;
  moreFrom: (author: string) => string;
  checks: CheckWords;
}

/** The form for `count` by the language's plural rules (core/i18n's `plural` would bring every language into the bundle). */
function plural(phrase: string | PluralString, count: number, lang: string): string {
  const chosen = typeof phrase === 'string' ? phrase : (phrase[new Intl.PluralRules(lang).select(count)] ?? phrase.other);
  return fillTemplate(chosen, { count: String(count) });
}

export function toolbarWords({ words: w, lang }: Pick<ToolbarData, 'words' | 'lang'>): ToolbarWords {
  const range = (v: Values) => `${v.min}–${v.max}`;
  return {
    title: w.toolbarTitle,
    close: w.toolbarClose,
    previews: w.toolbarPreviews,
    google: w.toolbarGoogle,
    posts: w.kitPosts,
    findings: w.toolbarFindings,
    noArticle: w.toolbarNoArticle,
    postsOff: w.toolbarPostsOff,
    richResults: w.toolbarRichResults,
    eligible: w.toolbarEligible,
    notEligible: w.toolbarNotEligible,
    missing: w.toolbarMissing,
    noRichResults: w.toolbarNoRichResults,
    arialMissing: w.toolbarArialMissing,
    copy: w.kitCopy,
    copied: w.kitCopied,
    copyFailed: w.kitCopyFailed,
    shareOn: w.kitShareOn,
    openInEditor: w.toolbarOpenInEditor,
    file: w.toolbarFile,
    field: w.toolbarField,
    expected: w.toolbarExpected,
    found: w.toolbarFound,
    noFindings: w.toolbarNoFindings,
    noImage: w.toolbarNoImage,
    approximate: w.toolbarApproximate,
    updated: w.toolbarUpdated,
    findingsCount: (n) => plural(w.toolbarFindingsCount, n, lang),
    moreFrom: (author) => fillTemplate(w.toolbarMoreFrom, { author }),
    checks: {
      'h1-missing': () => ({ expected: w.toolbarCheckOneH1, found: w.toolbarCheckNoH1 }),
      'h1-several': (v) => ({ expected: w.toolbarCheckOneH1, found: `${v.found}` }),
      'img-alt': (v) => ({ expected: fillTemplate(w.toolbarCheckImgAlt, { src: `${v.src}` }), found: w.toolbarCheckNoAlt }),
      'og-image-missing': () => ({ expected: w.toolbarCheckShareImage, found: w.toolbarCheckNoShareImage }),
      'og-image-small': (v) => ({ expected: fillTemplate(w.toolbarCheckImageMin, v), found: `${v.width}×${v.height}` }),
      'title-width': (v) => ({ expected: fillTemplate(w.toolbarCheckTitleWidth, v), found: `${v.width} px` }),
      'description-missing': (v) => ({ expected: fillTemplate(w.toolbarCheckDescription, { range: range(v) }), found: w.toolbarCheckNoDescription }),
      'description-length': (v) => ({ expected: fillTemplate(w.toolbarCheckCharacters, { count: range(v) }), found: fillTemplate(w.toolbarCheckCharacters, { count: `${v.length}` }) }),
      'canonical-elsewhere': (v) => ({ expected: `${v.url}`, found: `${v.canonical}` }),
      'noindex-published': (v) => ({ expected: w.toolbarCheckIndexable, found: `${v.robots}` }),
      'duplicate-title': (v) => ({ expected: w.toolbarCheckOneTitle, found: `${v.count}` }),
      'duplicate-tag': (v) => ({ expected: fillTemplate(w.toolbarCheckOneTag, { tag: `${v.tag}` }), found: `${v.count}: ${v.values}` }),
      'duplicate-canonical': (v) => ({ expected: w.toolbarCheckOneCanonical, found: `${v.count}` }),
    },
  };
}
