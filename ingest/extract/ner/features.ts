// The tagger's features for each token (after Ratinov & Roth 2009, "Design challenges and
// misconceptions in named entity recognition"): the word and its lower-cased form, prefixes and
// suffixes of 1–4 letters, word shape, script and capitalisation, line and sentence starts, the words
// ±2 around it with their shapes and suffixes, and list memberships (lexicon.ts). All are hashed
// (hash.ts); a word's own features are cached by its form because pages repeat words.
import { hasCyrillic, hasLatin } from '../../../core/text/scripts.js';
import { bucket } from './hash.js';
import { lexicalFlags } from './lexicon.js';

/** Bumped whenever the features change: a model trained on other features would read noise. */
export const FEATURES_VERSION = 3;

export interface Word {
  text: string;
  lineStart: boolean;
}

interface WordInfo {
  lower: string;
  cls: string;
  suffix: string;
  flags: string[];
  /** Hashed features of the word itself. */
  own: number[];
}

const CACHE_MAX = 200_000;
const cache = new Map<string, WordInfo>();
const SENTENCE_END = new Set(['.', '!', '?', '…', ':', ';']);
const OPEN_QUOTE = new Set(['«', '"', '„', '“', "'", '(']);
const CLOSE_QUOTE = new Set(['»', '"', '“', '”', "'", ')']);

/** Xxxx → Xx, ДЖ-12 → X-d: letters by case, digits, other marks kept, runs collapsed. */
function shape(word: string): string {
  let out = '';
  for (const ch of word.slice(0, 12)) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{L}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (!out.endsWith(c)) out += c;
  }
  return out;
}

