/** Share-intent URLs that need no API key: one per network with a share link, in the registry's order. */
import { INTENT_TARGETS, sharePlatform, type IntentTarget } from '../platforms/registry.ts';
import type { ShareInput } from '../platforms/types.ts';
import { cleanLine } from '../text/clean.ts';

export { INTENT_TARGETS, type IntentTarget };

/** The network's name on a share link: `X`, `E-Mail`. */
export const intentName = (target: IntentTarget): string => sharePlatform(target).name;

/** What the share links are made from: per network its UTM link and its text (the post, or the title and link). */
export interface IntentInput extends Omit<ShareInput, 'link' | 'text'> {
  link(target: IntentTarget): string;
  text(target: IntentTarget): string;
}

export function shareIntents(input: IntentInput): Record<IntentTarget, string> {
  const { link, text, ...shared } = input;
  // Control characters and line breaks out of the title and description once, for every target.
  const clean = { ...shared, title: cleanLine(shared.title), description: cleanLine(shared.description) };
  return Object.fromEntries(
    INTENT_TARGETS.map((target) => [target, sharePlatform(target).share.url({ ...clean, link: link(target), text: text(target) })]),
  ) as Record<IntentTarget, string>;
}
