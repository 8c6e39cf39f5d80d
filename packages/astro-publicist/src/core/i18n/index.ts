/**
 * The one translation system: every string publicist writes for people comes from here, one
 * module per language beside this file. Users override any string per language tag with the
 * `strings` option; `de-AT` reads `de-AT`'s overrides, then `de`'s, then the built-in `de`.
 */
import { fillTemplate } from '../text/template.ts';
import { formatCount, pluralCategory } from './intl.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { ja } from './ja.ts';
import { ko } from './ko.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { pt } from './pt.ts';
import type { PluralString, StringOverrides, Strings } from './types.ts';
import { zh } from './zh.ts';

export type { PluralString, StringOverrides, Strings };

/** The built-in languages (primary subtags), in the order the feed stylesheet lists them. */
export const LANGUAGES: Readonly<Record<string, Strings>> = { de, en, fr, es, it, nl, pt, pl, ja, zh, ko };

/** Every key a language must have: English's. */
export const STRING_KEYS = Object.keys(en) as (keyof Strings)[];

const primary = (lang: string) => lang.toLowerCase().split('-')[0]!;

/** The user's overrides for a tag written in any case: `de-at` finds `de-AT`. */
function overridesFor(tag: string, overrides: StringOverrides): Partial<Strings> | undefined {
  if (overrides[tag]) return overrides[tag];
  const key = Object.keys(overrides).find((k) => k.toLowerCase() === tag.toLowerCase());
  return key ? overrides[key] : undefined;
}

/** True when the language is built in or the user gave strings for it. */
export function knowsLanguage(lang: string, overrides: StringOverrides = {}): boolean {
  return primary(lang) in LANGUAGES || Boolean(overridesFor(lang, overrides) ?? overridesFor(primary(lang), overrides));
}

/** Every string for a language tag: the built-in language (English when there is none), the user's overrides on top. */
export function strings(lang: string, overrides: StringOverrides = {}): Strings {
  const base = LANGUAGES[primary(lang)] ?? en;
  const general = overridesFor(primary(lang), overrides);
  const specific = lang.toLowerCase() === primary(lang) ? undefined : overridesFor(lang, overrides);
  return general || specific ? { ...base, ...general, ...specific } : base;
}

/** Fill `{name}` placeholders. */
export const fill = fillTemplate;

/** The phrase for `count` by the language's plural rules, placeholders filled (`{count}` in the language's digits). */
export function plural(phrase: string | PluralString, count: number, lang: string, values: Readonly<Record<string, string | number>> = {}): string {
  const count$ = formatCount(count, lang);
  const chosen = typeof phrase === 'string' ? phrase : (phrase[pluralCategory(count, lang)] ?? phrase.other);
  return fillTemplate(chosen, { count: count$, ...values });
}
