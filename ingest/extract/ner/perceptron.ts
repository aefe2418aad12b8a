// A linear-chain tagger trained as an averaged structured perceptron (Collins 2002, "Discriminative
// training methods for hidden Markov models: theory and experiments with perceptron algorithms"),
// decoded with Viterbi under BIO constraints: I-X only continues B-X or I-X, and never starts a line
// (a name does not run on from one line into the next; hyphenated words are joined by tokens.ts).

export const LABELS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;
/** The number of labels; emissions() unrolls its loop over them, so it is fixed at 7. */
export const L = LABELS.length as 7;

/** Emission weights by (bucket × L + label), times `scale`; transitions by ((prev + 1) × L + label), prev −1 = start. */
export interface Params {
  bits: number;
  emit: Float32Array | Int16Array | Int8Array;
  scale: number;
  trans: Float32Array;
  /** Which document features the model was trained with (features.ts, DocStats.mode); 0 none. */
  document?: 0 | 1 | 2;
}

const isInside = (y: number) => y > 0 && y % 2 === 0;

/** May label `y` follow label `prev` (−1: sequence start) on a token that does (not) start a line? */
export function allowed(prev: number, y: number, lineStart: boolean): boolean {
  if (!isInside(y)) return true;
  return !lineStart && (prev === y || prev === y - 1);
}

export function emissions(p: Params, feats: readonly Uint32Array[]): Float64Array {
  const out = new Float64Array(feats.length * L);
  const { emit, scale } = p;
  for (let t = 0; t < feats.length; t++) {
    const f = feats[t] as Uint32Array;
    // The seven labels' sums in locals: this loop is most of the tagger's time.
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    let s5 = 0;
    let s6 = 0;
    for (let k = 0; k < f.length; k++) {
      const b = (f[k] as number) * L;
      s0 += emit[b] as number;
      s1 += emit[b + 1] as number;
      s2 += emit[b + 2] as number;
      s3 += emit[b + 3] as number;
      s4 += emit[b + 4] as number;
      s5 += emit[b + 5] as number;
      s6 += emit[b + 6] as number;
    }
    const row = t * L;
    out[row] = s0 * scale;
    out[row + 1] = s1 * scale;
    out[row + 2] = s2 * scale;
    out[row + 3] = s3 * scale;
    out[row + 4] = s4 * scale;
    out[row + 5] = s5 * scale;
    out[row + 6] = s6 * scale;
  }
  return out;
}

/** The best label sequence (Viterbi) under the BIO constraints. */
export function viterbi(
  p: Params,
  feats: readonly Uint32Array[],
  lineStart: readonly boolean[],
): Int8Array {
  return decode(p, emissions(p, feats), lineStart).labels;
}

/**
 * Viterbi over precomputed emissions; tokens in [outsideFrom, outsideTo) may only be O. Returns the
 * labels and the best path's score, so a caller can compare a path with a span against one without it.
 */
export function decode(
  p: Params,
  em: Float64Array,
  lineStart: readonly boolean[],
  outsideFrom = 0,
  outsideTo = 0,
): { labels: Int8Array; score: number } {
  const n = lineStart.length;
  const labels = new Int8Array(n);
  if (n === 0) return { labels, score: 0 };
  const ok = (t: number, y: number) => y === 0 || t < outsideFrom || t >= outsideTo;
  const score = new Float64Array(n * L).fill(-Infinity);
  const back = new Int8Array(n * L);
  for (let y = 0; y < L; y++)
    if (allowed(-1, y, true) && ok(0, y)) score[y] = (p.trans[y] as number) + (em[y] as number);
  for (let t = 1; t < n; t++) {
    for (let y = 0; y < L; y++) {
      if (!ok(t, y)) continue;
      let best = -Infinity;
      let arg = 0;
      for (let q = 0; q < L; q++) {
        if (!allowed(q, y, lineStart[t] === true)) continue;
        const s = (score[(t - 1) * L + q] as number) + (p.trans[(q + 1) * L + y] as number);
        if (s > best) [best, arg] = [s, q];
      }
      score[t * L + y] = best + (em[t * L + y] as number);
      back[t * L + y] = arg;
    }
  }
  let last = 0;
  for (let y = 1; y < L; y++)
    if ((score[(n - 1) * L + y] as number) > (score[(n - 1) * L + last] as number)) last = y;
  const total = score[(n - 1) * L + last] as number;
  for (let t = n - 1; t >= 0; t--) {
    labels[t] = last;
    last = back[t * L + last] as number;
  }
  return { labels, score: total };
}

/**
 * For each span, the best score of a labelling whose span tokens are all O, from one forward and one
 * backward Viterbi pass (max-marginals) instead of one constrained decoding per span.
 */
export function scoresWithout(
  p: Params,
  em: Float64Array,
  lineStart: readonly boolean[],
  spans: ReadonlyArray<{ from: number; to: number }>,
): number[] {
  const n = lineStart.length;
  const fwd = pass(p, em, lineStart, n, true);
  const bwd = pass(p, em, lineStart, n, false);
  return spans.map(({ from, to }) => {
    // Into the span's first O: from the start, or from the best allowed label before it.
    let into = from === 0 ? (p.trans[0] as number) : -Infinity;
    if (from > 0)
      for (let q = 0; q < L; q++)
        into = Math.max(
          into,
          (fwd[(from - 1) * L + q] as number) + (p.trans[(q + 1) * L] as number),
        );
    let inside = em[from * L] as number;
    for (let t = from + 1; t < to; t++) inside += (p.trans[L] as number) + (em[t * L] as number);
    return into + inside + (bwd[(to - 1) * L] as number);
  });
}

