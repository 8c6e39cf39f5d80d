/** The Node side of card layout: the CardEnvironment whose loader reads fonts, images and patterns from disk and hashes keys. */
import { join } from 'node:path';
import type { ResolvedOptions } from '../../core/types.ts';
import type { CardEnvironment, CardLoader } from '../../core/cards/environment.ts';
import type { FontFace } from '../../core/cards/fonts.ts';
import { packageSubsets } from './fonts.ts';
import { createMeasurer } from './measure.ts';
import { hyphenatorFor } from './hyphenation.ts';
import { imageDataUri } from './image-data.ts';
import { cardKeys } from './key.ts';

/** `publicDir`: absolute path of public/ (logo, avatars). */
function cardLoader(publicDir: string): CardLoader {
  return {
    publicFile: (path) => join(publicDir, path),
    fontSubsets: packageSubsets,
    measurer: createMeasurer,
    hyphenator: hyphenatorFor,
    imageDataUri,
    cardKeys,
  };
}

export function cardEnvironment(options: ResolvedOptions, publicDir: string, userFaces: FontFace[] = []): CardEnvironment {
  return { options, userFaces, load: cardLoader(publicDir) };
}
