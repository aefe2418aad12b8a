#!/usr/bin/env node
// Trains the named-entity tagger of ingest/extract/ner.ts (an averaged structured perceptron, Collins
// 2002) from annotated corpora given on the command line, reports per-language, per-type entity F1 on
// the dev sets, and writes the quantized model. Run after `npx tsc -p tsconfig.build.json`:
//   node scripts/train-ner.mjs [--epochs 6] [--bits 21] [--width 8|16] [--document 0|1|2] [--out models/ner/ner.bin.gz]
//     --train en:conll:PATH --train ru:fre-a:DIR ... --dev en:conll:PATH --dev ru:fre-b:DIR ...
// Formats: conll — one token a line, token first (or second after a numeric index), tag last,
// IOB1/IOB2/IOBES, blank line or -DOCSTART- between sentences; PERS→PER, other types → O.
// fre/fre-a/fre-b — a factRuEval-2016 folder (.tokens/.spans/.objects): all documents, or the 4/5
// (a) and the 1/5 (b) of them split by file name, so one folder serves as train and dev; --fold K
// (0–4, default 0) picks which fifth is held out (documents whose index in sorted order is K mod 5).
// brat — a folder of brat standoff .txt/.ann pairs (NEREL's types mapped to PER/LOC/ORG).
/* eslint-disable no-console -- a command-line tool: printing its figures is its job */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) =>
  import(path.join(root, process.env.NER_DIST ?? 'dist', 'ingest/extract/ner', p));
const { sequenceFeatures, docStats, FEATURES_VERSION } = await dist('features.js');
const { Trainer, viterbi, quantize, L } = await dist('perceptron.js');
const { spansOf, labelsOf } = await dist('bio.js');
const { encodeModel } = await dist('model-file.js');
const { tokenize } = await dist('tokens.js');

const args = process.argv.slice(2);
const opts = {
  epochs: 6,
  bits: 21,
  width: 8,
  out: path.join(root, 'models/ner/ner.bin.gz'),
  train: [],
  dev: [],
  augment: 0.08,
  document: 0,
  // Which fifth of the factRuEval documents (i % 5 in sorted order) fre-b holds out and fre-a
  // leaves out: 0 for the shipped model; 1–4 for the cross-validation folds (MODEL.md).
  fold: 0,
};
for (let i = 0; i < args.length; i += 2) {
  const [k, v] = [args[i].replace(/^--/, ''), args[i + 1]];
  if (k === 'train' || k === 'dev') opts[k].push(v);
  else opts[k] = k === 'out' ? v : Number(v);
}

// --- readers: each yields sentences { words: string[], spans: [{type, from, to}] } ---
const TYPE = { PER: 'PER', PERS: 'PER', LOC: 'LOC', ORG: 'ORG' };

function readConll(file) {
  const out = [];
  let words = [];
  let tags = [];
  let doc = 0;
  const flush = () => {
    if (words.length) out.push({ words, spans: tagSpans(tags), doc });
    words = [];
    tags = [];
  };
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const cols = line.trim().split(/\s+/);
    if (!line.trim() || /DOCSTART/.test(cols[0]) || /DOCSTART/.test(cols[1] ?? '')) {
      flush();
      if (/DOCSTART/.test(line)) doc++;
      continue;
    }
    const token = cols.length === 3 && /^\d+$/.test(cols[0]) ? cols[1] : cols[0];
    words.push(token);
    tags.push(cols.length > 1 ? cols[cols.length - 1] : 'O');
  }
  flush();
  // A file without -DOCSTART- lines (WikiNEuRal, NER-UK) has no documents: each sentence is its own.
  return doc ? out : out.map((s) => ({ ...s, doc: undefined }));
}

/** Spans from IOB1, IOB2 or IOBES tags. */
function tagSpans(tags) {
  const spans = [];
  let cur = null;
  tags.forEach((tag, t) => {
    const [pre, raw] = tag === 'O' ? ['O', ''] : [tag.slice(0, 1), tag.slice(2)];
    const type = TYPE[raw];
    const continues = cur && (pre === 'I' || pre === 'E') && cur.raw === raw && cur.to === t;
    if (pre === 'O') cur = null;
    else if (continues) cur.to = t + 1;
    else {
      cur = { type, raw, from: t, to: t + 1 };
      spans.push(cur);
    }
    if (pre === 'E' || pre === 'S') cur = null;
  });
  return spans.filter((s) => s.type).map(({ type, from, to }) => ({ type, from, to }));
}

