/** The statistics both benchmarks print: median (min–max) of repeated rounds, and a busy-machine flag. */

/** (max − min) / median above this: the machine was too busy to call the result. */
export const WIDE_SPREAD = 0.3;

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** `median (min–max)`. */
export const fmt = (xs: number[], digits = 1) => `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;

/** More than one round, and they differ by more than WIDE_SPREAD of their median. */
export const tooWide = (xs: number[]) => xs.length > 1 && (Math.max(...xs) - Math.min(...xs)) / median(xs) > WIDE_SPREAD;
