/** The default card: brand and date on top, the title large, the description, authors and tags below. */
import { h } from '../tree.ts';
import type { CardTemplate } from './types.ts';
import { accentFrame, alpha, authorNames, avatars, brand, tagChips } from './parts.ts';

export const defaultTemplate: CardTemplate = (article, size, helpers) => {
  const { theme } = helpers;
  const wide = size.width > size.height;
  const padX = wide ? 72 : 80;
  const padY = wide ? 56 : 80;
  const inner = size.width - 2 * padX;
  const title = helpers.fit(helpers.title, wide ? { width: inner, maxLines: 3, minSize: 40, maxSize: 68, weight: 700 } : { width: inner, maxLines: 5, minSize: 48, maxSize: 84, weight: 700 });
  const description = helpers.fit(article.description, { width: inner, maxLines: wide ? 2 : 4, minSize: wide ? 24 : 30, maxSize: wide ? 27 : 34, weight: 400 });
  const avatarSize = wide ? 56 : 72;

  return accentFrame(
    size,
    theme,
    `${padY}px ${padX}px`,
    h(
      'div',
      { style: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', height: 52 } },
      brand(helpers, { fontSize: wide ? 26 : 30, color: theme.text, logoHeight: wide ? 48 : 56 }),
      h('div', { style: { display: 'flex', fontSize: wide ? 22 : 26, color: theme.muted, whiteSpace: 'nowrap' } }, helpers.date),
    ),
    h(
      'div',
      { style: { display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1, direction: helpers.direction } },
      helpers.lines(title, { fontWeight: 700, lineHeight: 1.12, letterSpacing: -0.5, color: theme.text }),
      h('div', { style: { display: 'flex', width: 96, height: 6, borderRadius: 3, background: theme.accent, margin: wide ? '22px 0 18px' : '36px 0 28px' } }),
      helpers.lines(description, { fontWeight: 400, lineHeight: 1.35, color: theme.muted }),
    ),
    h(
      'div',
      { style: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', flexDirection: wide ? 'row' : 'column', gap: wide ? 0 : 24, alignSelf: 'stretch' } },
      h(
        'div',
        { style: { display: 'flex', alignItems: 'center', alignSelf: wide ? 'center' : 'flex-start' } },
        avatars(helpers, avatarSize, theme.background),
        h(
          'div',
          { style: { display: 'flex', flexDirection: 'column' } },
          h('div', { style: { display: 'flex', fontSize: wide ? 24 : 28, fontWeight: 600, whiteSpace: 'nowrap' } }, authorNames(article)),
          h('div', { style: { display: 'flex', fontSize: wide ? 20 : 24, color: theme.muted, whiteSpace: 'nowrap' } }, helpers.readingTime),
        ),
      ),
      h(
        'div',
        { style: { display: 'flex', alignSelf: wide ? 'center' : 'flex-start' } },
        tagChips(article, helpers, wide ? inner * 0.5 : inner, { fontSize: wide ? 20 : 24, color: theme.accent, background: alpha(theme.accent, 0.1) }),
      ),
    ),
  );
};
