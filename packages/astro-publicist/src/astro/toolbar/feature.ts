/**
 * The dev toolbar app (`astro dev` only): link previews, Google result, posts and SEO findings
 * of the page being written. Registers the app and its data route, and tells the app when a
 * content file is saved. A build registers nothing, so no trace of it reaches dist/.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature } from '../features/types.ts';
import { recordContentSaved } from '../session.ts';
import { CONTENT_CHANGED_EVENT, TOOLBAR_APP_ID, TOOLBAR_DATA_ROUTE } from './shared.ts';

/** The app's entry is a source file in this repository and compiled .js in the published package. */
const EXTENSION = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
const CONTENT_FILE = /\.(?:mdx?|markdown|mdoc|ya?ml|json|toml)$/i;
/** Let Astro's content layer store the saved entry before the app asks for it again. */
const SETTLE_MS = 250;

const ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"><rect x="3" y="4" width="18" height="16" rx="2"/><path d="M3 13l5-4 5 5 3-3 5 4"/><circle cx="16" cy="8.5" r="1.5"/></svg>';

export const toolbarFeature: Feature = {
  name: 'toolbar',
  setup({ state, params, injectPackageRoute }) {
    if (state.command !== 'dev') return;
    params.addDevToolbarApp({
      id: TOOLBAR_APP_ID,
      name: 'Publicist',
      icon: ICON,
      entrypoint: fileURLToPath(new URL(`./app${EXTENSION}`, import.meta.url)),
    });
    injectPackageRoute(TOOLBAR_DATA_ROUTE, '../toolbar/endpoint.ts', false);
  },
  serverSetup({ server, toolbar }, state) {
    if (state.command !== 'dev') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = new Set<string>();
    // An editor that saves by renaming a temporary file over the original makes an `add`.
    const onSave = (file: string) => {
      if (!CONTENT_FILE.test(file)) return;
      recordContentSaved();
      changed.add(relative(state.root, file));
      clearTimeout(timer);
      timer = setTimeout(() => {
        toolbar.send(CONTENT_CHANGED_EVENT, { files: [...changed] });
        changed.clear();
      }, SETTLE_MS);
    };
    server.watcher.on('change', onSave);
    server.watcher.on('add', onSave);
  },
};
