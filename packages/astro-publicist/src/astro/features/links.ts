/**
 * After the build: every link we wrote into a page's head (canonical, og:url, og:image, feed and
 * hreflang links, the JSON-LD's URLs) and into our feeds must point to a file of the build, or to
 * a route rendered on demand (core/report/links.ts decides). The links were recorded as they were
 * written (session.ts `recordLinks`); here the output is listed once, no file is read.
 */
import { existsSync, readdirSync } from 'node:fs';
import { sep } from 'node:path';
import { brokenLinks as decide, type BrokenLink } from '../../core/report/links.ts';
import { buildRecord } from '../session.ts';
import type { PublicistState } from '../state.ts';

export type { BrokenLink };

/**
 * Every file and folder below `dir`, relative to it, `/`-separated. Listed synchronously: the
 * promise version awaits each folder in turn and took 1.9–4.1 s for the 100,108 entries of an
 * N = 10,000 output where this takes 0.7 s (0.19–0.27 s against 0.07 s at N = 1,000).
 */
function outputEntries(dir: string): Set<string> {
  const entries = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  return new Set(sep === '/' ? entries : entries.map((e) => e.split(sep).join('/')));
}

export function brokenLinks(state: Pick<PublicistState, 'options' | 'outDir' | 'onDemand'>): BrokenLink[] {
  const { links } = buildRecord();
  if (links.size === 0 || !existsSync(state.outDir)) return [];
  return decide({ links, output: outputEntries(state.outDir), onDemand: state.onDemand }, state.options);
}
