/**
 * The dev toolbar app's words: the `toolbar*` strings and the social kit's copy and share labels it
 * shares. The data route sends them resolved (language and user overrides applied), so the browser
 * bundle carries no translation table.
 */
import { STRING_KEYS, type Strings } from './index.ts';

const SHARED_KIT_KEYS = ['kitCopy', 'kitCopied', 'kitCopyFailed', 'kitShareOn', 'kitPosts'] as const;

export type ToolbarStrings = Pick<Strings, Extract<keyof Strings, `toolbar${string}`> | (typeof SHARED_KIT_KEYS)[number]>;

const TOOLBAR_KEYS: readonly (keyof ToolbarStrings)[] = [
  ...STRING_KEYS.filter((key): key is Extract<keyof Strings, `toolbar${string}`> => key.startsWith('toolbar')),
  ...SHARED_KIT_KEYS,
];

/** The toolbar's part of one language's resolved strings. */
export function toolbarStrings(all: Strings): ToolbarStrings {
  return Object.fromEntries(TOOLBAR_KEYS.map((key) => [key, all[key]])) as unknown as ToolbarStrings;
}
