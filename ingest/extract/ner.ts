// Named entities (persons, places, organizations) found by a statistical sequence labeller: an
// averaged structured perceptron over hashed word features, decoded with Viterbi (see ner/ and
// models/ner/MODEL.md for the training data and figures). The model is read once, on first use.
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../core/paths.js';
import { spansOf } from './ner/bio.js';
import { FEATURES_VERSION, docStats, sequenceFeatures } from './ner/features.js';
import { decodeModel } from './ner/model-file.js';
import { decode, emissions, scoresWithout, type Params } from './ner/perceptron.js';
import { tokenize } from './ner/tokens.js';

type NamedEntityType = 'person' | 'place' | 'organization';

export interface NamedEntity {
  type: NamedEntityType;
  start: number;
  end: number;
  /**
   * How much better the best labelling is than the best one without this entity (its words all O),
   * in the model's score units: a margin, for callers that want only sure entities.
   */
  margin: number;
}

const TYPES = { PER: 'person', LOC: 'place', ORG: 'organization' } as const;
/**
 * The model file: the shipped weights, or CASEFILE_NER_MODEL (a path) for the evaluation scripts'
 * cross-validation folds (models trained with `scripts/train-ner.mjs --fold K`, never shipped).
 * @public scripts/bench-ner.mjs imports it from dist/.
 */
export const MODEL_PATH =
  process.env.CASEFILE_NER_MODEL ?? path.join(packageRoot, 'models/ner/ner.bin.gz');

let model: Params | undefined;

function load(): Params {
  if (model) return model;
  const { params, header } = decodeModel(fs.readFileSync(MODEL_PATH));
  if (header.features !== FEATURES_VERSION)
    throw new Error(
      `${MODEL_PATH} was trained on features v${String(header.features)}, the code computes v${FEATURES_VERSION}: retrain (scripts/train-ner.mjs)`,
    );
  // Older headers say `true` for the full document features.
  const doc = header.document === true ? 1 : header.document;
  model = { ...params, document: doc === 1 || doc === 2 ? doc : 0 };
  return model;
}

/** Named entities of a page's text, as character offsets, in text order. */
export function findNamedEntities(text: string, params: Params = load()): NamedEntity[] {
  const tokens = tokenize(text);
  const lineStart = tokens.map((t) => t.lineStart);
  // A model trained with the document features reads the page as its document.
  const stats = params.document ? docStats(tokens, params.bits, params.document) : null;
  const em = emissions(params, sequenceFeatures(tokens, params.bits, stats));
  const best = decode(params, em, lineStart);
  const spans = spansOf(best.labels);
  const without = scoresWithout(params, em, lineStart, spans);
  return spans.map((s, k) => ({
    type: TYPES[s.type],
    start: (tokens[s.from] as { start: number }).start,
    end: closeQuote(
      text,
      (tokens[s.from] as { start: number }).start,
      (tokens[s.to - 1] as { end: number }).end,
    ),
    margin: best.score - (without[k] as number),
  }));
}

// Opening marks and the marks that close them: „…“ in German, „…” in Polish, “…” in English.
const QUOTES: Record<string, string> = { '«': '»', '„': '“”', '“': '”', '‹': '›' };

/**
 * A name that opens a quote holds its closing mark too (ТОВ «Нива» ends after »): corpora disagree on
 * whether quotes belong to a name, so the tagger sometimes stops one token short of the closing mark.
 * Returns the span's end, one character further when that character closes a quote the span opened.
 */
export function closeQuote(text: string, start: number, end: number): number {
  const span = text.slice(start, end);
  const next = text.charAt(end);
  if (!next) return end;
  const count = (marks: string) => [...span].filter((c) => marks.includes(c)).length;
  for (const [open, close] of Object.entries(QUOTES)) {
    if (count(open) > count(close) && close.includes(next)) return end + 1;
  }
  if ((span.match(/"/g) ?? []).length % 2 === 1 && next === '"') return end + 1;
  return end;
}
