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

/** The hashed features of every token of a sequence, one array per token. */
export function sequenceFeatures(words: readonly Word[], bits: number): Uint32Array[] {
  const infos = words.map((w) => info(w.text, bits));
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
    const out = new Uint32Array(me.own.length + ctx.length);
    out.set(me.own);
    ctx.forEach((c, k) => (out[me.own.length + k] = bucket(c, bits)));
    return out;
  });
}
