/** The configuration as code running inside Astro sees it (pages, routes, components, middleware). */
import config from 'virtual:astro-publicist/config';

export const publicistConfig = config;

/**
 * True in `astro dev`, where content changes between requests and nothing may be memoized.
 * Asks for Astro's command, not import.meta.env.DEV: that follows NODE_ENV, which test runners set.
 */
export function isDev(): boolean {
  return config.command === 'dev';
}
