#!/usr/bin/env node
// Speed and memory of the NER model (the built dist/) on plain-text pages:
//   node scripts/bench-ner.mjs DIR_OF_TXT_FILES [rounds=3]
// Prints the model file's load time, the first call's time (it builds the word lists), pages/s and
// characters/s over the pages, and the process's resident memory.
/* eslint-disable no-console -- a command-line tool: printing its figures is its job */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [dir, rounds = '3'] = process.argv.slice(2);
const rss0 = process.memoryUsage().rss;
const { decodeModel } = await import(path.join(root, 'dist/ingest/extract/ner/model-file.js'));
const { findNamedEntities, MODEL_PATH } = await import(
  path.join(root, 'dist/ingest/extract/ner.js')
);
let t = performance.now();
decodeModel(fs.readFileSync(MODEL_PATH));
console.log(
  `model file: ${(fs.statSync(MODEL_PATH).size / 1e6).toFixed(2)} MB, decoded in ${(performance.now() - t).toFixed(0)} ms`,
);
const pages = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
t = performance.now();
findNamedEntities(pages[0]);
console.log(`first call (model and word lists loaded): ${(performance.now() - t).toFixed(0)} ms`);
const chars = pages.reduce((n, p) => n + p.length, 0);
t = performance.now();
const cpu0 = process.cpuUsage();
for (let r = 0; r < Number(rounds); r++) for (const p of pages) findNamedEntities(p);
const s = (performance.now() - t) / 1000;
const cpu = process.cpuUsage(cpu0);
// CPU time (user + system) says what one core does; wall time also counts waiting for a shared CPU.
const c = (cpu.user + cpu.system) / 1e6;
const n = pages.length * Number(rounds);
console.log(
  `${n} pages (${(chars / pages.length).toFixed(0)} chars each on average): ${s.toFixed(2)} s wall (${(n / s).toFixed(0)} pages/s), ${c.toFixed(2)} s CPU (${(n / c).toFixed(0)} pages/s per core, ${((chars * Number(rounds)) / c / 1000).toFixed(0)} k chars/s)`,
);
console.log(
  `resident memory: ${((process.memoryUsage().rss - rss0) / 1e6).toFixed(0)} MB above the bare process, ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB in all`,
);
