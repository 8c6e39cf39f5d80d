/** Pieces the built-in templates share: the author line, tag chips, colour helpers. */
import type { Article } from '../../types.ts';
import type { CardTheme } from '../../options.ts';
import { hashtagFromTag } from '../../posts/hashtags.ts';
import { h, type CardElement, type CardStyle } from '../tree.ts';
import type { CardTemplateHelpers } from './types.ts';

/** `#abc` → `#aabbcc`, so an alpha byte can be appended. */
export function hex6(colour: string): string {
  return colour.length === 4 ? `#${[...colour.slice(1)].map((c) => c + c).join('')}` : colour;
}

export const alpha = (colour: string, a: number) => `${hex6(colour)}${Math.round(a * 255).toString(16).padStart(2, '0')}`;

export function authorNames(article: Article): string {
  const names = article.authors.map((a) => a.name);
  if (names.length <= 2) return names.join(' & ');
  return `${names.slice(0, -1).join(', ')} & ${names.at(-1)}`;
}

/** `Jane Doe` → `JD`, `Ada` → `A`. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const letters = (words.length > 1 ? [words[0]!, words.at(-1)!] : words).map((w) => Array.from(w)[0]!.toLocaleUpperCase());
  return letters.join('');
}

/** Up to three overlapping round avatars; initials for an author whose avatar could not be loaded. */
export function avatars(helpers: CardTemplateHelpers, size: number, ring: string): CardElement | null {
  const { avatars: srcs, initials = [] } = helpers.images;
  const faces = srcs.map((src, i) => ({ src, initials: initials[i] })).filter((f) => f.src || f.initials).slice(0, 3);
  if (!faces.length) return null;
  const circle = (i: number) => ({ width: size, height: size, borderRadius: size / 2, border: `3px solid ${ring}`, marginLeft: i ? -size / 3 : 0 });
  // A photo sits on a disc of the ring's colour rather than having a border of its own: satori
  // draws an image's border as a mask, which costs the rasteriser a whole-card surface per avatar.
  const disc = size + 6;
  return h(
    'div',
    { style: { display: 'flex', marginRight: 18 } },
    ...faces.map((face, i) =>
      face.src
        ? h(
            'div',
            { style: { display: 'flex', alignItems: 'center', justifyContent: 'center', width: disc, height: disc, borderRadius: disc / 2, background: ring, marginLeft: i ? -size / 3 : 0 } },
            h('img', { src: face.src, width: size, height: size, style: { width: size, height: size, borderRadius: size / 2 } }),
          )
        : h(
            'div',
            { style: { ...circle(i), display: 'flex', alignItems: 'center', justifyContent: 'center', background: helpers.theme.accent, color: helpers.theme.onAccent, fontSize: Math.round(size * 0.4), fontWeight: 700 } },
            face.initials!,
          ),
    ),
  );
}

/** As many tag chips as fit in `width`, in the order of the frontmatter. */
export function tagChips(article: Article, helpers: CardTemplateHelpers, width: number, style: { fontSize: number; color: string; background: string }): CardElement | null {
  const padX = Math.round(style.fontSize * 0.7);
  const gap = 10;
  const chips: string[] = [];
  let used = 0;
  // The same hashtags the posts use (`#SocialMediaMarketing`), so card and post read alike.
  const hashtags = article.tags.map((tag) => hashtagFromTag(tag)).filter((tag): tag is string => tag !== undefined);
  for (const hashtag of hashtags.slice(0, 4)) {
    const w = helpers.measure(hashtag, style.fontSize, 600) + 2 * padX + (chips.length ? gap : 0);
    if (used + w > width) break;
    used += w;
    chips.push(hashtag);
  }
  if (!chips.length) return null;
  const chip: CardStyle = {
    display: 'flex',
    fontSize: style.fontSize,
    fontWeight: 600,
    color: style.color,
    background: style.background,
    padding: `${Math.round(style.fontSize * 0.35)}px ${padX}px`,
    borderRadius: 999,
    whiteSpace: 'nowrap',
  };
  return h('div', { style: { display: 'flex', gap } }, ...chips.map((t) => h('div', { style: chip }, t)));
}

/** The logo (if any) and the site name. */
export function brand(helpers: Pick<CardTemplateHelpers, 'site'> & { images: { logo?: string } }, style: { fontSize: number; color: string; logoHeight: number }): CardElement {
  const { logo } = helpers.images;
  return h(
    'div',
    { style: { display: 'flex', alignItems: 'center', gap: 16 } },
    logo ? h('img', { src: logo, height: style.logoHeight, style: { height: style.logoHeight } }) : null,
    h('div', { style: { display: 'flex', fontSize: style.fontSize, fontWeight: 600, color: style.color, whiteSpace: 'nowrap' } }, helpers.site.name),
  );
}

/** A card's root: its full size, content in a column, padding inside the size. */
export function cardFrame(size: { width: number; height: number }, padding: string | number, style: CardStyle, ...children: (CardElement | null)[]): CardElement {
  return h(
    'div',
    { style: { display: 'flex', flexDirection: 'column', width: size.width, height: size.height, padding, boxSizing: 'border-box', ...style } },
    ...children,
  );
}

/** The light card: the theme's background with an accent bar down the left edge. */
export function accentFrame(size: { width: number; height: number }, theme: CardTheme, padding: string, ...children: (CardElement | null)[]): CardElement {
  return cardFrame(
    size,
    padding,
    { background: theme.background, color: theme.text, fontFamily: theme.fontFamily, position: 'relative' },
    h('div', { style: { position: 'absolute', left: 0, top: 0, width: 14, height: size.height, background: theme.accent } }),
    ...children,
  );
}
