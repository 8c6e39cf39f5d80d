/** The words around a post (byline, "read more", "link in bio"), per language; configurable. */
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

export const DEFAULT_WORDING: Readonly<Record<string, PostWording>> = {
  de: {
    byline: 'Von {author}',
    readMore: 'Zum Artikel: {link}',
    linkInBio: 'Den Link zum Artikel finden Sie in unserem Profil.',
    readingTime: '{minutes} Min. Lesezeit',
  },
  en: {
    byline: 'By {author}',
    readMore: 'Read the article: {link}',
    linkInBio: 'The link to the article is in our profile.',
    readingTime: '{minutes} min read',
  },
};

/**
 * The wording for a language tag: `de-AT` uses `de-AT`, else `de`, else English; the user's
 * overrides win field by field.
 */
export function wordingFor(lang: string, overrides: Readonly<Record<string, Partial<PostWording>>> = {}): PostWording {
  const tags = [lang, lang.split('-')[0]!];
  const pick = (table: Readonly<Record<string, Partial<PostWording> | undefined>>) => {
    const key = tags.find((t) => table[t]) ?? Object.keys(table).find((k) => tags.some((t) => k.toLowerCase() === t.toLowerCase()));
    return key ? table[key] : undefined;
  };
  const base = (pick(DEFAULT_WORDING) as PostWording | undefined) ?? DEFAULT_WORDING.en!;
  return { ...base, ...pick(overrides) };
}
