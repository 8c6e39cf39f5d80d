/** What the dev toolbar app and its dev-only data route agree on (imported on both sides, so no Node APIs). */
import type { ToolbarStrings } from '../../core/i18n/toolbar.ts';
import type { PostsFile } from '../../core/posts/posts-file.ts';

export const TOOLBAR_APP_ID = 'astro-publicist';
/** Served in `astro dev` only: `?path=/artikel/foo/` gives that page's article data. */
export const TOOLBAR_DATA_ROUTE = '/_publicist/toolbar.json';
/** Sent by the server when a content file is saved. */
export const CONTENT_CHANGED_EVENT = 'astro-publicist:content-changed';

export interface ToolbarFinding {
  file: string;
  field: string;
  expected: string;
  found: string;
  level: 'error' | 'warning';
  /** Where the field stands in the source, for the editor link. */
  editor?: { file: string; line: number };
}

export interface ToolbarData {
  /** Milliseconds since a content file was last saved (the page may not show it yet), if one was. */
  msSinceSave?: number;
  /** The site's language (the panel's `lang`, number and time formats). */
  lang: string;
  /** The app's words in the site's language, the user's `strings` applied (core/i18n). */
  words: ToolbarStrings;
  descriptionLimits: { min: number; max: number };
  article?: {
    file: string;
    /** Absolute path, for the editor link. */
    absoluteFile: string;
    url: string;
    draft: boolean;
    /** 1-based line of each top-level frontmatter key. */
    lines: Record<string, number>;
  };
  /** The same data as `/social/<slug>.json`, when posts are on. */
  social?: PostsFile;
  /** Why the posts could not be composed (a hand-written post over the limit, say). */
  postsError?: string;
  /** The report's findings for this article. */
  findings: ToolbarFinding[];
}
