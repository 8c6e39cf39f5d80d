/** Small zod building blocks for option schemas; each message is the "expected" half of an error. */
import { z } from 'astro/zod';

/** `#e4007c` or `#e07`: the colours options and frontmatter accept. */
export const HEX_COLOUR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

export const nonEmpty = (what: string) => z.string({ error: what }).trim().min(1, { error: what });
export const absoluteUrl = (what = 'an absolute http(s) URL') => z.url({ protocol: /^https?$/, error: what });
export const publicPath = (what = 'a path to an image in public/') =>
  z.string({ error: what }).regex(/^\/?[^:?#]+\.(?:png|jpe?g|webp|gif|svg|avif)$/i, { error: what });
export const hexColour = (what = 'a hex colour like #e4007c') => z.string({ error: what }).regex(HEX_COLOUR, { error: what });
export const fn = <F extends (...args: never[]) => unknown>(what: string) =>
  z.custom<F>((value) => typeof value === 'function', { error: what });
