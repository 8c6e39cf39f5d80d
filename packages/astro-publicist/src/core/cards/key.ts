/**
 * The cache key of a card, computed from its inputs before any layout work (no fonts loaded, no
 * text fitted, no images scaled), so a cache hit costs a hash and a file read.
 *
 * What the key covers: the code that lays out and draws cards (a digest of this folder's source
 * files and the renderer's versions), the bundled font and emoji packages, the user's font files,
 * the card options, the variant, the template (a user template by its source text), the article
 * fields the template may read, and the contents of the images drawn (logo, avatars, cover).
 * Built-in templates read a known set of fields; a user template may read any, so it is keyed on
 * the whole Article.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, ResolvedOptions } from '../types.ts';
import type { CardVariant } from './images.ts';
import { BUNDLED_FONT_PACKAGES, packageVersion, type FontFace } from './fonts.ts';
import { EMOJI_PACKAGE } from './emoji.ts';
import { RENDERER_ID } from './render.ts';

/** The Article fields the built-in templates (and prepare.ts around them) draw from. */
const BUILT_IN_FIELDS = ['title', 'description', 'tags', 'authors', 'lang', 'card', 'published', 'readingTimeMinutes'] as const satisfies readonly (keyof Article)[];

const sha256 = () => createHash('sha256');

/** Every source file of the card code (this folder, templates included), hashed once per process. */
let codeDigest: string | undefined;
function cardCodeDigest(): string {
  if (codeDigest) return codeDigest;
  const hash = sha256().update(RENDERER_ID);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:ts|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) hash.update(entry.name).update(readFileSync(path));
    }
  };
  walk(fileURLToPath(new URL('.', import.meta.url)));
  for (const pkg of [...BUNDLED_FONT_PACKAGES, EMOJI_PACKAGE]) hash.update(`${pkg}@${packageVersion(pkg)}`);
  return (codeDigest = hash.digest('hex'));
}

/** Content hashes of files, remembered while their size and modification time stay the same. */
const fileDigests = new Map<string, { stamp: string; digest: string }>();
export function fileDigest(file: string): string {
  let stamp: string;
  try {
    const stat = statSync(file);
    stamp = `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'missing';
  }
  const known = fileDigests.get(file);
  if (known?.stamp === stamp) return known.digest;
  const digest = sha256().update(readFileSync(file)).digest('hex');
  fileDigests.set(file, { stamp, digest });
  return digest;
}

/** What every card of a site shares: options, user fonts, the card code; computed once per options object. */
const siteKeys = new WeakMap<ResolvedOptions, string>();
export function siteCardKey(options: ResolvedOptions, userFaces: readonly FontFace[]): string {
  let key = siteKeys.get(options);
  if (key) return key;
  key = sha256()
    .update(cardCodeDigest())
    .update(JSON.stringify([options.name, options.site, options.timezone, options.defaultLocale, options.publisher.logoPath, options.cards]))
    .update(JSON.stringify(userFaces.map((f) => [f.name, f.family, f.weight, f.style, fileDigest(f.file)])))
    .digest('hex');
  siteKeys.set(options, key);
  return key;
}

export interface CardKeyInput {
  options: ResolvedOptions;
  userFaces: readonly FontFace[];
  variant: CardVariant | 'page';
  /** The template's name, and its function when it is the user's. */
  template: string;
  userTemplate?: (...args: never[]) => unknown;
  /** What the template draws from (the Article's fields, or a page card's content). */
  content: unknown;
  /** Image files drawn on the card (logo, avatars, cover); undefined where there is none. */
  files: (string | undefined)[];
}

export function cardKey(input: CardKeyInput): string {
  return sha256()
    .update(siteCardKey(input.options, input.userFaces))
    .update(JSON.stringify([input.variant, input.template, input.userTemplate ? String(input.userTemplate) : null]))
    .update(JSON.stringify(input.content))
    .update(JSON.stringify(input.files.map((f) => (f ? fileDigest(f) : null))))
    .digest('hex');
}

/** The part of an Article a template can read: the known fields for built-in templates, all of it for the user's. */
export function articleContent(article: Article, builtIn: boolean): unknown {
  if (!builtIn) return { ...article, file: undefined };
  return Object.fromEntries(BUILT_IN_FIELDS.map((field) => [field, article[field]]));
}
