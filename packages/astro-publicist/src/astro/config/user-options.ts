/**
 * Options travel from astro.config to the code that runs inside Astro (pages, routes, the
 * middleware, an on-demand server) through the virtual module `virtual:astro-publicist/config`.
 * Data is written into that module as JSON; functions cannot be, so each function-valued option
 * is written as a reference to its place in the options (`collections.0.url`), and the module
 * imports astro.config again to take the function from there.
 *
 * Constraint (documented in the README): in an on-demand server, astro.config is evaluated again
 * at run time, so a function option must not depend on anything only the build has.
 */
import { PublicistError } from '../../core/errors.ts';

export const INTEGRATION_NAME = 'astro-publicist';
/** Where `publicist()` keeps the options it was given, on the integration object. */
export const USER_OPTIONS = Symbol.for('astro-publicist:user-options');

/** A function's place in the options, in the JSON. */
interface FunctionReference {
  $publicistFunction: string;
}

export interface SerializedOptions {
  json: string;
  /** The paths of every function-valued option, `collections.0.url`. */
  functions: string[];
}

export function serializeUserOptions(options: unknown): SerializedOptions {
  const functions: string[] = [];
  const walk = (value: unknown, path: string[]): unknown => {
    if (typeof value === 'function') {
      functions.push(path.join('.'));
      return { $publicistFunction: path.join('.') } satisfies FunctionReference;
    }
    if (Array.isArray(value)) return value.map((v, i) => walk(v, [...path, String(i)]));
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, [...path, k])]));
    }
    return value;
  };
  const json = JSON.stringify(walk(options ?? {}, []));
  return { json, functions };
}

function flatIntegrations(list: unknown): unknown[] {
  return Array.isArray(list) ? list.flatMap(flatIntegrations) : [list];
}

/**
 * The options `publicist()` was given in an astro.config module's default export. When the config
 * does not list it (another integration added it), the options of this process, if it is the one
 * that ran the config (`astro dev`, prerendering), are used.
 */
export function userOptionsOf(config: unknown, configFile: string, inProcess?: unknown): Record<string, unknown> {
  const integrations = flatIntegrations((config as { integrations?: unknown } | undefined)?.integrations);
  const ours = integrations.find((i): i is Record<symbol, unknown> => Boolean(i) && (i as { name?: unknown }).name === INTEGRATION_NAME);
  if (!ours && inProcess && typeof inProcess === 'object') return inProcess as Record<string, unknown>;
  if (!ours) {
    throw new PublicistError(`publicist: ${configFile} must list publicist() in integrations (its function options are read from there at run time), found none`, { file: configFile });
  }
  return (ours[USER_OPTIONS] ?? {}) as Record<string, unknown>;
}

/** The options from the JSON, each function reference replaced by the function at that place in `source`. */
export function reviveUserOptions(json: string, source: Record<string, unknown> | undefined, configFile: string | undefined): unknown {
  return JSON.parse(json, (_key, value: unknown) => {
    if (!value || typeof value !== 'object' || !('$publicistFunction' in value)) return value;
    const path = (value as FunctionReference).$publicistFunction;
    const found = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], source);
    if (typeof found !== 'function') {
      throw new PublicistError(
        `publicist: the option ${path} is a function at build time but ${configFile ?? 'astro.config'} does not give one at run time (got ${typeof found}); function options must not depend on the build's environment`,
        { field: path },
      );
    }
    return found;
  });
}
