/**
 * A WOFF 1.0 file unpacked into the TrueType/OpenType file it wraps, each table inflated once with
 * Node's zlib; other formats are returned as they are. fontkit would otherwise inflate WOFF tables
 * in JavaScript (tiny-inflate) as it reads them: ~2× the time of the first layout with Inter.
 */
import { inflateSync } from 'node:zlib';

export function unpackWoff(data: Buffer): Buffer {
  if (data.length < 44 || data.toString('latin1', 0, 4) !== 'wOFF') return data;
  const count = data.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const [offset, compressed, length] = [data.readUInt32BE(at + 4), data.readUInt32BE(at + 8), data.readUInt32BE(at + 12)];
    const stored = data.subarray(offset, offset + compressed);
    if (stored.length !== compressed) throw new RangeError(`table ${data.toString('latin1', at, at + 4)} ends past the end of the file`);
    return { tag: data.subarray(at, at + 4), checksum: data.readUInt32BE(at + 16), bytes: compressed < length ? inflateSync(stored) : stored };
  });
  // The sfnt header: the wrapped font's flavor, the table count and the binary-search fields.
  const header = Buffer.alloc(12 + 16 * count);
  const entrySelector = Math.floor(Math.log2(count));
  data.copy(header, 0, 4, 8);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(16 * 2 ** entrySelector, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(16 * count - 16 * 2 ** entrySelector, 10);
  const chunks: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((table, i) => {
    table.tag.copy(header, 12 + i * 16);
    header.writeUInt32BE(table.checksum, 16 + i * 16);
    header.writeUInt32BE(offset, 20 + i * 16);
    header.writeUInt32BE(table.bytes.length, 24 + i * 16);
    const padded = Buffer.alloc((table.bytes.length + 3) & ~3);
    table.bytes.copy(padded);
    chunks.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(chunks);
}
