/**
 * Which renderer turns a card's job into bytes, for the cache key: render.ts's revision and the
 * versions of satori, sharp and libvips. Kept apart from render.ts so the main thread, which
 * computes keys but renders on worker threads, does not load satori.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import sharp from 'sharp';

/** Bump when render.ts changes how the same job turns into bytes. */
const RENDER_REVISION = 3;
const require = createRequire(import.meta.url);
const satoriVersion = (JSON.parse(readFileSync(require.resolve('satori/package.json'), 'utf8')) as { version: string }).version;
export const RENDERER_ID = `render@${RENDER_REVISION} satori@${satoriVersion} sharp@${sharp.versions.sharp} vips@${sharp.versions.vips}`;
