/** The `strings` option: per language tag, any of the strings publicist writes (see core/i18n). */
import { z } from 'astro/zod';
import { LANGUAGES, STRING_KEYS } from '../core/i18n/index.ts';
import type { Strings } from '../core/i18n/index.ts';
import { LANGUAGE_TAG } from '../core/article/locale.ts';

const text = (key: string) => z.string({ error: `a text for ${key}` }).min(1, { error: `a text for ${key}` });
const plural = (key: string) =>
  z
    .object({
      zero: text(key).optional(),
      one: text(key).optional(),
      two: text(key).optional(),
      few: text(key).optional(),
      many: text(key).optional(),
      other: text(key),
    })
    .strict();

/** Keys whose built-in English value depends on a count ({ one, other }). */
const isPlural = (key: keyof Strings) => Object.values(LANGUAGES).some((l) => typeof l[key] === 'object');

const shape = Object.fromEntries(
  STRING_KEYS.map((key) => [
    key,
    (isPlural(key) ? z.union([text(key), plural(key)], { error: `a text or { one, other } for ${key}` }) : text(key)).optional(),
  ]),
) as unknown as { [K in keyof Strings]: z.ZodOptional<z.ZodType<Strings[K]>> };

export const stringsOptionsSchema = z.record(
  z.string().regex(LANGUAGE_TAG, { error: 'a language tag like de or en-GB' }),
  z.object(shape, { error: `an object of string name → text (${STRING_KEYS.slice(0, 3).join(', ')}, …)` }).strict(),
  { error: 'an object of language tag → strings' },
);
