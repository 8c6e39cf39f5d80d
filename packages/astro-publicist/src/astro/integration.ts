import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { parseOptions } from '../options/validate.ts';
import { resolveOptions } from '../options/resolve.ts';
import type { PublicistUserOptions } from '../options/options-schema.ts';
import { PublicistError } from '../core/errors.ts';
import { routeTaken, routesOverlap } from '../core/routes/overlap.ts';
import { DEFAULT_TAG_URL } from '../core/urls.ts';
import { CARD_ROUTE_FALLBACK, CARD_ROUTE_PREFIX } from '../core/cards/card-files.ts';
import type { PublicistState } from './state.ts';
import { openSession, startBuildRecord } from './session.ts';
import type { Feature } from './features/types.ts';
import { cardsFeature } from './features/cards.ts';
import { feedsFeature } from './features/feeds.ts';
import { postsFeature } from './features/posts.ts';
import { reportFeature } from './features/report.ts';
import { toolbarFeature } from './toolbar/feature.ts';
import { checkPublicFiles } from './public-files.ts';
import { virtualModulesPlugin } from './virtual-modules.ts';
import { siteRoutes, type SiteRoute } from './site-routes.ts';
import type { RuntimeFacts } from './config/runtime.ts';
import { INTEGRATION_NAME, USER_OPTIONS } from './config/user-options.ts';
import { configModulePlugin, configModuleSource, findConfigFile } from './config/virtual-module.ts';
import { deterministicHighlighting } from './highlight.ts';
import { keptValuesCodeVersion } from './content/code-version.ts';
import { CarriedOutput } from './carried-output.ts';

const FEATURES: Feature[] = [cardsFeature, feedsFeature, postsFeature, reportFeature, toolbarFeature];
const ROUTES_DIR = new URL('./routes/', import.meta.url);
/** Route modules are named by their source (`cards/card.ts`); the published package runs the compiled `.js`. */
const MODULE_EXTENSION = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
const MIDDLEWARE = fileURLToPath(new URL(`./middleware${MODULE_EXTENSION}`, import.meta.url));

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

/** Astro's URL settings, as the options resolver and the runtime read them. */
function astroFacts(config: AstroConfig): RuntimeFacts['astro'] {
  return { site: config.site, base: config.base, trailingSlash: config.trailingSlash, build: { format: config.build.format } };
}

/** The site has a page route at the tag URL (a catch-all alone does not count: it may serve anything). */
function hasTagPages(tagUrl: string, routes: readonly SiteRoute[]): boolean {
  const pattern = tagUrl.replace(/\/$/, '');
  return routes.some((r) => !r.pattern.includes('[...') && routesOverlap(pattern, r.pattern));
}

