#!/usr/bin/env -S GLIBC_TUNABLES=glibc.malloc.mmap_threshold=262144:${GLIBC_TUNABLES} node
// Entry point for `npx casefile`: runs the compiled CLI (built by `npm ci` through `prepare`).
// The first line starts Node with glibc's malloc mapping every block of 256 KiB or more apart and
// unmapping it when freed. By default glibc raises that threshold to the size of the first large
// block freed, and later rasters and page images (megabytes each, made and freed by the main thread,
// the PDF threads, the OCR workers and sharp's threads) are carved from per-thread arenas that
// fragmentation keeps from shrinking: a 100-page scanned batch held ~0.5 GB of such arenas (measured
// from /proc/PID/smaps), 0.06 GB with this. A GLIBC_TUNABLES of the user's own comes after, and wins.
// Run as `node bin/casefile.js`, the line is a comment and glibc keeps its defaults.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write(
    'casefile: not built yet. Run `npm ci` (or `npm run build`) in the Casefile folder first.\n',
  );
  process.exit(2);
}
await import(main.href);
