/** An error about the user's input: says where (file, field), what was expected and what was found. */
export class PublicistError extends Error {
  override name = 'PublicistError';
  readonly details: { file?: string; field?: string; line?: number };
  /**
   * Where the problem is, for Astro's error overlay and its "Location:" line. Without it Astro
   * guesses a location from the message and takes any `:00:00` in it (a time) for line and column.
   */
  readonly loc?: { file: string; line: number; column: number };
  constructor(message: string, details: { file?: string; field?: string; line?: number } = {}) {
    super(message);
    this.details = details;
    if (details.file) this.loc = { file: details.file, line: details.line ?? 1, column: 1 };
  }
}

/** Short, readable description of an untrusted value for error messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : `the date ${value.toISOString()}`;
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 77)}…"` : json;
}
