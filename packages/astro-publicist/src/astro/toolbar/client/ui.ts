/**
 * The app's panel: link previews as each platform draws them, Google's result with the rich
 * results of the JSON-LD, the post variants, and the SEO findings. Loaded when the app opens.
 */
// Types only: the intents module pulls in every platform record (composers, counters), which the browser does not need.
import type { IntentTarget } from '../../../core/posts/intents.ts';
import type { PostVariant } from '../../../core/posts/posts-file.ts';
import { escapeAttribute } from '../../../core/meta/escape.ts';
import { richResults } from '../../../core/preview/rich-results.ts';
import { GOOGLE_RESULT_RULE, LINK_PREVIEW_PLATFORMS, LINK_PREVIEW_RULES, type LinkPreviewPlatform } from '../../../core/preview/rules.ts';
import { cardText, googleResult, readTag } from '../../../core/preview/text.ts';
import type { ToolbarFinding } from '../shared.ts';
import type { PageSnapshot } from './page.ts';
import { STYLES } from './styles.ts';
import { toolbarWords, type ToolbarWords } from './words.ts';

// The page's own values (its title, its tags) go into the panel through the one HTML escape.
const esc = (value: unknown) => escapeAttribute(String(value));

interface RenderContext {
  /** performance.now() when the app was opened (0 for a live update). */
  openedAt: number;
  close: () => void;
}

function hostOf(head: PageSnapshot['head']): string {
  const url = readTag(head, ['og:url']) ?? head.links.find((l) => l.rel === 'canonical')?.href ?? location.href;
  try {
    return new URL(url).hostname;
  } catch {
    return location.hostname;
  }
}

function labelRows(snapshot: PageSnapshot): [string, string][] {
  const rows: [string, string][] = [];
  for (let i = 1; i <= 4; i++) {
    const label = readTag(snapshot.head, [`twitter:label${i}`]);
    const data = readTag(snapshot.head, [`twitter:data${i}`]);
    if (label && data) rows.push([label, data]);
  }
  return rows;
}

function linkPreview(platform: LinkPreviewPlatform, snapshot: PageSnapshot, words: ToolbarWords): string {
  const rule = LINK_PREVIEW_RULES[platform];
  const text = cardText(snapshot.head, rule);
  const domain = `<small class="lp-domain" data-domain>${esc(hostOf(snapshot.head))}</small>`;
  const alt = readTag(snapshot.head, ['og:image:alt', 'twitter:image:alt']) ?? '';
  const image = text.image && snapshot.image
    ? `<div class="lp-image" style="aspect-ratio:${rule.imageAspect[0]}/${rule.imageAspect[1]}"><img data-card src="${esc(snapshot.image.url)}" alt="${esc(alt)}"></div>`
    : `<div class="lp-image lp-image--none" style="aspect-ratio:${rule.imageAspect[0]}/${rule.imageAspect[1]}">${esc(words.noImage)}</div>`;
  const rows = rule.labelRows
    ? `<dl class="lp-rows" data-labels>${labelRows(snapshot).map(([l, d]) => `<div><dt>${esc(l)}</dt><dd>${esc(d)}</dd></div>`).join('')}</dl>`
    : '';
  const title = text.title === null ? '' : `<strong class="lp-title" data-title>${esc(text.title)}</strong>`;
  const description = text.author
    ? `<span class="lp-description" data-author>${esc(words.moreFrom(text.author))}</span>`
    : text.description === null ? '' : `<span class="lp-description" data-description>${esc(text.description)}</span>`;
  const body = `<div class="lp-body">${rule.domain === 'above' ? domain : ''}${title}${description}${rule.domain === 'below' ? domain : ''}${rows}</div>`;
  const overlay = platform === 'x'; // X draws the title over the image
  return `<article class="lp lp--${platform}" data-platform="${platform}" aria-label="${esc(rule.name)}">
    <h3>${esc(rule.name)} <small title="${esc(rule.source)}">${rule.approximate ? esc(words.approximate) : ''}</small></h3>
    <div class="lp-card${overlay ? ' lp-card--overlay' : ''}">${image}${body}</div>
  </article>`;
}

