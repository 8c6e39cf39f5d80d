/** Dates with their time zone: ISO 8601 with the site zone's offset. */
import type { ArticleDate } from '../types.ts';

function offsetMinutes(date: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/**
 * A frontmatter date without a time (`2026-03-01`) arrives as midnight UTC; it means midnight
 * where the site is, so it is moved to that instant in `timeZone`.
 */
export function localizeDateOnly(date: Date, timeZone: string): Date {
  if (date.getUTCHours() || date.getUTCMinutes() || date.getUTCSeconds() || date.getUTCMilliseconds()) return date;
  const guess = new Date(date.getTime() - offsetMinutes(date, timeZone) * 60000);
  // Correct once more in case the offset at the guessed instant differs (a DST change at midnight).
  return new Date(date.getTime() - offsetMinutes(guess, timeZone) * 60000);
}

export function isoWithOffset(date: Date, timeZone: string): string {
  const offset = offsetMinutes(date, timeZone);
  const local = new Date(Math.floor(date.getTime() / 1000) * 1000 + offset * 60000);
  const sign = offset < 0 ? '-' : '+';
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

export function articleDate(date: Date, timeZone: string): ArticleDate {
  const localized = localizeDateOnly(date, timeZone);
  return { date: localized, iso: isoWithOffset(localized, timeZone) };
}
