/**
 * Virtual modules for the runtime, made from what only the config knows:
 * - `virtual:astro-publicist/collections`: the names of the site's content collections, read
 *   from its content config (where Astro looks for it: `content.config.{mjs,js,mts,ts}` in
 *   srcDir), so zero-config `publicist()` can tell which collections exist;
 * - `virtual:astro-publicist/feed-renderers`: the container renderers the feeds render article
 *   bodies with: MDX's when the site uses @astrojs/mdx, none for a Markdown-only site (which
 *   need not have @astrojs/mdx installed at all).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const COLLECTIONS_MODULE = 'virtual:astro-publicist/collections';
export const FEED_RENDERERS_MODULE = 'virtual:astro-publicist/feed-renderers';
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

export interface VirtualModuleSettings {
  srcDir: URL;
  /** The site has the @astrojs/mdx integration. */
  mdx: boolean;
}

export function virtualModulesPlugin(settings: VirtualModuleSettings): VirtualModulePlugin {
  const modules: Record<string, () => string> = {
    [COLLECTIONS_MODULE]: () => {
      const file = contentConfigFile(settings.srcDir);
      if (!file) return 'export const collectionNames = [];';
      return `import * as config from ${JSON.stringify(file)};\nexport const collectionNames = Object.keys(config.collections ?? {});`;
    },
    [FEED_RENDERERS_MODULE]: () =>
      settings.mdx
        ? `import { getContainerRenderer } from '@astrojs/mdx/container-renderer';\nexport const containerRenderers = [getContainerRenderer()];`
        : 'export const containerRenderers = [];',
  };
  return {
    name: 'astro-publicist:virtual-modules',
    resolveId: (id) => (id in modules ? `\0${id}` : undefined),
    load: (id) => (id.startsWith('\0') ? modules[id.slice(1)]?.() : undefined),
  };
}
