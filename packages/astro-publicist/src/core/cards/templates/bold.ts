/** Typographic: the title huge on the accent colour, nothing else competing with it. */
import { h } from '../tree.ts';
import type { CardTemplate } from './types.ts';
import { alpha, authorNames, cardFrame } from './parts.ts';
import { hashtagFromTag } from '../../posts/hashtags.ts';

export const boldTemplate: CardTemplate = (article, size, helpers) => {
  const { theme } = helpers;
  const wide = size.width > size.height;
  const pad = wide ? 72 : 88;
  const inner = size.width - 2 * pad;
  const title = helpers.fit(helpers.title, wide ? { width: inner, maxLines: 3, minSize: 48, maxSize: 96, weight: 800 } : { width: inner, maxLines: 6, minSize: 60, maxSize: 120, weight: 800 });
  const ink = theme.onAccent;

  return cardFrame(
    size,
    pad,
    { justifyContent: 'space-between', background: theme.accent, color: ink, fontFamily: theme.fontFamily },
    h(
      'div',
      { style: { display: 'flex', justifyContent: 'space-between', fontSize: wide ? 22 : 26, fontWeight: 700, letterSpacing: 3, color: alpha(ink, 0.85) } },
      h('div', { style: { display: 'flex', whiteSpace: 'nowrap' } }, helpers.site.name.toUpperCase()),
      h('div', { style: { display: 'flex', whiteSpace: 'nowrap' } }, (article.tags[0] && hashtagFromTag(article.tags[0]))?.toUpperCase() ?? ''),
    ),
    h('div', { style: { display: 'flex', direction: helpers.direction } }, helpers.lines(title, { fontWeight: 800, lineHeight: 1.02, letterSpacing: -2, color: ink })),
    h(
      'div',
      { style: { display: 'flex', alignItems: 'center', fontSize: wide ? 24 : 28, color: ink } },
      h('div', { style: { display: 'flex', width: 48, height: 6, background: ink, marginRight: 20 } }),
      h('div', { style: { display: 'flex', fontWeight: 700, whiteSpace: 'nowrap' } }, authorNames(article)),
      h('div', { style: { display: 'flex', whiteSpace: 'nowrap', marginLeft: 14, color: alpha(ink, 0.8) } }, `${helpers.date} · ${helpers.readingTime}`),
    ),
  );
};
