/** What a card template is: a function from an Article and a card size to a satori element tree. */
import type { Article } from '../../types.ts';
import type { CardTheme } from '../../options.ts';
import type { CardVariant } from '../card-files.ts';
import type { FittedText } from '../fit.ts';
import type { CardChild, CardElement, CardStyle, h } from '../tree.ts';

export interface CardSize {
  variant: CardVariant;
  width: number;
  height: number;
}

export interface FitRequest {
  /** Box width in px. */
  width: number;
  maxLines: number;
  minSize: number;
  maxSize: number;
  /** Weight the text is drawn in (default 400); the measurement uses that font file. */
  weight?: number;
  /** Default: the article's language. */
  lang?: string;
}

export interface CardTemplateHelpers {
  /** Build elements without JSX: `h('div', { style }, ...children)`. */
  h: typeof h;
  /** The theme, with the article's `card.accent` applied. */
  theme: CardTheme;
  site: { name: string; url: string; host: string };
  /** `card.title` from the frontmatter, else the title. */
  title: string;
  /** Images as data URIs, ready for `<img src>`. */
  /** `initials[i]` stands in for `avatars[i]` when that author's avatar could not be loaded. */
  images: { logo?: string; avatars: (string | undefined)[]; initials?: (string | undefined)[]; cover?: string };
  /** Publication date, formatted for the article's language. */
  date: string;
  /** "6 Min. Lesezeit" / "6 min read". */
  readingTime: string;
  /** `rtl` when the title is in Arabic or Hebrew script. */
  direction: 'ltr' | 'rtl';
  /** Largest size in the range at which `text` fits in `maxLines` lines; hyphenates, then ellipsis. */
  fit: (text: string, request: FitRequest) => FittedText;
  /** Width in px of a single line of text. */
  measure: (text: string, fontSize: number, weight?: number) => number;
  /** An element that draws fitted lines exactly as measured. */
  lines: (fitted: FittedText, style?: CardStyle) => CardElement;
}

/** Returns an element tree: from `h()`, satori's JSX runtime (`satori/jsx`), or React. */
export type CardTemplate = (article: Article, size: CardSize, helpers: CardTemplateHelpers) => CardElement | CardChild | unknown;

/** The helpers a page card's template gets: no author, date or reading time. */
export type PageCardHelpers = Pick<CardTemplateHelpers, 'h' | 'theme' | 'site' | 'title' | 'direction' | 'fit' | 'measure' | 'lines'> & {
  images: { logo?: string };
};
