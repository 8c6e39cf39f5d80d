/** Language tags and Open Graph locales. */
import { once } from '../i18n/intl.ts';

/** A BCP 47 language tag as options and frontmatter accept it: `de`, `en`, `de-AT`, `en-GB`. */
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;

/** Region assumed for a bare language when forming an og:locale. */
const DEFAULT_REGION: Record<string, string> = {
  de: 'DE', en: 'US', fr: 'FR', es: 'ES', it: 'IT', nl: 'NL', pt: 'PT', pl: 'PL', sv: 'SE', da: 'DK', nb: 'NO', fi: 'FI',
  cs: 'CZ', ja: 'JP', zh: 'CN', ko: 'KR', ar: 'AR', he: 'IL', tr: 'TR', ru: 'RU', uk: 'UA', el: 'GR',
};

/** `de` → `de_DE`, `en-GB` → `en_GB`. A site has a handful of languages and every article asks: each is read once. */
export function ogLocale(lang: string): string {
  return once(`og-locale|${lang}`, () => {
    const locale = new Intl.Locale(lang);
    const region = locale.region ?? DEFAULT_REGION[locale.language] ?? locale.language.toUpperCase();
    return `${locale.language}_${region}`;
  });
}

/** `de` → `de-de` style for RSS `<language>`. */
export function rssLanguage(lang: string): string {
  return ogLocale(lang).replace('_', '-').toLowerCase();
}
