/**
 * Card cache keys: the key input that core builds (core/cards/key.ts) hashed together with what
 * else decides a card's bytes: the code that lays out and draws cards (a digest of core/cards/ and
 * astro/cards/, and the renderer's versions), the bundled font and emoji packages' versions, the
 * user's font files and the contents of the images drawn.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResolvedOptions } from '../../core/types.ts';
import { BUNDLED_FONT_PACKAGES, type FontFace } from '../../core/cards/fonts.ts';
import type { CardKeyInput } from '../../core/cards/key.ts';
import { packageVersion } from './fonts.ts';
import { EMOJI_PACKAGE } from './emoji.ts';
import { RENDERER_ID } from './renderer-id.ts';

const sha256 = () => createHash('sha256');

/** The folders holding the card code (layout in core, I/O here; templates included). */
const CARD_CODE = [new URL('../../core/cards/', import.meta.url), new URL('.', import.meta.url)];
/**
 * Modules of those folders that decide where and when a card is rendered and kept, never what it
 * looks like (the pool renders byte for byte as in-process): a change to them keeps every card.
 */
const NOT_DRAWING = new Set(['cache', 'service', 'pool']);

/** Every source file of the card code, hashed once per process. */
let codeDigest: string | undefined;
function cardCodeDigest(): string {
  if (codeDigest) return codeDigest;
  const hash = sha256().update(RENDERER_ID);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:ts|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts') && !(dir === here && NOT_DRAWING.has(entry.name.replace(/\.[jt]s$/, '')))) {
        hash.update(entry.name).update(readFileSync(path));
      }
    }
  };
  const here = fileURLToPath(new URL('.', import.meta.url)).replace(/[\\/]$/, '');
  for (const dir of CARD_CODE) walk(fileURLToPath(dir).replace(/[\\/]$/, ''));
  for (const pkg of [...BUNDLED_FONT_PACKAGES, EMOJI_PACKAGE]) hash.update(`${pkg}@${packageVersion(pkg)}`);
  return (codeDigest = hash.digest('hex'));
}

/** Content hashes of files, remembered while their size and modification time stay the same. */
const fileDigests = new Map<string, { stamp: string; digest: string }>();
function fileDigest(file: string): string {
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
function siteCardKey(options: ResolvedOptions, userFaces: readonly FontFace[]): string {
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

/** One key per variant; the content and the files are serialized (and the files hashed) once for all of them. */
export function cardKeys(input: CardKeyInput): string[] {
  const site = siteCardKey(input.options, input.userFaces);
  const userTemplate = input.userTemplate ? String(input.userTemplate) : null;
  const content = JSON.stringify(input.content);
  const files = JSON.stringify(input.files.map((f) => (f ? fileDigest(f) : null)));
  return input.variants.map((variant) => sha256().update(site).update(JSON.stringify([variant, input.template, userTemplate])).update(content).update(files).digest('hex'));
}
