/** The words around a post (byline, "read more", "link in bio"), from the translations (core/i18n). */
import { strings, type StringOverrides } from '../i18n/index.ts';

export interface PostWording {
  /** `{author}`: the author's handle on the platform, or names. */
  byline: string;
  /** Long posts (LinkedIn, Facebook): the line with the link; `{link}`. */
  readMore: string;
  /** Instagram, where links are not clickable: where to find the link. */
  linkInBio: string;
  /** Long posts: `{minutes}`. */
  readingTime: string;
}

/**
 * The wording for a language tag: the translation (with `strings` overrides), then the
 * `posts.wording` entry for `de-AT`, else `de`, field by field on top.
 */
export function wordingFor(
  lang: string,
  overrides: Readonly<Record<string, Partial<PostWording>>> = {},
  stringOverrides: StringOverrides = {},
): PostWording {
  const s = strings(lang, stringOverrides);
  const base: PostWording = { byline: s.postByline, readMore: s.postReadMore, linkInBio: s.postLinkInBio, readingTime: s.postReadingTime };
  const tags = [lang, lang.split('-')[0]!];
  const key = tags.find((t) => overrides[t]) ?? Object.keys(overrides).find((k) => tags.some((t) => k.toLowerCase() === t.toLowerCase()));
  return { ...base, ...(key ? overrides[key] : undefined) };
}
