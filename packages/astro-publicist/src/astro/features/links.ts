/**
 * After the build: every link we wrote into a page's head (canonical, og:url, og:image, feed and
 * hreflang links, the JSON-LD's URLs) and into our feeds must point to a file of the build, or to
 * a route rendered on demand (core/report/links.ts decides). The links were recorded as they were
 * written (session.ts `recordLinks`); here the output is listed once, no file is read.
 */
import { readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { sep } from 'node:path';
import { brokenLinks as decide, type BrokenLink } from '../../core/report/links.ts';
import { buildRecord } from '../session.ts';
import type { PublicistState } from '../state.ts';

export type { BrokenLink };

/** Every file and folder below `dir`, relative to it, `/`-separated. */
async function outputEntries(dir: string): Promise<Set<string>> {
  const entries = await readdir(dir, { recursive: true });
  return new Set(sep === '/' ? entries : entries.map((e) => e.split(sep).join('/')));
}

export async function brokenLinks(state: Pick<PublicistState, 'options' | 'outDir' | 'onDemand'>): Promise<BrokenLink[]> {
  const { links } = buildRecord();
  if (links.size === 0 || !existsSync(state.outDir)) return [];
  return decide({ links, output: await outputEntries(state.outDir), onDemand: state.onDemand }, state.options);
}
