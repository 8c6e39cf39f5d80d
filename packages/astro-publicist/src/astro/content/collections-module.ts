/**
 * `virtual:astro-publicist/collections`: the names of the site's content collections, read from
 * its content config (where Astro looks for it: `content.config.{mjs,js,mts,ts}` in srcDir), so
 * zero-config `publicist()` can tell which collections exist.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const COLLECTIONS_MODULE = 'virtual:astro-publicist/collections';
const RESOLVED = `\0${COLLECTIONS_MODULE}`;
const CONFIG_FILES = ['content.config.mjs', 'content.config.js', 'content.config.mts', 'content.config.ts'];

export function contentConfigFile(srcDir: URL): string | undefined {
  return CONFIG_FILES.map((name) => fileURLToPath(new URL(name, srcDir))).find((file) => existsSync(file));
}

/** The shape of a Vite plugin, without depending on Vite's types (Astro brings its own Vite). */
interface VirtualModulePlugin {
  name: string;
  resolveId: (id: string) => string | undefined;
  load: (id: string) => string | undefined;
}

export function collectionsModulePlugin(srcDir: URL): VirtualModulePlugin {
  return {
    name: 'astro-publicist:collections',
    resolveId: (id) => (id === COLLECTIONS_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const file = contentConfigFile(srcDir);
      if (!file) return 'export const collectionNames = [];';
      return `import * as config from ${JSON.stringify(file)};\nexport const collectionNames = Object.keys(config.collections ?? {});`;
    },
  };
}
