/** The built-in templates by name. */
import type { CardTemplate } from './types.ts';
import { defaultTemplate } from './default.ts';
import { coverTemplate } from './cover.ts';
import { boldTemplate } from './bold.ts';

export const BUILT_IN_TEMPLATES: Readonly<Record<string, CardTemplate>> = {
  default: defaultTemplate,
  cover: coverTemplate,
  bold: boldTemplate,
};

/** Templates that draw the article's cover image (it is only loaded for those). */
export const COVER_TEMPLATES = new Set(['cover']);

export type { CardTemplate, CardTemplateHelpers, CardSize, FitRequest } from './types.ts';
