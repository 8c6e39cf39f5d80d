/**
 * The configuration that code running inside Astro sees: the resolved options and the project's
 * paths. `virtual:astro-publicist/config` exports exactly one of these (see virtual-module.ts).
 */
import { parseOptions } from '../../options/validate.ts';
import { resolveOptions } from '../../options/resolve.ts';
import type { ResolvedOptions } from '../../core/types.ts';
import { reviveUserOptions } from './user-options.ts';

export { userOptionsOf } from './user-options.ts';

/** What the integration knows at config time and the runtime needs, written into the module as JSON. */
export interface RuntimeFacts {
  /** Astro's own URL settings, as `resolveOptions` reads them. */
  astro: { site?: string; base?: string; trailingSlash?: string; build?: { format?: string } };
  root: string;
  publicDir: string;
  cacheDir: string;
  command: 'dev' | 'build' | 'preview' | 'sync';
  /** Whether the site has tag pages (`tags.pages`, else detected from src/pages at config time). */
  tagPages: boolean;
  /** The folder of the card files (`cards.path`, else chosen at config time around the site's own routes). */
  cardsPath: string;
  /** The build's clock (ISO), read once when the config is set up: what "now" means for scheduling and empty feeds. */
  now: string;
  /** The code that makes the values kept between builds, body summaries and composed posts (content/code-version.ts); undefined: nothing is kept. */
  keptValuesVersion?: string;
}

export interface RuntimeConfig extends Omit<RuntimeFacts, 'astro' | 'now'> {
  options: ResolvedOptions;
  now: Date;
}

export function runtimeConfig(json: string, functions: Record<string, unknown> | undefined, configFile: string | undefined, facts: RuntimeFacts): RuntimeConfig {
  const resolved = resolveOptions(parseOptions(reviveUserOptions(json, functions, configFile)), facts.astro);
  const options = { ...resolved, tags: { ...resolved.tags, pages: resolved.tags.pages ?? facts.tagPages }, cards: { ...resolved.cards, path: facts.cardsPath } };
  const { astro: _astro, now, ...rest } = facts;
  return { ...rest, options, now: new Date(now) };
}