const FRE_TYPE = { Person: 'PER', Location: 'LOC', LocOrg: 'LOC', Org: 'ORG' };

function readFactRuEval(dir, part) {
  const names = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.tokens'))
    .sort();
  const out = [];
  names.forEach((name, i) => {
    if (part === 'a' && i % 5 === opts.fold) return;
    if (part === 'b' && i % 5 !== opts.fold) return;
    const base = path.join(dir, name.replace(/\.tokens$/, ''));
    const sentences = [[]];
    for (const line of fs.readFileSync(`${base}.tokens`, 'utf8').split('\n')) {
      if (!line.trim()) sentences.push([]);
      else {
        const [id, , , text] = line.split(' ');
        sentences[sentences.length - 1].push({ id: Number(id), text });
      }
    }
    const spanTokens = new Map();
    for (const line of fs.readFileSync(`${base}.spans`, 'utf8').split('\n').filter(Boolean)) {
      const [id, , , , first, n] = line.split(' ');
      spanTokens.set(id, [Number(first), Number(first) + Number(n) - 1]);
    }
    const ents = [];
    for (const line of fs.readFileSync(`${base}.objects`, 'utf8').split('\n').filter(Boolean)) {
      const [head] = line.split(' # ');
      const [, type, ...ids] = head.trim().split(' ');
      if (!FRE_TYPE[type]) continue;
      const ranges = ids.map((s) => spanTokens.get(s)).filter(Boolean);
      if (!ranges.length) continue;
      ents.push({
        type: FRE_TYPE[type],
        lo: Math.min(...ranges.map((r) => r[0])),
        hi: Math.max(...ranges.map((r) => r[1])),
      });
    }
    // Outermost entities win (an Org holding its LocOrg seat is one ORG).
    ents.sort((a, b) => b.hi - b.lo - (a.hi - a.lo));
    for (const s of sentences.filter((x) => x.length)) {
      const ids = s.map((t) => t.id);
      const spans = [];
      for (const e of ents) {
        const from = ids.indexOf(e.lo);
        const to = ids.indexOf(e.hi) + 1;
        if (from < 0 || to <= from) continue;
        if (spans.some((o) => from < o.to && o.from < to)) continue;
        spans.push({ type: e.type, from, to });
      }
      out.push({ words: s.map((t) => t.text), spans, doc: i });
    }
  });
  return out;
}

// NEREL (nerel-ds/NEREL) and other brat standoff folders: <name>.txt with <name>.ann lines
// "T1<TAB>TYPE start end[;start end]<TAB>text". Nested entities: the outermost of the mapped types wins.
const BRAT_TYPE = {
  PERSON: 'PER',
  CITY: 'LOC',
  COUNTRY: 'LOC',
  STATE_OR_PROV: 'LOC',
  LOCATION: 'LOC',
  DISTRICT: 'LOC',
  ORGANIZATION: 'ORG',
};

