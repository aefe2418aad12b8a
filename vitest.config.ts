import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const exclude = ['node_modules/**', 'dist/**', 'scratch/**'];

export default defineConfig({
  test: {
    exclude,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two test files at a time even on a 2-core machine (vitest's default there is one): most
    // integration files spend their time waiting on a server, the search engine or the browser
    // starting, so two overlap without starving each other. Every file has its own data
    // directories, databases and ports.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        // The unit tests beside the code: pure functions over in-memory data, no processes, no
        // environment changes. They share a worker's modules (isolate: false), so the extraction
        // data (gazetteer, name lists, NER model) is loaded once per worker, not once per file: a
        // third of the CPU time.
        extends: true,
        test: {
          name: 'unit',
          include: ['**/*.test.ts', '**/*.test.tsx'],
          exclude: [...exclude, 'test/**'],
          isolate: false,
        },
      },
      {
        // The integration tests: each file in a process of its own. One PGlite initdb for the whole
        // run, copied into each fresh data directory (test/global-setup.ts).
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          globalSetup: ['test/global-setup.ts'],
        },
      },
    ],
  },
});
