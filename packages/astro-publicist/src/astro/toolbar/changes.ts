/**
 * When a content file was last saved in this `astro dev` process. The watcher (integration side)
 * records it, the data route (run by Vite's module runner, its own copy of this module) reads it,
 * so it lives on globalThis like the state.
 */
const KEY = Symbol.for('astro-publicist:content-saved-at');
type Holder = { [KEY]?: number };

export function recordContentSaved(at = Date.now()): void {
  (globalThis as Holder)[KEY] = at;
}

/** Milliseconds since the last save, or undefined when nothing was saved. */
export function msSinceContentSaved(now = Date.now()): number | undefined {
  const at = (globalThis as Holder)[KEY];
  return at === undefined ? undefined : now - at;
}