function capClass(word: string): string {
  if (/^\p{Lu}[\p{Ll}\p{M}'’ʼ-]+$/u.test(word)) return 'Cap';
  if (/^\p{Lu}[\p{Lu}\p{M}'’ʼ-]+$/u.test(word)) return 'CAPS';
  if (/^\p{Lu}$/u.test(word)) return 'Init';
  if (/^[\p{Ll}\p{M}'’ʼ-]+$/u.test(word)) return 'low';
  if (/^\p{N}+$/u.test(word)) return 'num';
  if (/^[^\p{L}\p{N}]$/u.test(word)) return 'punct';
  return 'mixed';
}

function script(word: string): string {
  if (hasCyrillic(word)) return 'cyr';
  if (hasLatin(word)) return 'lat';
  return 'other';
}

function info(word: string, bits: number): WordInfo {
  let w = cache.get(word);
  if (w) return w;
  const lower = word.toLowerCase();
  const chars = [...lower];
  const cls = capClass(word);
  const flags = lexicalFlags(word);
  const names = [
    `w=${lower}`,
    `cs=${word}`,
    `sh=${shape(word)}`,
    `c=${cls}`,
    `sc=${script(word)}`,
    `len=${Math.min(chars.length, 10)}`,
  ];
  for (let n = 1; n <= 4 && n <= chars.length; n++)
    names.push(`p${n}=${chars.slice(0, n).join('')}`, `s${n}=${chars.slice(-n).join('')}`);
  for (const f of flags) names.push(`L=${f}`, `L=${f}|${cls}`);
  w = {
    lower,
    cls,
    suffix: chars.slice(-3).join(''),
    flags,
    own: names.map((n) => bucket(n, bits)),
  };
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(word, w);
  return w;
}

const PAD: WordInfo = { lower: '<pad>', cls: 'pad', suffix: '', flags: [], own: [] };

// Document-level features, "context aggregation" after Ratinov & Roth 2009 (section 5): what the
// other occurrences of a word in the same document say about it. A capitalised word the document
// also writes in lower case is likely a common word; one it writes capitalised inside a sentence is
// a name even at a sentence start or in a line of capitals (a dateline, a letterhead); one it writes
// next to another capitalised word is likely part of a longer name written there in full. Russian and
// Ukrainian inflect names, so the same counts are kept for the word's first letters (a stem) too.
const STEM = 5;
const TOTAL = 0;
const LOWER = 1;
const CAP_MID = 2;
const IN_RUN = 3;
/** Capitalised right after a listed given name or an initial (В. Кравцевич, Orvel Brackwater). */
const AFTER_GIVEN = 4;
/** A listed given name right before a capitalised word (Orvel Brackwater: Orvel). */
const GIVEN_BEFORE = 5;
const COUNTS = 6;

/**
 * A document's counts per lower-cased word (and per `~stem`): total, lower-case, capitalised
 * mid-sentence, beside a capitalised word; and, per lower-cased word written capitalised, how often
 * each word before and after it and each list its previous word belongs to occur around it.
 */
export interface DocStats {
  /**
   * Which document features the counts feed (the model header's `document`): 1 all of them (counts,
   * neighbouring words, size class); 2 only the person evidence (a capitalised word the document
   * writes elsewhere after a given name or an initial, or a given name it writes before a
   * capitalised word) and whether it writes the word in lower case elsewhere.
   */
  mode: 1 | 2;
  /** How many words (not punctuation) the document has. */
  words: number;
  counts: Map<string, Int32Array>;
  contexts: Map<string, Map<string, number>>;
}

const isCap = (cls: string) => cls === 'Cap' || cls === 'CAPS';
/** A capitalised word or an initial (N.): a neighbour that makes a word part of a longer name. */
const isNamePart = (cls: string) => isCap(cls) || cls === 'Init';
/** Most context items a word's features name, in document order (bounds the feature count). */
const MAX_CONTEXTS = 6;

const isStart = (words: readonly Word[], infos: readonly WordInfo[], i: number) =>
  (words[i] as Word).lineStart || i === 0 || SENTENCE_END.has((infos[i - 1] as WordInfo).lower);

/** What one occurrence adds to its word's counts (computed the same way in a sentence and in its document). */
function occurrence(words: readonly Word[], infos: readonly WordInfo[], i: number): Int32Array {
  const me = infos[i] as WordInfo;
  const c = new Int32Array(COUNTS);
  c[TOTAL] = 1;
  if (me.cls === 'low') c[LOWER] = 1;
  const start = isStart(words, infos, i);
  if (!start && me.cls === 'Cap') c[CAP_MID] = 1;
  const next = words[i + 1];
  const prev = (words[i] as Word).lineStart ? PAD : (infos[i - 1] ?? PAD);
  const nextInfo = next && !next.lineStart ? (infos[i + 1] as WordInfo) : PAD;
  if (isCap(me.cls)) {
    // An initial is written "В." (two tokens) or alone.
    const initial =
      prev.cls === 'Init' ||
      (prev.lower === '.' &&
        i >= 2 &&
        !(words[i - 1] as Word).lineStart &&
        (infos[i - 2] as WordInfo).cls === 'Init');
    if (initial || (isCap(prev.cls) && prev.flags.includes('given'))) c[AFTER_GIVEN] = 1;
    if (me.flags.includes('given') && isCap(nextInfo.cls)) c[GIVEN_BEFORE] = 1;
  }
  if (
    !start &&
    isCap(me.cls) &&
    (isNamePart((infos[i - 1] as WordInfo).cls) ||
      (next && !next.lineStart && isNamePart((infos[i + 1] as WordInfo).cls)))
  )
    c[IN_RUN] = 1;
  return c;
}

/** The words around a capitalised occurrence, within its line: w-1, w+1 and the lists of w-1. */
function contextItems(words: readonly Word[], infos: readonly WordInfo[], i: number): string[] {
  if (!isCap((infos[i] as WordInfo).cls)) return [];
  const prev = (words[i] as Word).lineStart ? PAD : (infos[i - 1] ?? PAD);
  const next = words[i + 1] && !(words[i + 1] as Word).lineStart ? (infos[i + 1] as WordInfo) : PAD;
  return [`p:${prev.lower}`, `n:${next.lower}`, ...prev.flags.map((f) => `f:${f}`)];
}

function keysOf(lower: string): string[] {
  const chars = [...lower];
  return chars.length > STEM ? [lower, `~${chars.slice(0, STEM).join('')}`] : [lower];
}

/** The document counts of a sequence of words (a page, or a training document's sentences, each starting a line). */
export function docStats(words: readonly Word[], bits = 21, mode: 1 | 2 = 1): DocStats {
  const infos = words.map((w) => info(w.text, bits));
  const counts = new Map<string, Int32Array>();
  const contexts = new Map<string, Map<string, number>>();
  infos.forEach((me, i) => {
    if (me.cls === 'punct' || me.cls === 'num') return;
    const c = occurrence(words, infos, i);
    for (const k of keysOf(me.lower)) {
      let s = counts.get(k);
      if (!s) counts.set(k, (s = new Int32Array(COUNTS)));
      for (let j = 0; j < COUNTS; j++) s[j] = (s[j] as number) + (c[j] as number);
    }
    if (mode === 2) return;
    const items = contextItems(words, infos, i);
    if (!items.length) return;
    let m = contexts.get(me.lower);
    if (!m) contexts.set(me.lower, (m = new Map()));
    for (const it of items) m.set(it, (m.get(it) ?? 0) + 1);
  });
  let n = 0;
  for (const me of infos) if (me.cls !== 'punct') n++;
  return { mode, words: n, counts, contexts };
}

/** The document features of word i: its counts elsewhere in the document (its own occurrence taken out). */
function docFeatures(
  stats: DocStats,
  words: readonly Word[],
  infos: readonly WordInfo[],
  i: number,
  sentStart: boolean,
  cls: string,
): string[] {
  const me = infos[i] as WordInfo;
  if (cls === 'punct' || cls === 'num' || cls === 'low') return [];
  const own = occurrence(words, infos, i);
  const out: string[] = [];
  if (stats.mode === 2) {
    for (const k of keysOf(me.lower)) {
      const s = stats.counts.get(k);
      const n = (j: number) => (s ? (s[j] as number) - (own[j] as number) : 0);
      const tag = k.startsWith('~') ? 'ps' : 'p';
      if (n(AFTER_GIVEN) > 0) out.push(`${tag}A|${cls}|${sentStart}`);
      if (n(GIVEN_BEFORE) > 0) out.push(`${tag}G|${cls}`);
      if (tag === 'p' && n(LOWER) > 0) out.push(`pL|${cls}|${sentStart}`);
    }
    return out;
  }
  // What a short document does not say means little (a common word may simply not recur), so the
  // counts are read with the document's size.
  const size = stats.words < 60 ? 's' : stats.words < 300 ? 'm' : 'l';
  for (const k of keysOf(me.lower)) {
    const s = stats.counts.get(k);
    const n = (j: number) => (s ? (s[j] as number) - (own[j] as number) : 0);
    const tag = k.startsWith('~') ? 'ds' : 'd';
    out.push(
      `${tag}L=${n(LOWER) > 0}|${n(CAP_MID) > 0}|${cls}|${sentStart}|${size}`,
      `${tag}R=${n(IN_RUN) > 0}|${cls}|${size}`,
    );
    if (tag === 'd') out.push(`dN=${Math.min(n(TOTAL), 3)}|${cls}|${size}`);
  }
  const m = stats.contexts.get(me.lower);
  if (m) {
    const mine = contextItems(words, infos, i);
    let k = 0;
    for (const [item, count] of m) {
      if (k >= MAX_CONTEXTS) break;
      if (count - mine.filter((x) => x === item).length <= 0) continue;
      out.push(`dc=${item}`);
      k++;
    }
  }
  return out;
}

/**
 * The hashed features of every token of a sequence, one array per token. `stats` are the counts of
 * the document the sequence belongs to (docStats), for a model trained with the document features;
 * null for one trained without them. `self` are the words whose occurrences the counts hold (the
 * sequence itself unless the trainer changed its letter case).
 */
export function sequenceFeatures(
  words: readonly Word[],
  bits: number,
  stats: DocStats | null = null,
  self: readonly Word[] = words,
): Uint32Array[] {
  const infos = words.map((w) => info(w.text, bits));
  const selfInfos = self === words ? infos : self.map((w) => info(w.text, bits));
  const at = (i: number) => (i >= 0 && i < infos.length ? (infos[i] as WordInfo) : PAD);
  return words.map((w, i) => {
    const me = at(i);
    const p1 = at(i - 1);
    const p2 = at(i - 2);
    const n1 = at(i + 1);
    const n2 = at(i + 2);
    const sentStart = i === 0 || SENTENCE_END.has(p1.lower);
    // Headlines, letterheads and table cells capitalise every word: how many neighbours are
    // capitalised tells the model when capitals say nothing.
    let capsAround = 0;
    for (const n of [p2, p1, n1, n2]) if (n.cls === 'Cap' || n.cls === 'CAPS') capsAround++;
    const ctx = [
      'bias',
      `w-1=${p1.lower}`,
      `w+1=${n1.lower}`,
      `w-2=${p2.lower}`,
      `w+2=${n2.lower}`,
      `c-1=${p1.cls}`,
      `c+1=${n1.cls}`,
      `c-1c=${p1.cls}|${me.cls}|${n1.cls}`,
      `s-1=${p1.suffix}`,
      `s+1=${n1.suffix}`,
      `b-=${p1.lower}|${me.lower}`,
      `b+=${me.lower}|${n1.lower}`,
      `start=${sentStart}|${w.lineStart}|${me.cls}`,
      `capsAround=${capsAround}|${me.cls}`,
    ];
    if (OPEN_QUOTE.has(p1.lower)) ctx.push(`q-1=${p1.lower}|${me.cls}`);
    if (CLOSE_QUOTE.has(n1.lower)) ctx.push(`q+1=${n1.lower}`);
    for (const f of p1.flags) ctx.push(`L-1=${f}`);
    for (const f of n1.flags) ctx.push(`L+1=${f}`);
    for (const f of p2.flags) ctx.push(`L-2=${f}`);
    if (stats) ctx.push(...docFeatures(stats, self, selfInfos, i, sentStart, me.cls));
    const out = new Uint32Array(me.own.length + ctx.length);
    out.set(me.own);
    ctx.forEach((c, k) => (out[me.own.length + k] = bucket(c, bits)));
    return out;
  });
}
