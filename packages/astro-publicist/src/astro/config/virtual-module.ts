/**
 * `virtual:astro-publicist/config`: how the options reach pages, routes, the middleware and an
 * on-demand server, the Astro way (as Starlight's `virtual:starlight/user-config`). Data is
 * written into the module; function options are taken from astro.config, which the module
 * imports only when there are any (see user-options.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RuntimeFacts } from './runtime.ts';
import { serializeUserOptions } from './user-options.ts';
import { IN_PROCESS_OPTIONS_SOURCE } from '../session.ts';

export const CONFIG_MODULE_ID = 'virtual:astro-publicist/config';
const RESOLVED_ID = `\0${CONFIG_MODULE_ID}`;
/** astro.config, imported by Node itself (never bundled: it imports Astro's build machinery). */
const USER_CONFIG_ID = 'virtual:astro-publicist/user-config';
const EXTENSION = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
const RUNTIME_FILE = fileURLToPath(new URL(`./runtime${EXTENSION}`, import.meta.url));

/** The file Astro loaded the config from (Astro looks for these names, in this order). */
export function findConfigFile(root: string): string | undefined {
  return ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts', 'astro.config.cjs', 'astro.config.cts']
    .map((name) => join(root, name))
    .find((file) => existsSync(file));
}

export function configModuleSource(userOptions: unknown, facts: RuntimeFacts, configFile: string | undefined): string {
  const { json, functions } = serializeUserOptions(userOptions);
  // The process's own copy of the options, for a config given through Astro's JavaScript API (no file).
  const inProcess = IN_PROCESS_OPTIONS_SOURCE;
  const lines = [`import { runtimeConfig, userOptionsOf } from ${JSON.stringify(RUNTIME_FILE)};`];
  let source = 'undefined';
  if (functions.length && configFile) {
    // A config Node cannot import by itself (TypeScript it cannot strip, say) still works in the
    // process that ran it (dev, build); a server without that process reports the import error.
    lines.push(
      'let userConfig;',
      `try { userConfig = (await import(${JSON.stringify(USER_CONFIG_ID)})).default; } catch (error) { if (!${inProcess}) throw error; }`,
    );
    source = `userOptionsOf(userConfig, ${JSON.stringify(configFile)}, ${inProcess})`;
  } else if (functions.length) {
    source = inProcess;
  }
  lines.push(`export default runtimeConfig(${JSON.stringify(json)}, ${source}, ${JSON.stringify(configFile)}, ${JSON.stringify(facts)});`);
  return `${lines.join('\n')}\n`;
}

/** A Vite plugin serving the module. */
export function configModulePlugin(source: string, configFile: string | undefined) {
  return {
    name: 'astro-publicist:config',
    enforce: 'pre' as const,
    resolveId(id: string) {
      if (id === USER_CONFIG_ID && configFile) return { id: pathToFileURL(configFile).href, external: true };
      return id === CONFIG_MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id: string) {
      return id === RESOLVED_ID ? source : undefined;
    },
  };
}
