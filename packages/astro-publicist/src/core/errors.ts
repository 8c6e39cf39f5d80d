/** An error about the user's input: says where (file, field), what was expected and what was found. */
export class PublicistError extends Error {
  override name = 'PublicistError';
  readonly details: { file?: string; field?: string };
  constructor(message: string, details: { file?: string; field?: string } = {}) {
    super(message);
    this.details = details;
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
