// A linear-chain tagger trained as an averaged structured perceptron (Collins 2002, "Discriminative
// training methods for hidden Markov models: theory and experiments with perceptron algorithms"),
// decoded with Viterbi under BIO constraints: I-X only continues B-X or I-X, and never starts a line
// (a name does not run on from one line into the next; hyphenated words are joined by tokens.ts).
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'];
/** The number of labels; emissions() unrolls its loop over them, so it is fixed at 7. */
export const L = LABELS.length;
const isInside = (y) => y > 0 && y % 2 === 0;
/** May label `y` follow label `prev` (−1: sequence start) on a token that does (not) start a line? */
export function allowed(prev, y, lineStart) {
    if (!isInside(y))
        return true;
    return !lineStart && (prev === y || prev === y - 1);
}
export function emissions(p, feats) {
    const out = new Float64Array(feats.length * L);
    const { emit, scale } = p;
    for (let t = 0; t < feats.length; t++) {
        const f = feats[t];
        // The seven labels' sums in locals: this loop is most of the tagger's time.
        let s0 = 0;
        let s1 = 0;
        let s2 = 0;
        let s3 = 0;
        let s4 = 0;
        let s5 = 0;
        let s6 = 0;
        for (let k = 0; k < f.length; k++) {
            const b = f[k] * L;
            s0 += emit[b];
            s1 += emit[b + 1];
            s2 += emit[b + 2];
            s3 += emit[b + 3];
            s4 += emit[b + 4];
            s5 += emit[b + 5];
            s6 += emit[b + 6];
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
export function viterbi(p, feats, lineStart) {
    return decode(p, emissions(p, feats), lineStart).labels;
}
/**
 * Viterbi over precomputed emissions; tokens in [outsideFrom, outsideTo) may only be O. Returns the
 * labels and the best path's score, so a caller can compare a path with a span against one without it.
 */
export function decode(p, em, lineStart, outsideFrom = 0, outsideTo = 0) {
    const n = lineStart.length;
    const labels = new Int8Array(n);
    if (n === 0)
        return { labels, score: 0 };
    const ok = (t, y) => y === 0 || t < outsideFrom || t >= outsideTo;
    const score = new Float64Array(n * L).fill(-Infinity);
    const back = new Int8Array(n * L);
    for (let y = 0; y < L; y++)
        if (allowed(-1, y, true) && ok(0, y))
            score[y] = p.trans[y] + em[y];
    for (let t = 1; t < n; t++) {
        for (let y = 0; y < L; y++) {
            if (!ok(t, y))
                continue;
            let best = -Infinity;
            let arg = 0;
            for (let q = 0; q < L; q++) {
                if (!allowed(q, y, lineStart[t] === true))
                    continue;
                const s = score[(t - 1) * L + q] + p.trans[(q + 1) * L + y];
                if (s > best)
                    [best, arg] = [s, q];
            }
            score[t * L + y] = best + em[t * L + y];
            back[t * L + y] = arg;
        }
    }
    let last = 0;
    for (let y = 1; y < L; y++)
        if (score[(n - 1) * L + y] > score[(n - 1) * L + last])
            last = y;
    const total = score[(n - 1) * L + last];
    for (let t = n - 1; t >= 0; t--) {
        labels[t] = last;
        last = back[t * L + last];
    }
    return { labels, score: total };
}
/**
 * For each span, the best score of a labelling whose span tokens are all O, from one forward and one
 * backward Viterbi pass (max-marginals) instead of one constrained decoding per span.
 */
export function scoresWithout(p, em, lineStart, spans) {
    const n = lineStart.length;
    const fwd = pass(p, em, lineStart, n, true);
    const bwd = pass(p, em, lineStart, n, false);
    return spans.map(({ from, to }) => {
        // Into the span's first O: from the start, or from the best allowed label before it.
        let into = from === 0 ? p.trans[0] : -Infinity;
        if (from > 0)
            for (let q = 0; q < L; q++)
                into = Math.max(into, fwd[(from - 1) * L + q] + p.trans[(q + 1) * L]);
        let inside = em[from * L];
        for (let t = from + 1; t < to; t++)
            inside += p.trans[L] + em[t * L];
        return into + inside + bwd[(to - 1) * L];
    });
}
/**
 * Forward: best score of a prefix ending at t with label y (emissions up to t included). Backward:
 * best score of what follows t given label y at t (emissions after t only).
 */
function pass(p, em, lineStart, n, forward) {
    const v = new Float64Array(n * L).fill(-Infinity);
    if (n === 0)
        return v;
    if (forward) {
        for (let y = 0; y < L; y++)
            if (allowed(-1, y, true))
                v[y] = p.trans[y] + em[y];
        for (let t = 1; t < n; t++) {
            for (let y = 0; y < L; y++) {
                let best = -Infinity;
                for (let q = 0; q < L; q++)
                    if (allowed(q, y, lineStart[t] === true))
                        best = Math.max(best, v[(t - 1) * L + q] + p.trans[(q + 1) * L + y]);
                v[t * L + y] = best + em[t * L + y];
            }
        }
        return v;
    }
    for (let y = 0; y < L; y++)
        v[(n - 1) * L + y] = 0;
    for (let t = n - 2; t >= 0; t--) {
        for (let y = 0; y < L; y++) {
            let best = -Infinity;
            for (let r = 0; r < L; r++)
                if (allowed(y, r, lineStart[t + 1] === true))
                    best = Math.max(best, p.trans[(y + 1) * L + r] +
                        em[(t + 1) * L + r] +
                        v[(t + 1) * L + r]);
            v[t * L + y] = best;
        }
    }
    return v;
}
/**
 * The averaged perceptron's state: current weights `w` and the running sums `u` of c·Δw, so that the
 * average over all c steps is w − u/c (Daumé's trick: no per-step copy of the weights).
 */
export class Trainer {
    w;
    uEmit;
    uTrans;
    c = 1;
    constructor(bits) {
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
    learn(ex) {
        const pred = viterbi(this.w, ex.feats, ex.lineStart);
        let wrong = false;
        for (let t = 0; t < pred.length; t++) {
            const g = ex.gold[t];
            const y = pred[t];
            const gp = t === 0 ? -1 : ex.gold[t - 1];
            const yp = t === 0 ? -1 : pred[t - 1];
            if (g !== y) {
                wrong = true;
                for (const h of ex.feats[t]) {
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
    bump(w, u, i, d) {
        w[i] = w[i] + d;
        u[i] = u[i] + this.c * d;
    }
    /** The averaged weights (float). */
    averaged() {
        const emit = new Float32Array(this.w.emit.length);
        for (let i = 0; i < emit.length; i++)
            emit[i] = this.w.emit[i] - this.uEmit[i] / this.c;
        const trans = new Float32Array(this.w.trans.length);
        for (let i = 0; i < trans.length; i++)
            trans[i] = this.w.trans[i] - this.uTrans[i] / this.c;
        return { bits: this.w.bits, emit, scale: 1, trans };
    }
}
/** Emission weights rounded to 8 or 16 bits with one scale (the largest weight maps to the top). */
export function quantize(p, bitsPerWeight) {
    let max = 0;
    for (const v of p.emit)
        max = Math.max(max, Math.abs(v));
    const top = bitsPerWeight === 8 ? 127 : 32767;
    const scale = max > 0 ? max / top : 1;
    const emit = bitsPerWeight === 8 ? new Int8Array(p.emit.length) : new Int16Array(p.emit.length);
    for (let i = 0; i < emit.length; i++)
        emit[i] = Math.round(p.emit[i] / scale);
    return { bits: p.bits, emit, scale: scale * p.scale, trans: p.trans };
}
//# sourceMappingURL=perceptron.js.map