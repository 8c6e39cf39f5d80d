/** The Astro/Node side of share cards: the render service (pool, worker, cache) and what it loads; layout is in core/cards. */
export { CardService, MAX_CARD_BYTES, type CardRequest, type CardServiceOptions, type CardSummary } from './service.ts';
export { cardEnvironment } from './environment.ts';
export { loadUserFonts } from './user-fonts.ts';
