/** A post's text cut into plain, link and hashtag runs, for previews that look like the network's own. */
import { findHashtags } from './hashtags.ts';
import { findLinks } from './links.ts';

export interface TextSegment {
  kind: 'text' | 'link' | 'hashtag';
  text: string;
  /** Where a link goes. */
  href?: string;
}

export function textSegments(text: string, options: { links: boolean } = { links: true }): TextSegment[] {
  const marks = [
    ...(options.links ? findLinks(text).map((l) => ({ start: l.start, end: l.end, kind: 'link' as const, href: l.withProtocol ? l.url : `https://${l.url}` })) : []),
    ...findHashtags(text).map((h) => ({ start: h.start, end: h.end, kind: 'hashtag' as const, href: undefined })),
  ].sort((a, b) => a.start - b.start);
  const segments: TextSegment[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue;
    if (mark.start > at) segments.push({ kind: 'text', text: text.slice(at, mark.start) });
    segments.push({ kind: mark.kind, text: text.slice(mark.start, mark.end), href: mark.href });
    at = mark.end;
  }
  if (at < text.length) segments.push({ kind: 'text', text: text.slice(at) });
  return segments;
}
