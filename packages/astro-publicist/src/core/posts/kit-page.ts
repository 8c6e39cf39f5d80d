/**
 * The social kit's pages as whole HTML documents: an article's page (every platform's post as a
 * preview with its length meter and copy button, the share links, the cards to download) and the
 * index of all articles. The one kit template: the build writes these strings into the output and
 * the routes serve them in `astro dev`.
 *
 * Frontmatter is untrusted: every text goes through escapeText, every attribute through
 * escapeAttribute (core/meta/escape.ts), and the copy texts travel as JSON with `<` as `\u003c`,
 * so no text can close the script.
 */
import type { Strings } from '../i18n/index.ts';
import { cardUse, unitLabel } from '../i18n/phrases.ts';
import { escapeAttribute, escapeText } from '../meta/escape.ts';
import { mention, postPlatform } from '../platforms/registry.ts';
import type { ResolvedOptions, SocialPlatform } from '../types.ts';
import { INTENT_TARGETS, intentName } from './intents.ts';
import { KIT_SCRIPT, KIT_STYLE } from './kit-style.ts';
import { kitIndexPath, postsCsvPath, postsIndexPath } from './paths.ts';
import { postImage, type PostsFile, type PostVariant } from './posts-file.ts';
import { textSegments } from './segments.ts';

/** What of the resolved options the kit shows: the site and publisher, the profiles, the URL settings. */
export type KitOptions = Pick<ResolvedOptions, 'name' | 'base' | 'trailingSlash' | 'buildFormat' | 'defaultLocale' | 'profiles' | 'publisher'>;

type AttributeValue = string | number | boolean | undefined;

/** ` name="value"` for each attribute; `true` is a bare attribute, `false` and undefined are left out. */
function attrs(values: Record<string, AttributeValue>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return out;
}

const text = escapeText;

