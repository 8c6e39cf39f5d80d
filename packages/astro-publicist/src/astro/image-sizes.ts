/** Pixel sizes of the site-wide images in public/ (logo, default image) for og:image and the JSON-LD logo. */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { ImageSize } from '../core/meta/head-page.ts';
import type { ResolvedOptions } from '../core/types.ts';
import { isDev } from './config/current.ts';

let cache: { key: string; sizes: Promise<Record<string, ImageSize>> } | undefined;

async function measure(options: ResolvedOptions, publicDir: string): Promise<Record<string, ImageSize>> {
  const files = [options.publisher.logoPath, options.head.defaultImage].filter((p): p is string => Boolean(p));
  const sizes: Record<string, ImageSize> = {};
  for (const file of files) {
    const relative = file.replace(/^\//, '');
    const full = join(publicDir, relative);
    if (!existsSync(full)) continue;
    const { width, height } = await sharp(full).metadata();
    if (width && height) sizes[options.base + relative] = { width, height };
  }
  return sizes;
}

/** Size and modification time of the files, so dev measures again only when one changed. */
function stamps(options: ResolvedOptions, publicDir: string): string[] {
  return [options.publisher.logoPath, options.head.defaultImage].map((file) => {
    if (!file) return '';
    try {
      const stat = statSync(join(publicDir, file.replace(/^\//, '')));
      return `${stat.size}:${stat.mtimeMs}`;
    } catch {
      return 'missing';
    }
  });
}

export function measurePublicImages(options: ResolvedOptions, publicDir: string): Promise<Record<string, ImageSize>> {
  // In dev the files may change between requests (a stat tells); a build measures once.
  const key = JSON.stringify([publicDir, options.publisher.logoPath, options.head.defaultImage, options.base, ...(isDev() ? stamps(options, publicDir) : [])]);
  if (cache?.key !== key) cache = { key, sizes: measure(options, publicDir) };
  return cache.sizes;
}
