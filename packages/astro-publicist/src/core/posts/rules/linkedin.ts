/** LinkedIn: 3,000 characters (a third-party figure); counted in UTF-16 code units, never fewer than graphemes. */
import { characterRule } from './types.ts';

export const LINKEDIN_MAX_CHARACTERS = 3000;

export const linkedinRule = characterRule('linkedin', 'LinkedIn', LINKEDIN_MAX_CHARACTERS);
