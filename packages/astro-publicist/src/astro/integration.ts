import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseOptions } from '../options/validate.ts';
import { resolveOptions } from '../options/resolve.ts';
import type { PublicistUserOptions } from '../options/schema.ts';
import { PublicistError } from '../core/errors.ts';
import { getState, setState } from './state.ts';
import type { Feature } from './features/types.ts';
import { cardsFeature } from './features/cards.ts';
import { feedsFeature } from './features/feeds.ts';
import { postsFeature } from './features/posts.ts';
import { reportFeature } from './features/report.ts';
import { checkPublicFiles } from './public-files.ts';
import { deterministicHighlighting } from './highlight.ts';

const FEATURES: Feature[] = [cardsFeature, feedsFeature, postsFeature, reportFeature];
const ROUTES_DIR = new URL('./routes/', import.meta.url);
/** Route modules are named by their source (`cards/card.ts`); the published package runs the compiled `.js`. */
const MODULE_EXTENSION = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

type OnLog = (level: string, log: { code?: string; message: string }, handler: (level: string, log: unknown) => void) => void;

/**
 * MDX modules carry Astro's "use astro:head-inject" directive, and Rolldown warns that it may
 * not be preserved; the warning is harmless (withastro/astro#18087) and would be printed once
 * per article, so it is the one log we drop.
 */
const quietKnownWarnings: OnLog = (level, log, handler) => {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return;
  handler(level, log);
};

export function publicist(userOptions: PublicistUserOptions = {}): AstroIntegration {
  // Validate at once, so a wrong option fails when Astro loads the config.
  const parsed = parseOptions(userOptions);
  return {
    name: 'astro-publicist',
    hooks: {
      'astro:config:setup': async (params) => {
        const { config, command, logger } = params;
        const options = resolveOptions(parsed, { site: config.site, base: config.base });
        const state = {
          options,
          root: fileURLToPath(config.root),
          publicDir: fileURLToPath(config.publicDir),
          cacheDir: fileURLToPath(config.cacheDir),
          outDir: fileURLToPath(config.outDir),
          command,
          stats: {},
          // The one reading of the clock: core code gets "now" as data.
          now: new Date(),
        };
        checkPublicFiles(options, state.publicDir);
        setState(state);
        params.updateConfig({
          vite: { build: { rolldownOptions: { onLog: quietKnownWarnings } } },
          // Highlighted code must not depend on machine load (Shiki's per-line time limit); Astro appends to the user's transformers.
          markdown: { shikiConfig: { transformers: [deterministicHighlighting] } },
        });
        const injectPackageRoute = (pattern: string, file: string, prerender = true) =>
          params.injectRoute({ pattern, entrypoint: fileURLToPath(new URL(file.replace(/\.ts$/, MODULE_EXTENSION), ROUTES_DIR)), prerender });
        for (const feature of FEATURES) await feature.setup?.({ state, params, logger: logger.fork(`publicist:${feature.name}`), injectPackageRoute });
      },
      'astro:server:setup': async (params) => {
        for (const feature of FEATURES) await feature.serverSetup?.(params, getState());
      },
      'astro:build:done': async (params) => {
        const state = { ...getState(), outDir: fileURLToPath(params.dir) };
        setState(state);
        for (const feature of FEATURES) await feature.buildDone?.({ state, params, logger: params.logger.fork(`publicist:${feature.name}`) });
      },
    },
  };
}

export { PublicistError };
