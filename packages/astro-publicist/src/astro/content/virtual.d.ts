declare module 'virtual:astro-publicist/collections' {
  /** The collections the site's content config defines. */
  export const collectionNames: string[];
}
