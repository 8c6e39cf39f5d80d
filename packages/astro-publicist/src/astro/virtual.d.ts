declare module 'virtual:astro-publicist/collections' {
  /** The collections the site's content config defines. */
  export const collectionNames: string[];
}

declare module 'virtual:astro-publicist/feed-renderers' {
  import type { ContainerRenderer } from 'astro';
  /** MDX's container renderer when the site uses @astrojs/mdx; empty for a Markdown-only site. */
  export const containerRenderers: ContainerRenderer[];
}

declare module 'astro:data-layer-content' {
  /** Astro's content store (dev: evaluated again after every content change; see runtime.ts). */
  const store: unknown;
  export default store;
}
