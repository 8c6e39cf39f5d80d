/** Facebook: 63,206 characters (widely quoted, unverified); counted in UTF-16 code units. */
import { characterRule } from './types.ts';

export const FACEBOOK_MAX_CHARACTERS = 63_206;

export const facebookRule = characterRule('facebook', 'Facebook', FACEBOOK_MAX_CHARACTERS);
