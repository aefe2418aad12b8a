// Named entities (persons, places, organizations) found by a statistical sequence labeller: an
// averaged structured perceptron over hashed word features, decoded with Viterbi (see ner/ and
// models/ner/MODEL.md for the training data and figures). The model is read once, on first use.
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../core/paths.js';
import { spansOf } from './ner/bio.js';
import { FEATURES_VERSION, docStats, sequenceFeatures } from './ner/features.js';
import { decodeModel } from './ner/model-file.js';
import { decode, emissions, scoresWithout } from './ner/perceptron.js';
import { tokenize } from './ner/tokens.js';
const TYPES = { PER: 'person', LOC: 'place', ORG: 'organization' };
/** @public scripts/bench-ner.mjs imports it from dist/. */
export const MODEL_PATH = path.join(packageRoot, 'models/ner/ner.bin.gz');
let model;
function load() {
    if (model)
        return model;
    const { params, header } = decodeModel(fs.readFileSync(MODEL_PATH));
    if (header.features !== FEATURES_VERSION)
        throw new Error(`${MODEL_PATH} was trained on features v${String(header.features)}, the code computes v${FEATURES_VERSION}: retrain (scripts/train-ner.mjs)`);
    model = { ...params, document: header.document === true };
    return model;
}
/** Named entities of a page's text, as character offsets, in text order. */
export function findNamedEntities(text, params = load()) {
    const tokens = tokenize(text);
    const lineStart = tokens.map((t) => t.lineStart);
    // A model trained with the document features reads the page as its document.
    const stats = params.document ? docStats(tokens, params.bits) : null;
    const em = emissions(params, sequenceFeatures(tokens, params.bits, stats));
    const best = decode(params, em, lineStart);
    const spans = spansOf(best.labels);
    const without = scoresWithout(params, em, lineStart, spans);
    return spans.map((s, k) => ({
        type: TYPES[s.type],
        start: tokens[s.from].start,
        end: closeQuote(text, tokens[s.from].start, tokens[s.to - 1].end),
        margin: best.score - without[k],
    }));
}
// Opening marks and the marks that close them: „…“ in German, „…” in Polish, “…” in English.
const QUOTES = { '«': '»', '„': '“”', '“': '”', '‹': '›' };
/**
 * A name that opens a quote holds its closing mark too (ТОВ «Нива» ends after »): corpora disagree on
 * whether quotes belong to a name, so the tagger sometimes stops one token short of the closing mark.
 * Returns the span's end, one character further when that character closes a quote the span opened.
 */
export function closeQuote(text, start, end) {
    const span = text.slice(start, end);
    const next = text.charAt(end);
    if (!next)
        return end;
    const count = (marks) => [...span].filter((c) => marks.includes(c)).length;
    for (const [open, close] of Object.entries(QUOTES)) {
        if (count(open) > count(close) && close.includes(next))
            return end + 1;
    }
    if ((span.match(/"/g) ?? []).length % 2 === 1 && next === '"')
        return end + 1;
    return end;
}
//# sourceMappingURL=ner.js.map