declare module 'virtual:astro-publicist/collections' {
  /** The collections the site's content config defines. */
  export const collectionNames: string[];
}

declare module 'virtual:astro-publicist/feed-renderers' {
  import type { ContainerRenderer } from 'astro';
  /** MDX's container renderer when the site uses @astrojs/mdx; empty for a Markdown-only site. */
  export const containerRenderers: ContainerRenderer[];
}
