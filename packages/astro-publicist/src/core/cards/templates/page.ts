/** The card of a page that is not an article (home, tag, archive): brand, a short line, the title, the description. */
import { h } from '../tree.ts';
import type { PageCardContent } from '../prepare.ts';
import type { CardSize, PageCardHelpers } from './types.ts';
import { accentFrame, brand } from './parts.ts';

export function pageTemplate(content: PageCardContent, size: CardSize, helpers: PageCardHelpers) {
  const { theme } = helpers;
  const padX = 72;
  const inner = size.width - 2 * padX;
  const title = helpers.fit(content.title, { width: inner, maxLines: 2, minSize: 48, maxSize: 88, weight: 700 });
  const description = content.description ? helpers.fit(content.description, { width: inner, maxLines: 2, minSize: 24, maxSize: 30, weight: 400 }) : undefined;
  return accentFrame(
    size,
    theme,
    `56px ${padX}px`,
    h('div', { style: { display: 'flex', height: 52, alignItems: 'center' } }, brand(helpers, { fontSize: 26, color: theme.text, logoHeight: 48 })),
    h(
      'div',
      { style: { display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1, direction: helpers.direction } },
      h('div', { style: { display: 'flex', fontSize: 24, fontWeight: 700, letterSpacing: 2, color: theme.accent, marginBottom: 18, whiteSpace: 'nowrap' } }, content.eyebrow.toUpperCase()),
      helpers.lines(title, { fontWeight: 700, lineHeight: 1.1, letterSpacing: -0.5, color: theme.text }),
      description ? h('div', { style: { display: 'flex', width: 96, height: 6, borderRadius: 3, background: theme.accent, margin: '26px 0 20px' } }) : null,
      description ? helpers.lines(description, { fontWeight: 400, lineHeight: 1.35, color: theme.muted }) : null,
    ),
  );
}
