/** Head tag descriptors to HTML. */
import { escapeAttribute, escapeText } from './escape.ts';
import type { HeadTag } from './tags.ts';

export function renderTag(tag: HeadTag): string {
  const attributes = tag.attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  return tag.element === 'title' ? `<title${attributes}>${escapeText(tag.text ?? '')}</title>` : `<${tag.element}${attributes}>`;
}

/** One tag per line. */
export function renderTags(tags: readonly HeadTag[]): string {
  return tags.map(renderTag).join('\n');
}
