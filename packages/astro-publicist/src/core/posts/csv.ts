/**
 * RFC 4180 CSV: CRLF line ends; a field is quoted when it holds a comma, quote, CR or LF, quotes doubled.
 * Spreadsheets run a cell that starts with `=`, `+`, `-`, `@`, TAB or CR as a formula (OWASP "CSV
 * injection"); by default such a cell gets a leading `'`, which spreadsheets show as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export interface CsvOptions {
  /** Neutralise cells a spreadsheet would run as a formula (default true). */
  escapeFormulas?: boolean;
}

/** `=1+1` → `'=1+1`: the cell a spreadsheet shows as text instead of running it. */
function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function field(value: string, escapeFormulas: boolean): string {
  const cell = escapeFormulas ? neutraliseFormula(value) : value;
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

export function toCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  const escapeFormulas = options.escapeFormulas ?? true;
  return rows.map((row) => row.map((value) => field(value, escapeFormulas)).join(',')).join('\r\n') + '\r\n';
}
