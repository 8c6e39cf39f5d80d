/**
 * A share URL: every value encoded with encodeURIComponent (a space as %20: `+` is not decoded
 * in mailto: and by some intent pages).
 */
export function withQuery(base: string, params: Record<string, string>, separator = '?'): string {
  const query = Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
  return `${base}${separator}${query}`;
}

export const stripAt = (handle: string) => handle.replace(/^@/, '');

export function isHttpUrl(input: string): boolean {
  try {
    return /^https?:$/.test(new URL(input).protocol);
  } catch {
    return false;
  }
}
