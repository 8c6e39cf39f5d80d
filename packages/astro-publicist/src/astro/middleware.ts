/**
 * Astro middleware (registered with `addMiddleware`): every HTML page, prerendered or on demand,
 * in a build and in `astro dev`, gets our head merged into its own (head/page-head.ts). In dev the
 * first page also starts the card threads, a second later.
 */
import type { MiddlewareHandler } from 'astro';
import { mergePageHead, writesOwnHead } from './head/page-head.ts';
import { isDev, publicistConfig } from './config/current.ts';
import { cardServiceIfAny } from './session.ts';
import { pagePathOfRequest } from '../core/urls.ts';

const UTF8 = new TextDecoder();
let warmed = false;
/** Long enough for the page's own assets (styles, scripts, Vite's client) to be served first. */
const WARM_UP_DELAY_MS = 1000;

/**
 * In `astro dev`, shortly after the first page: the card threads start while the browser reads it
 * (see CardService.warmUp). A card asked for sooner starts them itself.
 */
function warmCardsAfterFirstPage(): void {
  if (warmed || !isDev()) return;
  warmed = true;
  setTimeout(() => cardServiceIfAny()?.warmUp(), WARM_UP_DELAY_MS).unref();
}

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').toLowerCase().startsWith('text/html') || !response.body) return response;
  warmCardsAfterFirstPage();
  // A page that writes its whole head (the social kit) goes out as it is, its body unread.
  if (writesOwnHead(context.locals)) return response;
  // Read as bytes: a page the merge leaves as it is goes out as those bytes, not encoded again.
  const bytes = new Uint8Array(await response.arrayBuffer());
  const html = UTF8.decode(bytes);
  // The page's URL as the site links it (a `build.format: 'file'` build renders `/a.html`, served as `/a`).
  const path = pagePathOfRequest(context.url.pathname, publicistConfig.options);
  const merged = await mergePageHead(html, { path, status: response.status, locals: context.locals, prerendered: context.isPrerendered });
  // The body was read, so the page goes out as a new Response; its length changed only if merged.
  let headers = response.headers;
  if (merged && headers.has('content-length')) {
    headers = new Headers(headers);
    headers.delete('content-length');
  }
  return new Response(merged ? merged.html : bytes, { status: response.status, statusText: response.statusText, headers });
};
