#!/usr/bin/env node
// Re-runs entity extraction (the built dist/) over the pages of an existing export and scores it:
//   node scripts/eval-extraction.mjs export.jsonl [../shared/corpus/dev/gold.json] [--type date] [--out new.jsonl]
// Fast iteration on extractors without OCRing again. Prints the scorer's table.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { extractDocumentPages } = await import(path.join(root, 'dist/ingest/extract/document.js'));
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const type = opt('--type');
const out = opt('--out') ?? path.join(os.tmpdir(), `casefile-eval-${process.pid}.jsonl`);
const [input, gold = path.join(root, '../shared/corpus/dev/gold.json')] = args;
const lines = fs
  .readFileSync(input, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const t0 = performance.now();
let pages = 0;
for (const doc of lines) {
  pages += doc.pages.length;
  doc.entities = extractDocumentPages(
    doc.pages.map((p) => ({ page: p.page, text: p.text, words: null })),
  )
    .filter((e) => !type || e.type === type)
    .map(({ type: t, text, normalized, page, start, end }) => ({
      type: t,
      text,
      normalized,
      page,
      start,
      end,
    }));
}
const seconds = (performance.now() - t0) / 1000;
fs.writeFileSync(out, lines.map((d) => JSON.stringify(d)).join('\n') + '\n');
const scorer = fs.realpathSync(path.join(path.dirname(gold), '../../eval/score.mjs'));
process.stdout.write(
  execFileSync(process.execPath, [scorer, out, gold], { encoding: 'utf8' }).split('\nCER by')[0] +
    '\n',
);
process.stdout.write(
  `extraction: ${pages} pages in ${seconds.toFixed(2)} s; export with entities: ${out}\n`,
);