function readBrat(dir) {
  const out = [];
  let doc = 0;
  for (const name of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    doc++;
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    const ann = path.join(dir, name.replace(/\.txt$/, '.ann'));
    const ents = [];
    for (const line of fs.existsSync(ann) ? fs.readFileSync(ann, 'utf8').split('\n') : []) {
      const m = /^T\d+\t(\S+) ([\d ;]+)\t/.exec(line);
      if (!m || !BRAT_TYPE[m[1]]) continue;
      const offs = m[2].split(/[ ;]/).map(Number);
      ents.push({ type: BRAT_TYPE[m[1]], start: Math.min(...offs), end: Math.max(...offs) });
    }
    ents.sort((a, b) => b.end - b.start - (a.end - a.start));
    const toks = tokenize(text);
    // Sentences: a new line, or . ! ? … before a capital (not after a one-letter initial).
    const sentences = [];
    let cur = [];
    toks.forEach((t, i) => {
      const prev = toks[i - 1];
      const endMark =
        prev &&
        /^[.!?…]$/.test(prev.text) &&
        /^[\p{Lu}\p{N}«"]/u.test(t.text) &&
        !/^\p{Lu}$/u.test(toks[i - 2]?.text ?? '');
      if (cur.length && (t.lineStart || endMark)) {
        sentences.push(cur);
        cur = [];
      }
      cur.push(t);
    });
    if (cur.length) sentences.push(cur);
    for (const s of sentences) {
      const spans = [];
      for (const e of ents) {
        const inside = s
          .map((t, k) => (t.start >= e.start && t.end <= e.end ? k : -1))
          .filter((k) => k >= 0);
        if (!inside.length) continue;
        const from = inside[0];
        const to = inside[inside.length - 1] + 1;
        if (spans.some((o) => from < o.to && o.from < to)) continue;
        spans.push({ type: e.type, from, to });
      }
      out.push({ words: s.map((t) => t.text), spans, doc });
    }
  }
  return out;
}

function read(spec) {
  const [lang, format, ...rest] = spec.split(':');
  const file = rest.join(':');
  const sentences =
    format === 'conll'
      ? readConll(file)
      : format === 'brat'
        ? readBrat(file)
        : readFactRuEval(file, format.split('-')[1]);
  return {
    lang,
    name: `${lang}:${path.basename(file)}${format.startsWith('fre-') ? `(${format})` : ''}`,
    sentences,
  };
}

// --- examples ---
const titleCase = (w) => w.charAt(0).toUpperCase() + w.slice(1);

function example(words, spans, stats, upper = null, change = (w) => w.toUpperCase()) {
  const text = upper ? words.map((w, t) => (upper(t) ? change(w) : w)) : words;
  const ws = text.map((w, t) => ({ text: w, lineStart: t === 0 }));
  const self = upper ? words.map((w, t) => ({ text: w, lineStart: t === 0 })) : ws;
  return {
    feats: sequenceFeatures(ws, opts.bits, stats, self),
    lineStart: ws.map((w) => w.lineStart),
    gold: labelsOf(words.length, spans),
  };
}

// Deterministic PRNG (mulberry32) for the shuffles and the augmentation.
let seed = 20260;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const t0 = performance.now();
const trainSets = opts.train.map(read);
const devSets = opts.dev.map(read);
// Document-level features (features.ts, docStats) count a word's occurrences over its document: the
// sentences a reader gave the same `doc` (a CoNLL -DOCSTART- section, a factRuEval or brat file);
// sentences of sets without documents are their own documents. Only with --document 1 (all of them)
// or 2 (the person evidence only); the model header then says which, and ner.ts computes the same
// features on each page.
function withStats(sentences) {
  if (!opts.document) return sentences.map((s) => ({ ...s, stats: null }));
  const byDoc = new Map();
  for (const s of sentences) {
    if (s.doc === undefined) continue;
    if (!byDoc.has(s.doc)) byDoc.set(s.doc, []);
    byDoc.get(s.doc).push(s);
  }
  const stats = new Map();
  for (const [doc, ss] of byDoc)
    stats.set(
      doc,
      docStats(
        ss.flatMap((s) => s.words.map((w, t) => ({ text: w, lineStart: t === 0 }))),
        opts.bits,
        opts.document,
      ),
    );
  return sentences.map((s) => ({
    ...s,
    stats:
      stats.get(s.doc) ??
      docStats(
        s.words.map((w, t) => ({ text: w, lineStart: t === 0 })),
        opts.bits,
        opts.document,
      ),
  }));
}

const train = [];
for (const set of trainSets) {
  for (const s of withStats(set.sentences)) {
    train.push(example(s.words, s.spans, s.stats));
    // Case files write surnames and letterheads in capitals ("ИВАНОВ Иван", a court's name): a few
    // copies with the persons, or the whole sentence, upper-cased teach the model those forms.
    const inPer = (t) =>
      s.spans.some((sp) => sp.type === 'PER' && t >= sp.from && t < sp.to && t === sp.from);
    if (rand() < opts.augment && s.spans.some((sp) => sp.type === 'PER'))
      train.push(example(s.words, s.spans, s.stats, inPer));
    if (rand() < opts.augment / 2) train.push(example(s.words, s.spans, s.stats, () => true));
    // Headlines and form labels capitalise every word: the same sentence in title case.
    if (rand() < opts.augment / 2)
      train.push(example(s.words, s.spans, s.stats, () => true, titleCase));
  }
}
const dev = devSets.map((set) => ({
  ...set,
  examples: withStats(set.sentences).map((s) => example(s.words, s.spans, s.stats)),
}));
const tokens = trainSets.reduce(
  (n, s) => n + s.sentences.reduce((m, x) => m + x.words.length, 0),
  0,
);
console.log(
  `read ${train.length} training sequences (${tokens} tokens) from ${trainSets.map((s) => `${s.name}=${s.sentences.length}`).join(', ')} in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

function score(params, examples) {
  const by = {};
  for (const ex of examples) {
    const gold = spansOf(ex.gold);
    const pred = spansOf(viterbi(params, ex.feats, ex.lineStart));
    const key = (s) => `${s.type}:${s.from}:${s.to}`;
    const g = new Set(gold.map(key));
    const p = new Set(pred.map(key));
    for (const type of ['PER', 'LOC', 'ORG', 'ALL']) {
      by[type] ??= { tp: 0, fp: 0, fn: 0 };
      const is = (k) => type === 'ALL' || k.startsWith(type);
      for (const k of p) if (is(k)) by[type][g.has(k) ? 'tp' : 'fp']++;
      for (const k of g) if (is(k) && !p.has(k)) by[type].fn++;
    }
  }
  const f = ({ tp, fp, fn }) => ({
    p: tp / Math.max(1, tp + fp),
    r: tp / Math.max(1, tp + fn),
    f: (2 * tp) / Math.max(1, 2 * tp + fp + fn),
    n: tp + fn,
  });
  return Object.fromEntries(Object.entries(by).map(([k, v]) => [k, f(v)]));
}

function report(params, label) {
  const rows = [];
  for (const set of dev) {
    const s = score(params, set.examples);
    rows.push({
      set: set.name,
      ...Object.fromEntries(
        Object.entries(s).map(([k, v]) => [
          k,
          `${v.f.toFixed(3)} (P ${v.p.toFixed(2)} R ${v.r.toFixed(2)} n ${v.n})`,
        ]),
      ),
    });
  }
  console.log(`--- ${label}`);
  for (const r of rows)
    console.log(`${r.set.padEnd(28)} PER ${r.PER}  LOC ${r.LOC}  ORG ${r.ORG}  ALL ${r.ALL}`);
  return rows;
}

const trainer = new Trainer(opts.bits);
const tTrain = performance.now();
for (let epoch = 1; epoch <= opts.epochs; epoch++) {
  for (let i = train.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [train[i], train[j]] = [train[j], train[i]];
  }
  let wrong = 0;
  for (const ex of train) if (trainer.learn(ex)) wrong++;
  console.log(
    `epoch ${epoch}: ${wrong} of ${train.length} sequences wrong, ${((performance.now() - tTrain) / 1000).toFixed(0)} s`,
  );
  if (opts.verbose && epoch < opts.epochs) report(trainer.averaged(), `epoch ${epoch} (float)`);
}
const trainSeconds = (performance.now() - tTrain) / 1000;
const avg = trainer.averaged();
const q = quantize(avg, opts.width);
const rows = report(q, `final, ${opts.width}-bit weights`);
const buf = encodeModel(q, {
  features: FEATURES_VERSION,
  document: opts.document,
  trained: new Date().toISOString().slice(0, 10),
  epochs: opts.epochs,
  trainSeconds: Math.round(trainSeconds),
  train: trainSets.map((s) => ({ set: s.name, sentences: s.sentences.length })),
  dev: rows,
});
fs.mkdirSync(path.dirname(opts.out), { recursive: true });
fs.writeFileSync(opts.out, buf);
console.log(
  `wrote ${opts.out}: ${(buf.length / 1e6).toFixed(2)} MB; training ${trainSeconds.toFixed(0)} s; labels ${L}`,
);
