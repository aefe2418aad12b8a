// The corpus-leak check of ../shared/eval/leaks.mjs over the source tree: no person, claim phrase or
// gold-form organization name of an evaluation corpus may stand in product code, data or comments.
// And the check itself is tested: a corpus name added to a source file is found.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runNode } from './cli.js';

const root = path.resolve(import.meta.dirname, '..');
const leaks = path.resolve(root, '../shared/eval/leaks.mjs');
const corpus = path.resolve(root, '../shared/corpus');
const available = fs.existsSync(leaks) && fs.existsSync(corpus);

describe.skipIf(!available)('corpus leaks', () => {
  it('finds no text of the evaluation corpora in the product', async () => {
    const r = await runNode(leaks, [root]);
    expect(r.stdout).toMatch(/^0 corpus strings in code/m);
    expect(r.code).toBe(0);
  });

  it('fails when a corpus person is written into a source file', async () => {
    // A person of the first corpus's gold, written into a copy of a small source tree.
    const gold = JSON.parse(
      fs.readFileSync(
        path.join(
          corpus,
          fs.readdirSync(corpus).find((d) => fs.existsSync(path.join(corpus, d, 'gold.json')))!,
          'gold.json',
        ),
        'utf8',
      ),
    ) as {
      people?: Array<{ canonical: string }>;
    };
    const name = gold.people?.find((p) => /\s/.test(p.canonical))?.canonical;
    expect(name).toBeTruthy();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-leak-'));
    try {
      fs.mkdirSync(path.join(dir, 'ingest'));
      fs.writeFileSync(path.join(dir, 'ingest', 'clean.ts'), 'export const greeting = "hello";\n');
      expect((await runNode(leaks, [dir])).code).toBe(0);
      fs.writeFileSync(
        path.join(dir, 'ingest', 'fitted.ts'),
        `// e.g. ${name}\nexport const x = 1;\n`,
      );
      const r = await runNode(leaks, [dir]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('fitted.ts:1');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
