/**
 * A static file server on 127.0.0.1 in its own process (the builds run with spawnSync, which
 * blocks the test's event loop, so a server inside the test process could not answer them).
 * Usage: node file-server.ts <dir> <log-file>; prints the port; appends every request path to the log.
 */
import { appendFileSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';

const [dir, log] = process.argv.slice(2) as [string, string];
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
  appendFileSync(log, `${path}\n`);
  const file = join(dir, normalize(path));
  if (!file.startsWith(dir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': file.endsWith('.png') ? 'image/png' : 'application/octet-stream' }).end(readFileSync(file));
});
server.listen(0, '127.0.0.1', () => console.log((server.address() as AddressInfo).port));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
