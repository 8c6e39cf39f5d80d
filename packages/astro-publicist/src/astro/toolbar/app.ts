/**
 * The dev toolbar app's entry. Astro loads this small module with the toolbar; the previews'
 * code (client/ui.ts) is fetched only when the app is opened, and the page checks behind the
 * badge when the browser is idle.
 */
import { defineToolbarApp } from 'astro/toolbar';
import { CONTENT_CHANGED_EVENT } from './shared.ts';

/** Keeps the app open across the full reloads Astro makes after some saves. */
const OPEN_KEY = 'astro-publicist:toolbar-open';
const BUSY = '<div role="status" aria-busy="true" style="position:fixed;z-index:2000000010;left:50%;bottom:80px;transform:translateX(-50%);padding:8px 16px;border-radius:8px;background:#13151a;color:#fff;font:14px system-ui,sans-serif">Publicist …</div>';

// Dynamic imports name the .js file: tsc rewrites the extensions of static imports only, and
// Vite finds the .ts source behind a .js name.
type Ui = typeof import('./client/ui.js');
type Page = typeof import('./client/page.js');

export default defineToolbarApp({
  init(canvas, app, server) {
    let open = false;
    let openedAt = 0;
    /** A content file was saved since the page loaded, so its head in this document may be stale. */
    let saved = false;
    let run = 0;
    let ui: Promise<Ui> | undefined;
    let page: Promise<[Page, typeof import('./client/badge.js')]> | undefined;
    const loadPage = () => (page ??= Promise.all([import('./client/page.js'), import('./client/badge.js')]));

    const refresh = async (refetch: boolean) => {
      const mine = ++run;
      const [{ takeSnapshot, fetchDocument }, { showBadge }] = await loadPage();
      const snapshot = await takeSnapshot(refetch ? await fetchDocument() : document);
      if (mine !== run) return; // a newer refresh has started
      showBadge(app, snapshot);
      if (!open) return;
      const { renderApp } = await (ui ??= import('./client/ui.js'));
      renderApp(canvas, snapshot, { openedAt, close: () => app.toggleState({ state: false }) });
      openedAt = 0;
    };

    app.onToggled(({ state }) => {
      open = state;
      if (state) {
        sessionStorage.setItem(OPEN_KEY, '1');
        openedAt = performance.now();
        // Something to see (and for screen readers, a busy state) until the panel's code is in.
        if (!canvas.querySelector('.pp')) canvas.innerHTML = BUSY;
        void refresh(saved);
      } else sessionStorage.removeItem(OPEN_KEY);
    });
    server.on(CONTENT_CHANGED_EVENT, () => {
      saved = true;
      void refresh(true);
    });
    if (sessionStorage.getItem(OPEN_KEY)) app.toggleState({ state: true });
    else if ('requestIdleCallback' in window) requestIdleCallback(() => void refresh(false), { timeout: 2000 });
    else setTimeout(() => void refresh(false), 500);
  },
});
