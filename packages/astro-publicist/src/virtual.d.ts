declare module 'virtual:astro-publicist/config' {
  const config: import('./astro/config/runtime.ts').RuntimeConfig;
  export default config;
}
