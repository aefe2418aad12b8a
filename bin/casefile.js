#!/usr/bin/env node
// Entry point for `npx casefile`: runs the compiled CLI (built by `npm ci` through `prepare`).
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
