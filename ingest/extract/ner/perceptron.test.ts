import { describe, expect, it } from 'vitest';
import { labelsOf, spansOf } from './bio.js';
import { decodeModel, encodeModel } from './model-file.js';
import {
  allowed,
  L,
  LABELS,
  quantize,
  Trainer,
  viterbi,
  type Example,
  type Params,
} from './perceptron.js';
import { tokenize } from './tokens.js';

// A toy task: a token's single feature says what it is; "name" tokens are persons, and a person
// continues over a following "name" token.
const FEATURE = { the: 1, name: 2, city: 3, word: 4 } as const;
type W = keyof typeof FEATURE;

function ex(words: W[], spans: Array<{ type: 'PER' | 'LOC'; from: number; to: number }>): Example {
  return {
    feats: words.map((w) => Uint32Array.of(FEATURE[w], 10 + FEATURE[w])),
    lineStart: words.map((_, i) => i === 0),
    gold: labelsOf(words.length, spans),
  };
}

const DATA = [
  ex(['the', 'name', 'name', 'word'], [{ type: 'PER', from: 1, to: 3 }]),
  ex(
    ['name', 'word', 'city'],
    [
      { type: 'PER', from: 0, to: 1 },
      { type: 'LOC', from: 2, to: 3 },
    ],
  ),
  ex(
    ['word', 'city', 'the', 'name'],
    [
      { type: 'LOC', from: 1, to: 2 },
      { type: 'PER', from: 3, to: 4 },
    ],
  ),
];

describe('averaged perceptron with Viterbi', () => {
  it('learns a separable toy task', () => {
    const t = new Trainer(6);
    for (let epoch = 0; epoch < 5; epoch++) for (const e of DATA) t.learn(e);
    const p = t.averaged();
    for (const e of DATA) expect([...viterbi(p, e.feats, e.lineStart)]).toEqual([...e.gold]);
  });

  it('never lets I-X follow O or another type, nor start a line', () => {
    expect(allowed(-1, LABELS.indexOf('I-PER'), true)).toBe(false);
    expect(allowed(LABELS.indexOf('B-LOC'), LABELS.indexOf('I-PER'), false)).toBe(false);
    expect(allowed(LABELS.indexOf('B-PER'), LABELS.indexOf('I-PER'), false)).toBe(true);
    expect(allowed(LABELS.indexOf('B-PER'), LABELS.indexOf('I-PER'), true)).toBe(false);
    // Emissions that prefer I-PER everywhere still decode to a valid sequence.
    const emit = new Float32Array(64 * L);
    emit[1 * L + LABELS.indexOf('I-PER')] = 5;
    emit[1 * L + LABELS.indexOf('B-PER')] = 4;
    const p: Params = { bits: 6, emit, scale: 1, trans: new Float32Array((L + 1) * L) };
    const out = viterbi(
      p,
      [Uint32Array.of(1), Uint32Array.of(1), Uint32Array.of(1)],
      [true, false, true],
    );
    expect([...out].map((y) => LABELS[y])).toEqual(['B-PER', 'I-PER', 'B-PER']);
  });

  it('survives quantization and the model file round trip', () => {
    const t = new Trainer(6);
    for (let epoch = 0; epoch < 5; epoch++) for (const e of DATA) t.learn(e);
    for (const width of [8, 16] as const) {
      const { params } = decodeModel(encodeModel(quantize(t.averaged(), width), { note: 'test' }));
      for (const e of DATA) expect([...viterbi(params, e.feats, e.lineStart)]).toEqual([...e.gold]);
    }
  });

  it('reads spans back from labels', () => {
    const spans = [
      { type: 'PER' as const, from: 1, to: 3 },
      { type: 'ORG' as const, from: 3, to: 4 },
    ];
    expect(spansOf(labelsOf(5, spans))).toEqual(spans);
  });
});

describe('tokens', () => {
  it('marks line starts and keeps inner hyphens and apostrophes', () => {
    const toks = tokenize("O'Brien went to Нью-Йорк,\nthen home");
    expect(toks.map((t) => t.text)).toEqual([
      "O'Brien",
      'went',
      'to',
      'Нью-Йорк',
      ',',
      'then',
      'home',
    ]);
    expect(toks.filter((t) => t.lineStart).map((t) => t.text)).toEqual(["O'Brien", 'then']);
  });

  it('joins a word hyphenated at a line end', () => {
    const text = 'свидетель Кара-\nбаев пояснил';
    const toks = tokenize(text);
    expect(toks.map((t) => t.text)).toEqual(['свидетель', 'Карабаев', 'пояснил']);
    const joined = toks[1]!;
    expect(text.slice(joined.start, joined.end)).toBe('Кара-\nбаев');
    expect(toks[2]!.lineStart).toBe(false);
  });
});

describe('margins by max-marginals', () => {
  it('equal one constrained decoding per span', async () => {
    const { decode, emissions, scoresWithout } = await import('./perceptron.js');
    const t = new Trainer(6);
    for (let epoch = 0; epoch < 3; epoch++) for (const e of DATA) t.learn(e);
    const p = t.averaged();
    for (const e of DATA) {
      const em = emissions(p, e.feats);
      const best = decode(p, em, e.lineStart);
      const spans = spansOf(best.labels);
      const fast = scoresWithout(p, em, e.lineStart, spans);
      spans.forEach((s, k) =>
        expect(fast[k]).toBeCloseTo(decode(p, em, e.lineStart, s.from, s.to).score, 6),
      );
    }
  });
});
