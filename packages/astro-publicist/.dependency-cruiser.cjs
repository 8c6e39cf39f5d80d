/**
 * The package's layering, checked in `npm test` (test/architecture.test.ts runs it):
 * `core/` is pure and owns its vocabulary, `options/` parses user options into core types,
 * `astro/` is the Astro/Node side. Data flows one way, so no module may take part in a runtime cycle.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment:
        'A runtime import cycle makes the layering a lie; move the shared thing down. ' +
        'Type-only cycles stay allowed: ResolvedOptions holds GraphPiecesFunction, whose GraphContext holds ResolvedOptions.',
      from: { path: '^src' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'core-imports-only-core',
      severity: 'error',
      comment: 'core/ is the bottom layer: it may not import options/, astro/, components/ or the entry files.',
      from: { path: '^src/core/' },
      to: { path: '^src/(?!core/)' },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment:
        'core/ is data in, data out: no Node built-ins (fs, worker_threads, …) and no native renderers. ' +
        'What card layout needs loaded, astro/cards/ passes in (core/cards/environment.ts).',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-has-no-native-renderers',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '(^|node_modules/)(sharp|satori|fontkit|@resvg/[^/]+)(/|$)' },
    },
    {
      name: 'toolbar-client-stays-light',
      severity: 'error',
      comment:
        'The dev toolbar runs in the browser: it may take types from core/posts and core/platforms, not code ' +
        '(the platform records bring every composer and counter with them).',
      from: { path: '^src/astro/toolbar/client/' },
      to: { path: '^src/core/(posts|platforms)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'options-never-imports-astro',
      severity: 'error',
      comment: 'options/ turns user input into core types; the Astro side builds on it, not the other way.',
      from: { path: '^src/options/' },
      to: { path: '^src/(astro|components)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.d.ts'] },
  },
};
