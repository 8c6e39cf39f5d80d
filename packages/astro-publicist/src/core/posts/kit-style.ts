/**
 * The social kit's own stylesheet and copy script, written into each kit page (the pages are
 * self-contained: no site styles, no bundled assets). Neither holds anything from frontmatter.
 */

export const KIT_STYLE = `
.publicist-kit {
  --ink: #1a1d24;
  --muted: #5b6270;
  --line: #dfe3ea;
  --bg: #f4f6f9;
  margin: 0;
  padding: 2rem clamp(1rem, 4vw, 3rem) 4rem;
  background: var(--bg);
  color: var(--ink);
  font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
}
.publicist-kit a { color: inherit; }
.kit-header { max-width: 72rem; margin: 0 auto 2rem; }
.kit-header h1 { margin: 0 0 0.25rem; font-size: 1.6rem; line-height: 1.25; overflow-wrap: anywhere; }
.kit-header p { margin: 0.25rem 0; color: var(--muted); }
.kit-links { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; margin-top: 0.75rem; }
.kit-section { max-width: 72rem; margin: 0 auto 2.5rem; }
.kit-section > h2 { font-size: 1.15rem; margin: 0 0 1rem; }
.kit-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr)); gap: 1.25rem; align-items: start; }
.kit-list { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.75rem; }
.kit-list li { background: #fff; border: 1px solid var(--line); border-radius: 12px; padding: 0.9rem 1.1rem; }
.kit-list small { color: var(--muted); }
.kit-cards { display: flex; flex-wrap: wrap; gap: 1rem; }
.kit-cards figure { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: 12px; padding: 0.75rem; max-width: 20rem; }
.kit-cards img { display: block; width: 100%; height: auto; border-radius: 6px; background: var(--line); }
.kit-cards figcaption { font-size: 0.85rem; color: var(--muted); margin-top: 0.5rem; display: flex; justify-content: space-between; gap: 0.5rem; }
.kit-intents { display: flex; flex-wrap: wrap; gap: 0.5rem; padding: 0; list-style: none; }
.kit-intents a { display: inline-block; padding: 0.35rem 0.8rem; border: 1px solid var(--line); border-radius: 999px; background: #fff; text-decoration: none; font-size: 0.9rem; }

.post { display: flex; flex-direction: column; gap: 0.6rem; }
.post-label { display: flex; justify-content: space-between; align-items: baseline; gap: 0.5rem; font-weight: 600; }
.post-label small { font-weight: 400; color: var(--muted); }
.post-frame { background: #fff; color: #0f1419; border: 1px solid var(--line); border-radius: 16px; padding: 0.9rem 1rem; }
.post-head { display: flex; align-items: center; gap: 0.6rem; margin-bottom: 0.5rem; }
.post-avatar { width: 2.5rem; height: 2.5rem; border-radius: 50%; background: #c9ced8; object-fit: cover; display: grid; place-items: center; font-weight: 700; color: #fff; flex: none; }
.post-who { display: flex; flex-direction: column; line-height: 1.2; min-width: 0; }
.post-who b { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.post-who span { color: #536471; font-size: 0.9rem; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.post-text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; font: inherit; font-size: 0.95rem; }
.post-text .link, .post-text .hashtag { color: var(--accent, #1d9bf0); text-decoration: none; }
.post-card { display: block; margin-top: 0.75rem; border: 1px solid var(--line); border-radius: 12px; overflow: hidden; color: inherit; text-decoration: none; }
.post-card img { display: block; width: 100%; height: auto; object-fit: cover; background: var(--line); }
.post-card div { padding: 0.5rem 0.75rem; font-size: 0.85rem; }
.post-card small { color: #536471; display: block; }
.post-bio-link { margin: 0; font-size: 0.85rem; color: var(--muted); overflow-wrap: anywhere; }
.post-meter { display: flex; align-items: center; gap: 0.6rem; font-size: 0.85rem; color: var(--muted); }
.post-meter meter { flex: 1; height: 0.6rem; }
.post-actions { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
.post-actions button, .post-actions a { font: inherit; font-size: 0.9rem; padding: 0.4rem 0.9rem; border-radius: 999px; border: 1px solid var(--ink); background: var(--ink); color: #fff; cursor: pointer; text-decoration: none; }
.post-actions a { background: #fff; color: var(--ink); border-color: var(--line); }
.post-actions button[data-state='copied'] { background: #1a7f37; border-color: #1a7f37; }
.post-actions button[data-state='failed'] { background: #b42318; border-color: #b42318; }

.post--x { --accent: #1d9bf0; }
.post--x .post-frame { border-radius: 0; border-color: #eff3f4; }
.post--bluesky { --accent: #1083fe; }
.post--bluesky .post-frame { border-radius: 8px; border-color: #d4dbe2; }
.post--mastodon { --accent: #8c8dff; }
.post--mastodon .post-frame { background: #282c37; color: #ecf0f4; border-color: #393f4f; border-radius: 8px; }
.post--mastodon .post-who span, .post--mastodon .post-card small { color: #9baec8; }
.post--mastodon .post-card { border-color: #393f4f; }
.post--threads { --accent: #0095f6; }
.post--threads .post-frame { border-radius: 0; border-width: 0 0 1px; }
.post--linkedin { --accent: #0a66c2; }
.post--linkedin .post-frame { border-radius: 8px; }
.post--linkedin .post-avatar { border-radius: 4px; }
.post--facebook { --accent: #0866ff; }
.post--facebook .post-frame { border-radius: 8px; box-shadow: 0 1px 2px rgb(0 0 0 / 0.2); border: 0; }
.post--instagram { --accent: #00376b; }
.post--instagram .post-avatar { box-shadow: 0 0 0 2px #fff, 0 0 0 4px #d62976; }
`;

/** Copy a post's exact text (from the page's JSON, not from the rendered preview). */
export const KIT_SCRIPT = `
document.addEventListener('click', async (event) => {
  const button = event.target instanceof Element ? event.target.closest('button[data-copy]') : null;
  if (!button) return;
  const texts = JSON.parse(document.getElementById('publicist-post-texts').textContent);
  const label = button.querySelector('[data-label]');
  try {
    await navigator.clipboard.writeText(texts[button.dataset.copy]);
    button.dataset.state = 'copied';
    label.textContent = button.dataset.copied;
  } catch {
    button.dataset.state = 'failed';
    label.textContent = button.dataset.failed;
  }
});
`;
