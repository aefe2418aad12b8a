import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', 'dist/**', 'scratch/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One PGlite initdb for the whole run, copied into each fresh data directory (test/global-setup.ts).
    globalSetup: ['test/global-setup.ts'],
    // Two test files at a time even on a 2-core machine (vitest's default there is one): most
    // integration files spend their time waiting on a server, the search engine or the browser
    // starting, so two overlap without starving each other. Every file has its own data
    // directories, databases and ports.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
