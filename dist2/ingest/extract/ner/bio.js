// BIO label sequences ↔ token spans.
import { LABELS } from './perceptron.js';
export function spansOf(labels) {
    const out = [];
    for (let t = 0; t < labels.length; t++) {
        const name = LABELS[labels[t]] ?? 'O';
        if (name === 'O')
            continue;
        const type = name.slice(2);
        const last = out[out.length - 1];
        if (name.startsWith('I-') && last && last.type === type && last.to === t)
            last.to = t + 1;
        else
            out.push({ type, from: t, to: t + 1 });
    }
    return out;
}
/** BIO label indices for tokens covered by the given spans (others O). */
export function labelsOf(n, spans) {
    const labels = new Int8Array(n);
    for (const s of spans) {
        for (let t = s.from; t < s.to; t++)
            labels[t] = LABELS.indexOf(`${t === s.from ? 'B' : 'I'}-${s.type}`);
    }
    return labels;
}
//# sourceMappingURL=bio.js.map