/** Dates with their time zone: ISO 8601 with the site zone's offset. */
import type { ArticleDate } from '../types.ts';
import { once } from '../i18n/intl.ts';

/** The wall-clock parts of an instant in a time zone (one formatter per zone: every article date asks). */
const zoneFormat = (timeZone: string) =>
  once(`zone-parts|${timeZone}`, () => new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }));

/** Remembered by zone and second (`once`): articles share dates, and each date asks up to three times. */
function offsetMinutes(date: Date, timeZone: string): number {
  const second = Math.floor(date.getTime() / 1000);
  return once(`zone-offset|${timeZone}|${second}`, () => {
    const parts = Object.fromEntries(
      zoneFormat(timeZone)
        .formatToParts(date)
        .map((p) => [p.type, p.value]),
    );
    const asUtc = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
    return Math.round((asUtc - second * 1000) / 60000);
  });
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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * What is wrong with a written calendar date (`2026-02-30`), or undefined when it exists. YAML
 * and `new Date()` roll impossible dates over silently (30 February becomes 2 March).
 */
export function calendarDateProblem(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `${MONTHS[month - 1]} ${year} has ${days} days`;
  return undefined;
}

/** The date a text begins with (`2026-02-30`, `2026-02-30T09:30:00+01:00`), checked; undefined when it is no such text or the date exists. */
export function writtenDateProblem(text: string): { written: string; problem: string } | undefined {
  const match = /^\s*["']?(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
  if (!match) return undefined;
  const problem = calendarDateProblem(Number(match[1]), Number(match[2]), Number(match[3]));
  return problem ? { written: `${match[1]}-${match[2]}-${match[3]}`, problem } : undefined;
}
