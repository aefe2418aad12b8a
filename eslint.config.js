import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers of the code, lowest first, and what each top-level folder may import of ours.
 * Imports run one way, from the edges (cli, server, api, web) down to core; a folder never
 * imports one beside or above it. no-restricted-imports turns each rule into a lint error.
 */
export const LAYERS = {
  core: [],
  schema: ['core'],
  store: ['core', 'schema'],
  search: ['core', 'schema', 'store'],
  cite: ['core', 'schema', 'store', 'search'],
  case: ['core', 'schema', 'store', 'search', 'cite'],
  ingest: ['core', 'schema', 'store', 'search', 'cite', 'case'],
  http: ['core', 'schema', 'store', 'search', 'cite', 'case'],
  web: ['core', 'schema', 'store', 'search', 'cite', 'case', 'http'],
  api: ['core', 'schema', 'store', 'search', 'cite', 'case', 'ingest', 'http'],
  server: ['core', 'schema', 'store', 'search', 'cite', 'case', 'ingest', 'http', 'api', 'web'],
  cli: [
    'core',
    'schema',
    'store',
    'search',
    'cite',
    'case',
    'ingest',
    'http',
    'api',
    'web',
    'server',
  ],
};
const EDGES = [
  'cli',
  'server',
  'api',
  'web',
  'http',
  'ingest',
  'case',
  'cite',
  'search',
  'store',
  'schema',
  'core',
  'bench',
  'test',
  'scripts',
];

function layerRules() {
  return Object.entries(LAYERS).map(([folder, allowed]) => {
    const forbidden = EDGES.filter((f) => f !== folder && !allowed.includes(f));
    const patterns = forbidden.map((f) => ({
      group: [`**/${f}/**`, `../${f}`, `../../${f}`, `../../../${f}`],
      message: `${folder}/ may import only ${allowed.join(', ') || 'nothing of ours'} (see LAYERS in eslint.config.js).`,
    }));
    // SQL lives in store/: nothing else builds queries.
    if (folder !== 'store' && folder !== 'schema')
      patterns.push({
        group: ['drizzle-orm', 'drizzle-orm/*'],
        message: 'SQL lives in store/: call a store function.',
      });
    return {
      files: [`${folder}/**/*.{ts,tsx}`],
      ignores: ['**/*.test.ts', '**/*.test.tsx'],
      rules: { 'no-restricted-imports': ['error', { patterns }] },
    };
  });
}

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'scratch/',
      'schema/migrations/',
      'test-artifacts/',
      'casefile-data/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        performance: 'readonly',
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        fetch: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-control-regex': 'off',
      'no-console': 'error',
    },
  },
  // The web UI's small client scripts run in the browser.
  {
    files: ['web/static/**/*.js'],
    languageOptions: {
      globals: {
        document: 'readonly',
        window: 'readonly',
        fetch: 'readonly',
        FormData: 'readonly',
        setTimeout: 'readonly',
      },
    },
  },
  ...layerRules(),
  // Tests, benchmarks and scripts reach the database through store/ functions too.
  {
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.mjs'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['drizzle-orm', 'drizzle-orm/*'],
              message: 'SQL lives in store/: call a store function.',
            },
          ],
        },
      ],
    },
  },
  // The benchmarks' job is to print their figures.
  { files: ['bench/**'], rules: { 'no-console': 'off' } },
);