function kitDocument(title: string, lang: string, body: string): string {
  return [
    '<!doctype html>',
    `<html${attrs({ lang })}>`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex, nofollow">',
    `<title>${text(title)}</title>`,
    `<style>${KIT_STYLE}</style>`,
    '</head>',
    '<body class="publicist-kit">',
    body,
    `<script>${KIT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** `2026-05-01 · de`: an article's date and language. */
const dateAndLang = (article: PostsFile['article']) => `<time${attrs({ datetime: article.published })}>${text(article.published.slice(0, 10))}</time> · ${text(article.lang)}`;

interface Account {
  name: string;
  handle?: string;
  avatar?: string;
}

/** One platform's post, shown the way that network shows a post, with its length meter and copy button. */
function postPreview(post: PostVariant, file: PostsFile, account: Account, words: Strings): string {
  const image = postImage(post.platform, file.cards);
  const preview = postPlatform(post.platform).post.preview ?? {};
  const imageFirst = preview.imageFirst === true;
  const picture = attrs({ src: image.path, alt: image.alt, width: image.width, height: image.height, style: `aspect-ratio: ${image.width} / ${image.height}`, loading: 'lazy' });
  const segments = textSegments(post.text, { links: !preview.plainLinks })
    .map((s) => (s.kind === 'link' ? `<a${attrs({ class: 'link', href: s.href, rel: 'noopener' })}>${text(s.text)}</a>` : s.kind === 'hashtag' ? `<span class="hashtag">${text(s.text)}</span>` : text(s.text)))
    .join('');
  const avatar = account.avatar
    ? `<img${attrs({ class: 'post-avatar', src: account.avatar, alt: '', width: 40, height: 40 })}>`
    : `<span class="post-avatar" aria-hidden="true">${text(Array.from(account.name)[0] ?? '')}</span>`;
  const intent = file.intents[post.platform as keyof PostsFile['intents']] as string | undefined;
  return [
    `<article${attrs({ class: `post post--${post.platform}`, 'data-platform': post.platform })}>`,
    `<h3 class="post-label">${text(post.name)}<small>${post.truncated ? text(words.kitShortened) : ''}${post.override ? text(words.kitHandWritten) : ''}</small></h3>`,
    '<div class="post-frame">',
    `<div class="post-head">${avatar}<span class="post-who"><b>${text(account.name)}</b>${account.handle ? `<span>${text(account.handle)}</span>` : ''}</span></div>`,
    imageFirst ? `<div class="post-card"><img${picture}></div>` : '',
    `<p class="post-text" data-post-text>${segments}</p>`,
    imageFirst ? '' : `<a${attrs({ class: 'post-card', href: post.link, rel: 'noopener' })}><img${picture}><div><small>${text(new URL(post.link).hostname)}</small>${text(file.article.title)}</div></a>`,
    '</div>',
    post.platform === 'instagram' ? `<p class="post-bio-link">${text(words.kitLinkInBio)}: <a${attrs({ href: post.link, rel: 'noopener', 'data-link-in-bio': true })}>${text(post.link)}</a></p>` : '',
    // Green up to the limit, red only over it (optimum at 0, low = high = the limit).
    `<div class="post-meter"><meter${attrs({ min: 0, max: Math.max(post.limit, post.length), value: post.length, low: post.limit, high: post.limit, optimum: 0 })}></meter><span data-length>${post.length} / ${post.limit} ${text(unitLabel(words, post.unit))}</span></div>`,
    '<div class="post-actions">',
    `<button${attrs({ type: 'button', 'data-copy': post.platform, 'data-copied': words.kitCopied, 'data-failed': words.kitCopyFailed })}><span data-label>${text(words.kitCopy)}</span></button>`,
    intent ? `<a${attrs({ href: intent, rel: 'noopener', target: '_blank' })}>${text(words.kitShareOn)} ${text(post.name)}</a>` : '',
    '</div>',
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The kit page of one article (`/social/<collection>/<id>/`). */
export function kitPageHtml(file: PostsFile, options: KitOptions, words: Strings): string {
  const { article } = file;
  const profiles: Readonly<Record<string, unknown>> = options.profiles;
  const handle = (platform: string) => (typeof profiles[platform] === 'string' ? profiles[platform] : undefined);
  // Site-relative, so the kit also works on a preview or staging host.
  const logo = options.publisher.logoPath ? `${options.base}${options.publisher.logoPath.replace(/^\//, '')}` : undefined;
  const posts = Object.values(file.posts) as PostVariant[];
  // The exact texts the copy buttons put on the clipboard; `<` escaped so no text can close the script.
  const texts = JSON.stringify(Object.fromEntries(posts.map((post) => [post.platform, post.text]))).replace(/</g, '\\u003c');
  const fileName = (path: string) => path.split('/').pop();
  const body = [
    '<header class="kit-header">',
    `<p><a${attrs({ href: kitIndexPath(options) })}>${text(words.kitTitle)}</a></p>`,
    `<h1>${text(article.title)}</h1>`,
    `<p>${text(article.description)}</p>`,
    `<p><small>${text(words.kitPublished)}: ${dateAndLang(article)}</small></p>`,
    `<div class="kit-links"><a${attrs({ href: article.url })}>${text(words.kitOpenArticle)}</a> <a${attrs({ href: file.file })}>${text(words.kitJson)}</a> <a${attrs({ href: postsCsvPath(options.base) })}>${text(words.kitCsv)}</a></div>`,
    '</header>',
    '<section class="kit-section">',
    `<h2>${text(words.kitPosts)}</h2>`,
    '<div class="kit-grid">',
    ...posts.map((post) => postPreview(post, file, { name: options.publisher.name, handle: mention(post.platform, handle(post.platform)), avatar: logo }, words)),
    '</div>',
    '</section>',
    '<section class="kit-section">',
    `<h2>${text(words.kitShareLinks)}</h2>`,
    '<ul class="kit-intents">',
    ...INTENT_TARGETS.map((target) => `<li><a${attrs({ href: file.intents[target], rel: 'noopener', target: '_blank', 'data-intent': target })}>${text(intentName(target))}</a></li>`),
    '</ul>',
    '</section>',
    '<section class="kit-section">',
    `<h2>${text(words.kitImages)}</h2>`,
    '<div class="kit-cards">',
    ...file.cards.map(
      (card) =>
        `<figure><img${attrs({ src: card.path, alt: card.alt, width: card.width, height: card.height, loading: 'lazy' })}><figcaption><span data-card-use>${text(cardUse(words, card.variant))} · ${card.width}×${card.height}</span><a${attrs({ href: card.path, download: fileName(card.path) })}>${text(words.kitDownload)}</a></figcaption></figure>`,
    ),
    '</div>',
    '</section>',
    `<script type="application/json" id="publicist-post-texts">${texts}</script>`,
  ].join('\n');
  return kitDocument(`${words.kitTitle}: ${article.title}`, options.defaultLocale, body);
}

/** The kit's index (`/social/`): every article with its kit page and JSON, and the CSV. */
export function kitIndexHtml(files: readonly PostsFile[], options: KitOptions, words: Strings): string {
  const list = files.length === 0
    ? `<p>${text(words.kitNoArticles)}</p>`
    : [
        '<ul class="kit-list">',
        ...files.map(
          (file) =>
            `<li><a${attrs({ href: file.kit })}><b>${text(file.article.title)}</b></a><br><small>${dateAndLang(file.article)} · ${Object.keys(file.posts).length} ${text(words.kitPosts)} · <a${attrs({ href: file.file })}>${text(words.kitJson)}</a></small></li>`,
        ),
        '</ul>',
      ].join('\n');
  const body = [
    '<header class="kit-header">',
    `<h1>${text(words.kitTitle)} · ${text(options.name)}</h1>`,
    `<p>${text(words.kitIntro)}</p>`,
    `<div class="kit-links"><a${attrs({ href: postsCsvPath(options.base) })}>${text(words.kitCsv)}</a> <a${attrs({ href: postsIndexPath(options.base) })}>${text(words.kitJson)}</a></div>`,
    '</header>',
    '<section class="kit-section">',
    `<h2>${text(words.kitAllArticles)}</h2>`,
    list,
    '</section>',
  ].join('\n');
  return kitDocument(`${words.kitTitle} · ${options.name}`, options.defaultLocale, body);
}
