/** The translated phrases that need a number or a fallback of their own. */
import type { CardVariant } from '../cards/card-files.ts';
import { fill, knowsLanguage, plural, strings, type StringOverrides, type Strings } from './index.ts';

function formatNumber(n: number, lang: string): string {
  try {
    return new Intl.NumberFormat(lang).format(n);
  } catch {
    return String(n);
  }
}

/**
 * The reading time on a card: `5 Min. Lesezeit`. For a language neither built in nor given by
 * the user, Intl's short unit (`5 min`) rather than an English phrase on a foreign card.
 */
export function cardReadingTime(minutes: number, lang: string, overrides: StringOverrides = {}): string {
  if (knowsLanguage(lang, overrides)) return fill(strings(lang, overrides).cardReadingTime, { minutes: formatNumber(minutes, lang) });
  try {
    return new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(minutes);
  } catch {
    return `${formatNumber(minutes, lang)} min`;
  }
}

/** The line above a tag card's title: `Thema · 3 Artikel`. */
export function tagCardEyebrow(count: number, lang: string, overrides: StringOverrides = {}): string {
  return plural(strings(lang, overrides).tagCardEyebrow, count, lang);
}

/** The unit a network counts in (`PostRule.unit`), in the page's language; a unit without a string as it is. */
const UNIT_KEYS: Readonly<Record<string, keyof Strings>> = {
  'weighted characters': 'kitUnitWeightedCharacters',
  graphemes: 'kitUnitGraphemes',
  characters: 'kitUnitCharacters',
};
export function unitLabel(words: Strings, unit: string): string {
  const key = UNIT_KEYS[unit];
  return key ? (words[key] as string) : unit;
}

/** What a card size is for, on its tile in the kit. */
const CARD_USE_KEYS: Readonly<Record<CardVariant, keyof Strings>> = {
  link: 'kitCardUseLink',
  square: 'kitCardUseSquare',
  portrait: 'kitCardUsePortrait',
  wide: 'kitCardUseWide',
  standard: 'kitCardUseStandard',
};
export const cardUse = (words: Strings, variant: CardVariant): string => words[CARD_USE_KEYS[variant]] as string;
