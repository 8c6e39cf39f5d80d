/** Built around the cover image: the picture full-bleed, darkened at the bottom, the title over it. */
import { h } from '../tree.ts';
import type { CardTemplate } from './types.ts';
import { alpha, authorNames, avatars, brand, cardFrame } from './parts.ts';

export const coverTemplate: CardTemplate = (article, size, helpers) => {
  const { theme } = helpers;
  const wide = size.width > size.height;
  const pad = wide ? 64 : 80;
  const inner = size.width - 2 * pad;
  const title = helpers.fit(helpers.title, wide ? { width: inner, maxLines: 3, minSize: 40, maxSize: 64, weight: 700 } : { width: inner, maxLines: 5, minSize: 48, maxSize: 80, weight: 700 });
  const { cover } = helpers.images;
  const white = '#ffffff';

  return cardFrame(
    size,
    pad,
    {
      justifyContent: 'space-between',
      fontFamily: theme.fontFamily,
      color: white,
      position: 'relative',
      // Without a cover image the accent colour carries the card.
      background: cover ? '#000000' : `linear-gradient(135deg, ${theme.accent} 0%, ${theme.text} 100%)`,
    },
    cover ? h('img', { src: cover, width: size.width, height: size.height, style: { position: 'absolute', left: 0, top: 0, width: size.width, height: size.height } }) : null,
    h('div', {
      style: {
        position: 'absolute',
        left: 0,
        top: 0,
        width: size.width,
        height: size.height,
        backgroundImage: `linear-gradient(180deg, ${alpha('#000000', 0.35)} 0%, ${alpha('#000000', 0.05)} 30%, ${alpha('#000000', 0.55)} 58%, ${alpha('#000000', 0.88)} 100%)`,
      },
    }),
    h(
      'div',
      { style: { display: 'flex', position: 'relative', alignSelf: 'flex-start', background: alpha('#000000', 0.45), borderRadius: 999, padding: '10px 22px 10px 14px' } },
      brand(helpers, { fontSize: wide ? 24 : 28, color: white, logoHeight: wide ? 36 : 44 }),
    ),
    h(
      'div',
      // Positioned, so it paints above the absolutely positioned picture (CSS painting order).
      { style: { display: 'flex', flexDirection: 'column', position: 'relative', direction: helpers.direction } },
      h('div', { style: { display: 'flex', width: 88, height: 6, borderRadius: 3, background: theme.accent, marginBottom: 22 } }),
      helpers.lines(title, { fontWeight: 700, lineHeight: 1.12, letterSpacing: -0.5, color: white }),
      h(
        'div',
        { style: { display: 'flex', alignItems: 'center', marginTop: wide ? 24 : 36, fontSize: wide ? 22 : 26, color: alpha(white, 0.88) } },
        avatars(helpers, wide ? 44 : 56, white),
        h('div', { style: { display: 'flex', fontWeight: 600, color: white, whiteSpace: 'nowrap' } }, authorNames(article)),
        h('div', { style: { display: 'flex', whiteSpace: 'nowrap', marginLeft: 14 } }, `· ${helpers.date} · ${helpers.readingTime}`),
      ),
    ),
  );
};
