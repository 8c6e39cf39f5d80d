/** The cards feature's part of the integration: routes it injects, work after the build. */
import type { Feature } from './types.ts';

export const cardsFeature: Feature = {
  name: 'cards',
};
