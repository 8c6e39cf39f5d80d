/** Last step of the build: record which sources dist/ was compiled from (see source-hash.ts). */
import { renameSync, writeFileSync } from 'node:fs';
import { SOURCE_HASH_FILE, sourceHash } from './source-hash.ts';

writeFileSync(`${SOURCE_HASH_FILE}.tmp`, sourceHash());
renameSync(`${SOURCE_HASH_FILE}.tmp`, SOURCE_HASH_FILE);
