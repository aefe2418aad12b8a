#!/usr/bin/env node
// Scores entity extraction (the built dist/) on a converted public NER test set (see
// /work/shared/eval/external/README.md): each plain-text file of DIR/files is one page; the entities
// are scored by their surface text (surface-export.mjs) against DIR/gold.json.
//   node scripts/eval-external.mjs DIR [EVAL_DIR=../shared/eval] [--ner-only]
// --ner-only scores the NER model's spans alone (findNamedEntities), without the rules.
/* eslint-disable no-console -- a command-line tool: printing its figures is its job */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const nerOnly = args.includes('--ner-only');
const [dir, evalArg = path.resolve(root, '../shared/eval')] = args.filter(
  (a) => !a.startsWith('--'),
);
// The scorer runs only when started by its real path: ../shared is often a symbolic link.
const evalDir = fs.realpathSync(evalArg);
const { extractDocumentPages } = await import(path.join(root, 'dist/ingest/extract/document.js'));
const { findNamedEntities } = await import(path.join(root, 'dist/ingest/extract/ner.js'));

const files = fs.readdirSync(path.join(dir, 'files')).sort();
const t0 = performance.now();
const docs = files.map((filename) => {
  const text = fs.readFileSync(path.join(dir, 'files', filename), 'utf8');
  const entities = nerOnly
    ? findNamedEntities(text).map((e) => ({ ...e, text: text.slice(e.start, e.end), page: 1 }))
    : extractDocumentPages([{ page: 1, text, words: null }]).map(
        ({ type, text: t, normalized, page, start, end }) => ({
          type,
          text: t,
          normalized,
          page,
          start,
          end,
        }),
      );
  return { filename, pages: [{ page: 1, text }], entities };
});
const seconds = (performance.now() - t0) / 1000;
const tmp = path.join(os.tmpdir(), `casefile-external-${process.pid}.jsonl`);
fs.writeFileSync(tmp, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
const surface = execFileSync(
  process.execPath,
  [path.join(evalDir, 'external/surface-export.mjs'), tmp],
  { encoding: 'utf8', maxBuffer: 1 << 28 },
);
fs.writeFileSync(tmp, surface);
const out = execFileSync(
  process.execPath,
  [path.join(evalDir, 'score.mjs'), tmp, path.join(dir, 'gold.json')],
  { encoding: 'utf8', maxBuffer: 1 << 28 },
);
console.log(out.split('\nCER by')[0]);
console.log(`extraction: ${files.length} pages in ${seconds.toFixed(2)} s; export: ${tmp}`);