export function publicist(userOptions: PublicistUserOptions = {}): AstroIntegration {
  // Validate at once, so a wrong option fails when Astro loads the config.
  const parsed = parseOptions(userOptions);
  let state: PublicistState | undefined;
  const current = () => {
    if (!state) throw new PublicistError('publicist: the integration is not set up; add publicist() to integrations in astro.config');
    return state;
  };
  /** Route patterns we injected, with their entry files. */
  const injected = new Map<string, string>();
  const integration: AstroIntegration & { [USER_OPTIONS]: unknown } = {
    name: INTEGRATION_NAME,
    [USER_OPTIONS]: userOptions,
    hooks: {
      'astro:config:setup': async (params) => {
        const { config, command, logger } = params;
        const root = fileURLToPath(config.root);
        const routes = siteRoutes(root, fileURLToPath(new URL('pages/', config.srcDir)));
        const resolved = resolveOptions(parsed, astroFacts(config));
        const tagPages = resolved.tags.pages ?? hasTagPages(resolved.tags.url ?? DEFAULT_TAG_URL, routes);
        const cardsAside = resolved.cards.path === undefined ? routes.find((r) => routeTaken(`/${CARD_ROUTE_PREFIX}/[...card]`, r.pattern)) : undefined;
        const cardsPath = resolved.cards.path ?? (cardsAside ? CARD_ROUTE_FALLBACK : CARD_ROUTE_PREFIX);
        const options = { ...resolved, tags: { ...resolved.tags, pages: tagPages }, cards: { ...resolved.cards, path: cardsPath } };
        state = {
          options,
          root,
          publicDir: fileURLToPath(config.publicDir),
          cacheDir: fileURLToPath(config.cacheDir),
          outDir: fileURLToPath(config.outDir),
          command,
          stats: {},
          onDemand: [],
          // The one reading of the clock: core code gets "now" as data.
          now: new Date(),
        };
        checkPublicFiles(options, state.publicDir);
        // The one channel to the runtime of this process. A config given through Astro's JavaScript
        // API has no file to import again; the runtime reads the options given here.
        openSession({ logger: logger.fork('publicist:articles'), inProcessOptions: userOptions });
        const facts: RuntimeFacts = { astro: astroFacts(config), root, publicDir: state.publicDir, cacheDir: state.cacheDir, command, tagPages, cardsPath, now: state.now.toISOString(), keptValuesVersion: keptValuesCodeVersion() };
        const configFile = findConfigFile(root);
        const mdx = (config.integrations ?? []).some((i) => i.name === '@astrojs/mdx');
        params.updateConfig({
          vite: {
            plugins: [configModulePlugin(configModuleSource(userOptions, facts, configFile), configFile), virtualModulesPlugin({ srcDir: config.srcDir, mdx })],
            build: { rolldownOptions: { onLog: quietKnownWarnings } },
          },
          // Highlighted code must not depend on machine load (Shiki's per-line time limit); Astro appends to the user's transformers.
          markdown: { shikiConfig: { transformers: [deterministicHighlighting] } },
        });
        params.addMiddleware({ entrypoint: MIDDLEWARE, order: 'post' });
        const aside: { pattern: string; by: SiteRoute }[] = [];
        injected.clear();
        const injectPackageRoute = (pattern: string, file: string, prerender = true) => {
          const by = routes.find((r) => routeTaken(pattern, r.pattern));
          if (by) {
            aside.push({ pattern, by });
            return;
          }
          const entrypoint = fileURLToPath(new URL(file.replace(/\.ts$/, MODULE_EXTENSION), ROUTES_DIR));
          injected.set(pattern, entrypoint);
          params.injectRoute({ pattern, entrypoint, prerender });
        };
        for (const feature of FEATURES) await feature.setup?.({ state, params, logger: logger.fork(`publicist:${feature.name}`), injectPackageRoute });
        const routesLogger = logger.fork('publicist:routes');
        if (cardsAside) routesLogger.info(`/${CARD_ROUTE_PREFIX}/ is the site's own (${cardsAside.file}): our share cards are at /${cardsPath}/`);
        for (const { pattern, by } of aside) routesLogger.info(`${pattern} steps aside: the site has its own (${by.file})`);
        if (aside.length) routesLogger.info(`ours: ${[...injected.keys()].join(', ')}`);
        if (command === 'build' || command === 'dev') {
          if (parsed.tags.pages === undefined && !tagPages) {
            routesLogger.info(`no page of the site is at ${resolved.tags.url ?? DEFAULT_TAG_URL}: breadcrumbs and feeds link no tag page (set tags.url to where the tag pages are, or tags.pages)`);
          }
        }
      },
      'astro:routes:resolved': ({ routes, logger }) => {
        if (!state) return;
        state.onDemand = routes.filter((r) => !r.isPrerendered && r.type !== 'redirect').map((r) => r.patternRegex);
        // What src/pages did not show (a route another integration injected) is caught here.
        for (const route of routes) {
          const ours = injected.get(route.pattern);
          if (!ours || !route.entrypoint) continue;
          const entry = route.entrypoint.startsWith('file:') ? fileURLToPath(route.entrypoint) : resolve(state.root, route.entrypoint);
          if (entry !== ours) {
            logger.warn(`${route.pattern} is served by ${route.entrypoint} as well as by astro-publicist; remove one of them`);
          }
        }
      },
      'astro:config:done': ({ buildOutput, config }) => {
        // Read when the build starts: an adapter set in this same hook may still change both.
        if (!state) return;
        state.outDir = fileURLToPath(config.outDir);
        state.pagesInOutDir = () => buildOutput === 'static' && !config.adapter;
      },
      'astro:build:start': ({ logger }) => {
        startBuildRecord();
        const state = current();
        // Before Astro empties the output folder (it does so right after this hook).
        state.carried = state.pagesInOutDir?.() ? new CarriedOutput(state.outDir, state.cacheDir, (message) => logger.warn(message)) : undefined;
        state.carried?.hold();
        for (const feature of FEATURES) feature.buildStart?.(state);
      },
      'astro:server:setup': async (params) => {
        for (const feature of FEATURES) await feature.serverSetup?.(params, current());
      },
      'astro:build:done': async (params) => {
        const state = current();
        state.outDir = fileURLToPath(params.dir);
        for (const feature of FEATURES) await feature.buildDone?.({ state, params, logger: params.logger.fork(`publicist:${feature.name}`) });
        state.carried?.finish();
      },
    },
  };
  return integration;
}

export { PublicistError };
