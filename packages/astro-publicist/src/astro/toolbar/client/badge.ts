/**
 * The toolbar icon's badge. Astro's notification API draws a dot (error or warning); the number
 * of findings goes into that dot and the icon's tooltip.
 */
import type { DevToolbarApp } from 'astro';
import { TOOLBAR_APP_ID } from '../shared.ts';
import type { PageSnapshot } from './page.ts';
import { toolbarWords } from './words.ts';

type AppEvents = Parameters<NonNullable<DevToolbarApp['init']>>[1];

export function showBadge(app: AppEvents, snapshot: PageSnapshot): void {
  const count = snapshot.findings.length;
  const level = snapshot.findings.some((f) => f.level === 'error') ? 'error' : 'warning';
  app.toggleNotification(count ? { state: true, level } : { state: false });
  const button = document.querySelector('astro-dev-toolbar')?.shadowRoot?.querySelector(`button[data-app-id="${TOOLBAR_APP_ID}"]`);
  const dot = button?.querySelector<HTMLElement>('.notification');
  if (!button || !dot) return;
  button.setAttribute('data-findings', String(count));
  const tooltip = button.querySelector('.item-tooltip');
  if (tooltip) tooltip.textContent = `Publicist · ${toolbarWords(snapshot.data).findingsCount(count)}`;
  dot.querySelector('[data-count]')?.remove();
  if (!count) return;
  const label = document.createElement('span');
  label.dataset.count = '';
  label.textContent = count > 99 ? '99+' : String(count);
  // The toolbar's shadow root has no style for it, so it carries its own.
  label.style.cssText = 'position:absolute;top:-3px;right:-6px;min-width:14px;height:14px;padding:0 3px;box-sizing:border-box;border-radius:7px;background:#b33e66;color:#fff;font:600 9px/14px system-ui,sans-serif;text-align:center;';
  if (level === 'warning') label.style.background = '#b58a2d';
  dot.append(label);
}
