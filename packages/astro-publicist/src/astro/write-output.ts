/** Writing a file into the build output: through a temporary file renamed into place, so no reader sees half a file. */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function writeAtomically(file: string, data: string | Uint8Array): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, file);
}

/** Writes many files, making each folder once. */
export class OutputWriter {
  private readonly made = new Set<string>();

  write(file: string, data: string | Uint8Array): void {
    const dir = dirname(file);
    if (!this.made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.made.add(dir);
    }
    writeAtomically(file, data);
  }
}