function googleSection(snapshot: PageSnapshot, words: ToolbarWords): string {
  const result = googleResult(snapshot.head, snapshot.measure);
  const url = readTag(snapshot.head, ['og:url']) ?? location.href;
  const summary = richResults(snapshot.head.jsonld);
  const rich = summary.results.length
    ? `<ul class="rich">${summary.results
        .map((r) => {
          const missing = [...r.missingRequired, ...r.missingRecommended];
          return `<li data-rich="${esc(r.kind)}"><b>${esc(r.kind)}</b> (${esc(r.type)}): ${esc(r.eligible ? words.eligible : words.notEligible)}${missing.length ? ` · ${esc(words.missing)}: <code>${missing.map(esc).join('</code>, <code>')}</code>` : ''}</li>`;
        })
        .join('')}${summary.errors.map((e) => `<li class="bad">JSON-LD: ${esc(e)}</li>`).join('')}</ul>`
    : `<p>${esc(words.noRichResults)}</p>`;
  return `<div class="serp" data-google>
      <cite>${esc(url)}</cite>
      <h3 class="serp-title" data-title style="font:${GOOGLE_RESULT_RULE.titleFont}" data-width="${Math.round(result.title.width)}">${esc(result.title.text)}</h3>
      <p class="serp-description" data-description style="font:${GOOGLE_RESULT_RULE.descriptionFont}">${esc(result.description.text)}</p>
    </div>
    ${snapshot.arialMissing ? `<p class="note" data-font-note>${esc(words.arialMissing)}</p>` : ''}
    <h3 class="sub">${esc(words.richResults)}</h3>${rich}`;
}

function postCard(post: PostVariant, intent: string | undefined, words: ToolbarWords): string {
  const ratio = post.length / post.limit;
  return `<article class="post" data-post="${esc(post.platform)}">
    <h3>${esc(post.name)}</h3>
    <pre data-text>${esc(post.text)}</pre>
    <div class="meter"><meter min="0" max="${post.limit}" value="${post.length}" low="${Math.round(post.limit * 0.8)}" high="${Math.round(post.limit * 0.95)}" optimum="0"></meter>
      <span data-length class="${ratio > 1 ? 'bad' : ''}">${post.length} / ${post.limit} ${esc(post.unit)}</span></div>
    <div class="actions"><button type="button" data-copy="${esc(post.platform)}">${esc(words.copy)}</button>
      ${intent ? `<a href="${esc(intent)}" target="_blank" rel="noopener">${esc(words.shareOn)} ${esc(post.name)}</a>` : ''}</div>
  </article>`;
}

function postsSection(snapshot: PageSnapshot, words: ToolbarWords): string {
  const { social, postsError } = snapshot.data;
  if (postsError) return `<p class="bad">${esc(postsError)}</p>`;
  if (!social) return `<p>${esc(snapshot.data.article ? words.postsOff : words.noArticle)}</p>`;
  // The posts file has one intent per network with a share link, so its keys are the list.
  const intents = social.intents as Partial<Record<string, string>> as Partial<Record<IntentTarget, string>>;
  const posts = Object.values(social.posts) as PostVariant[];
  return `<div class="posts">${posts.map((p) => postCard(p, Object.hasOwn(intents, p.platform) ? intents[p.platform as IntentTarget] : undefined, words)).join('')}</div>`;
}

function findingRow(finding: ToolbarFinding, words: ToolbarWords): string {
  const editor = finding.editor
    ? `<button type="button" data-editor="${esc(`${finding.editor.file}:${finding.editor.line}:1`)}">${esc(words.openInEditor)}</button>`
    : '';
  return `<tr data-finding data-level="${finding.level}"><td>${esc(finding.file)}${finding.editor ? `:${finding.editor.line}` : ''}</td><td><code>${esc(finding.field)}</code></td><td>${esc(finding.expected)}</td><td>${esc(finding.found)}</td><td>${editor}</td></tr>`;
}

function findingsSection(snapshot: PageSnapshot, words: ToolbarWords): string {
  if (!snapshot.findings.length) return `<p>${esc(words.noFindings)}</p>`;
  return `<table class="findings"><thead><tr><th scope="col">${esc(words.file)}</th><th scope="col">${esc(words.field)}</th><th scope="col">${esc(words.expected)}</th><th scope="col">${esc(words.found)}</th><th></th></tr></thead>
    <tbody>${snapshot.findings.map((f) => findingRow(f, words)).join('')}</tbody></table>`;
}

const SECTIONS = ['previews', 'google', 'posts', 'findings'] as const;

