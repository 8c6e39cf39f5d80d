/**
 * Remote author avatars for the cards: fetched once per build with a timeout and kept in Astro's
 * cache dir, so a rebuild does not ask again. An avatar that cannot be fetched is reported once;
 * the card then draws the author's initials.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResolvedAuthor } from '../core/types.ts';
import { publicistConfig } from './config/current.ts';
import { runtimeLog, session } from './session.ts';

/** How long one avatar may take. */
export const AVATAR_TIMEOUT_MS = 5000;
/** Larger files are not avatars; they are not fetched into memory in full. */
const AVATAR_MAX_BYTES = 5 * 1024 * 1024;
const CACHE_FOLDER = 'publicist-avatars';

const warn = (message: string) => runtimeLog('warn', message);

async function download(url: string, file: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(AVATAR_TIMEOUT_MS), redirect: 'follow' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > AVATAR_MAX_BYTES) throw new Error(`${length} bytes, more than ${AVATAR_MAX_BYTES}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > AVATAR_MAX_BYTES) throw new Error(`${bytes.byteLength} bytes, more than ${AVATAR_MAX_BYTES}`);
    try {
      mkdirSync(join(file, '..'), { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, bytes);
      renameSync(temp, file);
      return file;
    } catch (error) {
      warn(`the avatar ${url} could not be cached (${(error as Error).message}); it is fetched again next build`);
      const fallback = join(mkdtempSync(join(tmpdir(), 'publicist-avatar-')), 'avatar');
      writeFileSync(fallback, bytes);
      return fallback;
    }
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason =
      error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${AVATAR_TIMEOUT_MS / 1000} s` : (cause?.code ?? cause?.message ?? (error as Error).message);
    warn(`the avatar ${url} could not be fetched (${reason}); the cards show the author's initials instead`);
    return undefined;
  }
}

/** A remote avatar's file in the cache (fetched now if it is not there yet), or nothing when it cannot be had. */
export function remoteAvatarFile(url: string): Promise<string | undefined> {
  const fetches = session().avatarFetches;
  let file = fetches.get(url);
  if (!file) {
    const cached = join(publicistConfig.cacheDir, CACHE_FOLDER, createHash('sha256').update(url).digest('hex').slice(0, 32));
    file = existsSync(cached) ? Promise.resolve(cached) : download(url, cached);
    fetches.set(url, file);
  }
  return file;
}

const isRemote = (author: ResolvedAuthor) => Boolean(author.avatar && !author.avatarPath && !author.avatarFile && /^https?:\/\//i.test(author.avatar));

/** The files of the authors' avatars for a card, in author order: public/ paths and image() files as they are, remote ones fetched. */
export async function avatarFiles(authors: readonly ResolvedAuthor[], publicDir: string): Promise<(string | undefined)[]> {
  return Promise.all(
    authors.map((author) => {
      if (author.avatarPath) return join(publicDir, author.avatarPath);
      if (author.avatarFile) return author.avatarFile;
      return isRemote(author) ? remoteAvatarFile(author.avatar!) : undefined;
    }),
  );
}
