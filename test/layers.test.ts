// The layer rules of eslint.config.js fail the lint when an import runs upward or sideways, or when
// SQL is built outside store/. Each case lints an invented file placed in a folder, as a new file
// there would be; the imports need not exist, the rule reads the specifier.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('layer rules', () => {
  it.each([
    ['core/probe.ts', "import { openDb } from '../store/db.js';"],
    ['core/deep/probe.ts', "import { x } from '../../ingest/extract/dates.js';"],
    ['store/probe.ts', "import { x } from '../search/query.js';"],
    ['search/probe.ts', "import { x } from '../ingest/extract/extract.js';"],
    ['case/probe.ts', "import { x } from '../ingest/people/stage.js';"],
    ['cite/probe.ts', "import type { X } from '../case/people.js';"],
    ['ingest/extract/probe.ts', "import { x } from '../../api/app.js';"],
    ['ingest/ocr/probe.ts', "import { x } from '../../cli/main.js';"],
    ['api/probe.ts', "import { x } from '../web/layout.js';"],
    ['web/probe.tsx', "import { x } from '../api/users.js';"],
    ['web/probe.tsx', "import { x } from '../ingest/ocr/raster.js';"],
    ['http/probe.ts', "import { x } from '../server/app.js';"],
  ])('%s may not import %s', async (file, code) => {
    expect(await layerErrors(file, code)).toHaveLength(1);
  });

  it.each([
    ['ingest/claims/probe.ts', "import { sql } from 'drizzle-orm';"],
    ['case/probe.ts', "import { eq } from 'drizzle-orm';"],
    ['cli/probe.ts', "import { migrate } from 'drizzle-orm/pglite/migrator';"],
  ])('%s may not build SQL: %s', async (file, code) => {
    const errors = await layerErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/store\//);
  });

  it.each([
    ['core/probe.ts', "import fs from 'node:fs';"],
    [
      'store/probe.ts',
      "import { eq } from 'drizzle-orm';\nimport { x } from '../core/data.js';\nimport { y } from '../schema/tables.js';",
    ],
    [
      'ingest/extract/probe.ts',
      "import { x } from '../../search/keys.js';\nimport { y } from '../../case/geo.js';\nimport { z } from './dates.js';",
    ],
    [
      'api/probe.ts',
      "import { x } from '../ingest/pipeline.js';\nimport { y } from '../http/auth.js';",
    ],
    [
      'server/probe.ts',
      "import { x } from '../api/routes.js';\nimport { y } from '../web/routes.js';",
    ],
    ['cli/probe.ts', "import { x } from '../server/app.js';"],
  ])('%s may import what lies below: %s', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});