export function renderApp(canvas: ShadowRoot, snapshot: PageSnapshot, context: RenderContext): void {
  const words = toolbarWords(snapshot.data);
  const previous = canvas.querySelector<HTMLElement>('.pp');
  const scrollTop = previous?.querySelector('.pp-scroll')?.scrollTop ?? 0;
  const focused = focusKey(canvas.activeElement);
  // A redraw before the previews of this opening were ready carries on timing the opening.
  const pendingSince = previous?.dataset.openedAt && !previous.dataset.readyMs ? Number(previous.dataset.openedAt) : 0;
  const openedAt = context.openedAt || pendingSince;
  const heading = (id: (typeof SECTIONS)[number]) => (id === 'findings' ? `${words.findings} (${snapshot.findings.length})` : words[id]);
  canvas.innerHTML = `<style>${STYLES}</style>
  <section class="pp" role="dialog" aria-labelledby="pp-title" lang="${esc(snapshot.data.lang)}">
    <header>
      <h2 id="pp-title" tabindex="-1">${esc(words.title)}</h2>
      <nav aria-label="${esc(words.title)}">${SECTIONS.map((id) => `<button type="button" data-jump="${id}">${esc(heading(id))}</button>`).join('')}</nav>
      <span class="status" role="status">${previous && !context.openedAt ? `${esc(words.updated)} ${esc(new Date().toLocaleTimeString(snapshot.data.lang))}` : ''}</span>
      <button type="button" class="close" data-close aria-label="${esc(words.close)}">×</button>
    </header>
    <div class="pp-scroll">
      <section id="previews" aria-labelledby="h-previews"><h2 id="h-previews" tabindex="-1">${esc(words.previews)}</h2>
        <div class="grid">${LINK_PREVIEW_PLATFORMS.map((p) => linkPreview(p, snapshot, words)).join('')}</div></section>
      <section id="google" aria-labelledby="h-google"><h2 id="h-google" tabindex="-1">${esc(words.google)}</h2>${googleSection(snapshot, words)}</section>
      <section id="posts" aria-labelledby="h-posts"><h2 id="h-posts" tabindex="-1">${esc(words.posts)}</h2>${postsSection(snapshot, words)}</section>
      <section id="findings" aria-labelledby="h-findings"><h2 id="h-findings" tabindex="-1">${esc(heading('findings'))}</h2>${findingsSection(snapshot, words)}</section>
    </div>
  </section>`;
  const root = canvas.querySelector<HTMLElement>('.pp')!;
  const scroll = canvas.querySelector<HTMLElement>('.pp-scroll')!;
  scroll.scrollTop = scrollTop;
  root.addEventListener('click', (event) => void onClick(event, canvas, snapshot, words, context));
  if (focused) canvas.querySelector<HTMLElement>(focused)?.focus();
  else if (context.openedAt) canvas.querySelector<HTMLElement>('#pp-title')!.focus();
  if (openedAt) {
    root.dataset.openedAt = String(openedAt);
    // Ready when every card image has loaded (they come from the browser's cache by now).
    void Promise.all(Array.from(canvas.querySelectorAll<HTMLImageElement>('img[data-card]'), (img) => img.decode().catch(() => undefined))).then(() => {
      if (root.isConnected) root.dataset.readyMs = String(Math.round(performance.now() - openedAt));
    });
  }
}

/** A selector that finds the focused element again after a redraw. */
function focusKey(element: Element | null): string | undefined {
  if (!(element instanceof HTMLElement)) return undefined;
  if (element.id) return `#${element.id}`;
  for (const name of ['data-jump', 'data-copy', 'data-editor', 'data-close']) {
    const value = element.getAttribute(name);
    if (value !== null) return `[${name}="${CSS.escape(value)}"]`;
  }
  return undefined;
}

async function onClick(event: Event, canvas: ShadowRoot, snapshot: PageSnapshot, words: ToolbarWords, context: RenderContext): Promise<void> {
  const target = (event.target as HTMLElement).closest<HTMLElement>('button');
  if (!target) return;
  if (target.dataset.close !== undefined) return context.close();
  if (target.dataset.jump) {
    const heading = canvas.querySelector<HTMLElement>(`#h-${target.dataset.jump}`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
    return;
  }
  if (target.dataset.editor) {
    await fetch(`/__open-in-editor?file=${encodeURIComponent(target.dataset.editor)}`);
    return;
  }
  const platform = target.dataset.copy;
  if (platform) {
    const text = (snapshot.data.social?.posts as Record<string, PostVariant> | undefined)?.[platform]?.text ?? '';
    try {
      await navigator.clipboard.writeText(text);
      target.textContent = words.copied;
    } catch {
      target.textContent = words.copyFailed;
    }
  }
}