/**
 * Forward: best score of a prefix ending at t with label y (emissions up to t included). Backward:
 * best score of what follows t given label y at t (emissions after t only).
 */
function pass(
  p: Params,
  em: Float64Array,
  lineStart: readonly boolean[],
  n: number,
  forward: boolean,
): Float64Array {
  const v = new Float64Array(n * L).fill(-Infinity);
  if (n === 0) return v;
  if (forward) {
    for (let y = 0; y < L; y++)
      if (allowed(-1, y, true)) v[y] = (p.trans[y] as number) + (em[y] as number);
    for (let t = 1; t < n; t++) {
      for (let y = 0; y < L; y++) {
        let best = -Infinity;
        for (let q = 0; q < L; q++)
          if (allowed(q, y, lineStart[t] === true))
            best = Math.max(
              best,
              (v[(t - 1) * L + q] as number) + (p.trans[(q + 1) * L + y] as number),
            );
        v[t * L + y] = best + (em[t * L + y] as number);
      }
    }
    return v;
  }
  for (let y = 0; y < L; y++) v[(n - 1) * L + y] = 0;
  for (let t = n - 2; t >= 0; t--) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      for (let r = 0; r < L; r++)
        if (allowed(y, r, lineStart[t + 1] === true))
          best = Math.max(
            best,
            (p.trans[(y + 1) * L + r] as number) +
              (em[(t + 1) * L + r] as number) +
              (v[(t + 1) * L + r] as number),
          );
      v[t * L + y] = best;
    }
  }
  return v;
}

export interface Example {
  feats: Uint32Array[];
  lineStart: boolean[];
  gold: Int8Array;
}

/**
 * The averaged perceptron's state: current weights `w` and the running sums `u` of c·Δw, so that the
 * average over all c steps is w − u/c (Daumé's trick: no per-step copy of the weights).
 */
export class Trainer {
  readonly w: Params;
  private readonly uEmit: Float64Array;
  private readonly uTrans: Float64Array;
  private c = 1;

  constructor(bits: number) {
    this.w = {
      bits,
      emit: new Float32Array((1 << bits) * L),
      scale: 1,
      trans: new Float32Array((L + 1) * L),
    };
    this.uEmit = new Float64Array(this.w.emit.length);
    this.uTrans = new Float64Array(this.w.trans.length);
  }

  /** One perceptron step on one example; returns whether the prediction was wrong. */
  learn(ex: Example): boolean {
    const pred = viterbi(this.w, ex.feats, ex.lineStart);
    let wrong = false;
    for (let t = 0; t < pred.length; t++) {
      const g = ex.gold[t] as number;
      const y = pred[t] as number;
      const gp = t === 0 ? -1 : (ex.gold[t - 1] as number);
      const yp = t === 0 ? -1 : (pred[t - 1] as number);
      if (g !== y) {
        wrong = true;
        for (const h of ex.feats[t] as Uint32Array) {
          this.bump(this.w.emit, this.uEmit, h * L + g, 1);
          this.bump(this.w.emit, this.uEmit, h * L + y, -1);
        }
      }
      if (g !== y || gp !== yp) {
        this.bump(this.w.trans, this.uTrans, (gp + 1) * L + g, 1);
        this.bump(this.w.trans, this.uTrans, (yp + 1) * L + y, -1);
      }
    }
    this.c++;
    return wrong;
  }

  private bump(
    w: Float32Array | Int16Array | Int8Array,
    u: Float64Array,
    i: number,
    d: number,
  ): void {
    w[i] = (w[i] as number) + d;
    u[i] = (u[i] as number) + this.c * d;
  }

  /** The averaged weights (float). */
  averaged(): Params {
    const emit = new Float32Array(this.w.emit.length);
    for (let i = 0; i < emit.length; i++)
      emit[i] = (this.w.emit[i] as number) - (this.uEmit[i] as number) / this.c;
    const trans = new Float32Array(this.w.trans.length);
    for (let i = 0; i < trans.length; i++)
      trans[i] = (this.w.trans[i] as number) - (this.uTrans[i] as number) / this.c;
    return { bits: this.w.bits, emit, scale: 1, trans };
  }
}

/** Emission weights rounded to 8 or 16 bits with one scale (the largest weight maps to the top). */
export function quantize(p: Params, bitsPerWeight: 8 | 16): Params {
  let max = 0;
  for (const v of p.emit) max = Math.max(max, Math.abs(v));
  const top = bitsPerWeight === 8 ? 127 : 32767;
  const scale = max > 0 ? max / top : 1;
  const emit = bitsPerWeight === 8 ? new Int8Array(p.emit.length) : new Int16Array(p.emit.length);
  for (let i = 0; i < emit.length; i++) emit[i] = Math.round((p.emit[i] as number) / scale);
  return { bits: p.bits, emit, scale: scale * p.scale, trans: p.trans };
}
