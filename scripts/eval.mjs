#!/usr/bin/env node
// npm run eval: ingests every test corpus (a folder with files/ and gold.json; by default each of
// ../shared/corpus/*/) on a fresh data directory with the built CLI, exports, scores with the shared
// scorer and prints one table with the corpora side by side: entity P/R/F1 per type, OCR CER by
// render, people pairwise F1, claims F1, contradictions recall/precision.
//
//   npm run eval                         every corpus under ../shared/corpus
//   npm run eval -- DIR [DIR ...]        these corpora (also public NER sets converted by
//                                        ../shared/eval/external; scored by surface with --surface)
//   npm run eval -- --json               one JSON object instead of the table
//   npm run eval -- --keep DIR           keep each corpus's data directory and exports under DIR
//   npm run eval -- --reuse DIR          skip ingest: copy each corpus's data kept by --keep under DIR,
//                                        run extraction, claims and people again on its stored pages
//                                        (what a change to those stages alone needs; OCR is not rerun)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared');
const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args.splice(i, 1), true) : false;
};
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const asJson = flag('--json');
const surface = flag('--surface');
const keep = option('--keep');
const reuse = option('--reuse');

const corpusDir = path.join(shared, 'corpus');
const corpora = args.length
  ? args.map((a) => path.resolve(a))
  : fs
      .readdirSync(corpusDir)
      .map((d) => path.join(corpusDir, d))
      .filter((d) => fs.existsSync(path.join(d, 'gold.json')))
      .sort();
if (!corpora.length) {
  process.stderr.write(`no corpus found (looked in ${corpusDir})\n`);
  process.exit(2);
}
// The scorer only runs as a script when its own URL equals argv[1]: use its real path.
const scorer = fs.realpathSync(path.join(shared, 'eval/score.mjs'));
const surfaceExport = fs.realpathSync(path.join(shared, 'eval/external/surface-export.mjs'));
const cli = path.join(root, 'bin/casefile.js');

function run(file, argv, env = {}) {
  return execFileSync(process.execPath, [file, ...argv], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, DATABASE_URL: '', CASEFILE_DATA: '', CASEFILE_SEARCH: 'off', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

const lastJson = (out) => JSON.parse(out.trim().split('\n').at(-1));

function evaluate(dir) {
  const name = path.basename(dir);
  const work = keep
    ? path.join(path.resolve(keep), name)
    : fs.mkdtempSync(path.join(os.tmpdir(), `casefile-eval-${name}-`));
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  const data = path.join(work, 'data');
  const gold = path.join(dir, 'gold.json');
  const started = performance.now();
  if (reuse) {
    fs.cpSync(path.join(path.resolve(reuse), name, 'data'), data, { recursive: true });
    run(cli, ['extract', '--data', data]);
  } else {
    try {
      execFileSync(process.execPath, [cli, 'ingest', '--data', data, path.join(dir, 'files')], {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, DATABASE_URL: '', CASEFILE_DATA: '', CASEFILE_SEARCH: 'off' },
      });
    } catch {
      // Exit 1 means some file failed: that is scored, not fatal.
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const exported = path.join(work, 'export.jsonl');
  run(cli, ['export', '--data', data, '--out', exported]);
  let scored = exported;
  if (surface) {
    scored = path.join(work, 'export.surface.jsonl');
    fs.writeFileSync(scored, run(surfaceExport, [exported]));
  }
  const entities = lastJson(run(scorer, [scored, gold, '--json']));
  const goldData = JSON.parse(fs.readFileSync(gold, 'utf8'));
  let caseScores;
  if (goldData.people?.length || goldData.claims?.length) {
    const caseFile = path.join(work, 'case.json');
    run(cli, ['export', '--case', '--data', data, '--out', caseFile]);
    caseScores = lastJson(run(scorer, ['--case', caseFile, gold, '--json']));
  }
  if (!keep) fs.rmSync(work, { recursive: true, force: true });
  return { name, seconds, entities, case: caseScores };
}

const results = [];
for (const dir of corpora) {
  process.stderr.write(`eval: ${path.basename(dir)} …\n`);
  results.push(evaluate(dir));
}

if (asJson) {
  process.stdout.write(`${JSON.stringify(results)}\n`);
  process.exit(0);
}

const f3 = (x) => (x === undefined || x === null ? '–' : x.toFixed(3));
const rows = [];
const types = ['person', 'place', 'date', 'organization', 'passport'];
for (const t of types) {
  rows.push([
    `${t} F1 (P / R)`,
    ...results.map((r) => {
      const s = r.entities.entities[t];
      return s ? `${f3(s.f1)} (${f3(s.precision)} / ${f3(s.recall)})` : '–';
    }),
  ]);
}
for (const render of ['scan', 'photo', 'born-digital', 'text']) {
  rows.push([
    `CER ${render}, mean of pages`,
    ...results.map((r) => (r.entities.cer[render] ? f3(r.entities.cer[render].mean) : '–')),
  ]);
}
rows.push([
  'people, pairwise F1 (P / R)',
  ...results.map((r) => {
    const p = r.case?.people?.pairwise;
    return p ? `${f3(p.f1)} (${f3(p.precision)} / ${f3(p.recall)})` : '–';
  }),
]);
rows.push([
  'claims, loose F1 (P / R)',
  ...results.map((r) => {
    const c = r.case?.claims?.loose;
    return c ? `${f3(c.f1)} (${f3(c.precision)} / ${f3(c.recall)})` : '–';
  }),
]);
rows.push([
  'contradictions, recall / precision',
  ...results.map((r) => {
    const c = r.case?.contradictions;
    return c
      ? `${f3(c.recall)} / ${f3(c.precision)} (${c.found} of ${c.gold} found; ${c.correct} of ${c.predicted} correct)`
      : '–';
  }),
]);
rows.push([
  reuse ? 'extract, claims and people time, s' : 'ingest time, s',
  ...results.map((r) => r.seconds.toFixed(0)),
]);

const header = ['measure', ...results.map((r) => r.name)];
process.stdout.write(`| ${header.join(' | ')} |\n`);
process.stdout.write(`|${header.map(() => '---').join('|')}|\n`);
for (const row of rows) process.stdout.write(`| ${row.join(' | ')} |\n`);
