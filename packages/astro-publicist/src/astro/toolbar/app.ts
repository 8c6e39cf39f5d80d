/**
 * The dev toolbar app's entry. Astro loads this small module with the toolbar; the previews'
 * code (client/ui.ts) is fetched only when the app is opened, and the page checks behind the
 * badge when the browser is idle.
 */
import { defineToolbarApp } from 'astro/toolbar';
import { CONTENT_CHANGED_EVENT } from './shared.ts';

/** Keeps the app open across the full reloads Astro makes after some saves. */
const OPEN_KEY = 'astro-publicist:toolbar-open';
/**
 * After a save Astro reloads the page once the MDX module changes and again once the content
 * layer has stored the entry, and either may come first or be skipped (on a busy machine the
 * store can take many seconds); so the app looks again for half a minute, less often as time
 * goes on, and redraws when something changed.
 */
const SETTLE_MS = [400, 1500, 3500, 7000, 12_000, 20_000, 30_000];
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
    /** The look at the page under way, and whether another was asked for meanwhile (and with a refetch). */
    let running: Promise<void> | undefined;
    let queued: boolean | undefined;
    /** The head version the panel shows. */
    let shown: string | undefined;
    let ui: Promise<Ui> | undefined;
    let page: Promise<[Page, typeof import('./client/badge.js')]> | undefined;
    const loadPage = () => (page ??= Promise.all([import('./client/page.js'), import('./client/badge.js')]));

    /** The page as last looked at (by the badge's idle check or an earlier opening), drawn at once on opening. */
    let last: import('./client/page.js').PageSnapshot | undefined;

    const draw = async (snapshot: NonNullable<typeof last>) => {
      const { renderApp } = await (ui ??= import('./client/ui.js'));
      // Checked after the import: another draw may have shown this meanwhile.
      if (!open || (!openedAt && snapshot.version === shown)) return;
      renderApp(canvas, snapshot, { openedAt, close: () => app.toggleState({ state: false }) });
      shown = snapshot.version;
      openedAt = 0;
    };

    const look = async (refetch: boolean) => {
      const [{ takeSnapshot, fetchDocument }, { showBadge }] = await loadPage();
      const snapshot = await takeSnapshot(refetch ? await fetchDocument() : document);
      last = snapshot;
      showBadge(app, snapshot);
      const { msSinceSave } = snapshot.data;
      if (msSinceSave !== undefined) settle(Date.now() - msSinceSave);
      if (open) await draw(snapshot);
    };
    /** One look at a time: a page render costs the dev server a second, so asks made meanwhile become one more look. */
    const refresh = (refetch: boolean): Promise<void> => {
      if (running) {
        queued = (queued ?? false) || refetch;
        return running;
      }
      running = look(refetch)
        .catch((error: unknown) => console.error('astro-publicist toolbar:', error))
        .finally(() => {
          running = undefined;
          if (queued === undefined) return;
          const again = queued;
          queued = undefined;
          void refresh(again);
        });
      return running;
    };
    /** Look again at set moments after the save at `since` (once per save: the answers' `since` differ by their latency). */
    let settledFor = -Infinity;
    const settle = (since: number) => {
      saved = true;
      if (Math.abs(since - settledFor) < 1000) return;
      settledFor = since;
      for (const ms of SETTLE_MS) if (Date.now() < since + ms) setTimeout(() => void refresh(true), since + ms - Date.now());
    };

    app.onToggled(({ state }) => {
      open = state;
      if (state) {
        sessionStorage.setItem(OPEN_KEY, '1');
        openedAt = performance.now();
        // Something to see (and for screen readers, a busy state) until the panel's code is in.
        const panel = canvas.querySelector<HTMLElement>('.pp');
        if (panel) delete panel.dataset.readyMs; // set again when this opening's previews are drawn
        else if (!last) canvas.innerHTML = BUSY;
        // Draw what is known at once, then look again (the server's data may have changed).
        if (last) void draw(last);
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
