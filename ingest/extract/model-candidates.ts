// The NER model's spans (ner.ts) as candidates beside the rules: the rules keep what they read
// precisely (MRZ, passports, dates, name shapes with patronymics and initials, catalogued
// organizations), and the model adds persons and organizations no rule or list knows. A model person
// is normalized by persons.ts as if a rule had found it; a model organization keeps its surface text
// as its name (as organization-shapes.ts does); model places only confirm gazetteer names (places.ts).
import { fold } from './fold.js';
import { isHead } from './organization-shapes.js';
import { functionWords } from './places/stopwords.js';
import type { NamedEntity } from './ner.js';
import { knownPersonSpan, normalizePersonSpan, personEvidence, rememberPerson } from './persons.js';
import type { DocumentContext, Found } from './types.js';

// Margins (ner.ts: best score minus the best without the span) chosen on the case corpora and the
// public test sets (models/ner/MODEL.md): a person without a name signal needs 50; a model
// organization without a head noun needs 80 (public news organizations F1 0.13 → 0.42 on CoNLL, 0.18 →
// 0.27 on factRuEval, for one more false one on dev-c); a rule place gives way to a model
// organization or person over the same words at 60.
const PER_MARGIN = 50;
const ORG_MARGIN = 80;
const VETO_MARGIN = 60;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

const STEM = 5;

/** The words a page writes in lower case, and their first letters (a stem without its case ending). */
function lowerWords(text: string): Set<string> {
  const words = text.match(/(?<![\p{L}])\p{Ll}+(?![\p{L}])/gu) ?? [];
  return new Set([...words, ...words.filter((w) => w.length > STEM).map((w) => w.slice(0, STEM))]);
}

/** A word the page also writes in lower case, in this or another case form (директор → Директору). */
function commonOnPage(word: string, lower: Set<string>): boolean {
  const w = word.toLowerCase();
  return lower.has(w) || (w.length > STEM && lower.has(w.slice(0, STEM)));
}

/**
 * Model persons that no rule found, over words no other entity holds: a span with something only
 * names have (a listed given name, initials, a patronymic), normalized by persons.ts, or a single
 * word that is the given or family name of someone the document already named in full.
 */
export function modelPersons(text: string, named: readonly NamedEntity[], taken: readonly Found[], ctx: DocumentContext): Found[] {
  const out: Found[] = [];
  const candidates = named.filter((e) => e.type === 'person' && !taken.some((f) => f.type !== 'date' && overlaps(f, e)));
  const lower = lowerWords(text);
  // Without a listed given name, initials or a patronymic, only a sure span whose words the page
  // never writes in lower case (Брат, Директору are words, not names, when it does).
  const sure = (e: NamedEntity) => e.margin >= PER_MARGIN && !(text.slice(e.start, e.end).match(/\p{L}+/gu) ?? []).some((w) => commonOnPage(w, lower));
  for (const e of candidates) {
    const normalized = personEvidence(text.slice(e.start, e.end)) || sure(e) ? normalizePersonSpan(text, e.start, e.end) : undefined;
    if (!normalized) continue;
    rememberPerson(ctx, normalized);
    out.push({ type: 'person', text: text.slice(e.start, e.end), normalized, start: e.start, end: e.end, attributes: { source: 'ner' } });
  }
  for (const e of candidates) {
    const normalized = out.some((f) => overlaps(f, e)) ? undefined : knownPersonSpan(text, e.start, e.end, ctx);
    if (normalized) out.push({ type: 'person', text: text.slice(e.start, e.end), normalized, start: e.start, end: e.end, attributes: { source: 'ner short mention' } });
  }
  return out;
}

/**
 * Model organizations that no rule found: named by their surface text, line breaks as spaces. An
 * organization may hold a place (a court of a town), but a span that is a place and nothing more is no
 * organization.
 */
export function modelOrganizations(text: string, named: readonly NamedEntity[], taken: readonly Found[], places: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (const e of named) {
    if (e.type !== 'organization' || taken.some((f) => overlaps(f, e))) continue;
    if (places.some((p) => p.start <= e.start && e.end <= p.end)) continue;
    const surface = text.slice(e.start, e.end);
    if ([...surface.replace(/[^\p{L}]/gu, '')].length < 2) continue;
    const words = surface.split(/\s+/);
    // A name does not end in an article or a preposition ("Ministry of").
    if (functionWords(fold).has(fold(words.at(-1) ?? ''))) continue;
    // A head noun (court, ministry, Gericht) says institution; without one, only a confident reading.
    if (!words.some((w) => isHead(w.replace(/[^\p{L}-]/gu, ''))) && e.margin < ORG_MARGIN) continue;
    out.push({ type: 'organization', text: surface, normalized: surface.replace(/\s+/g, ' '), start: e.start, end: e.end, attributes: { source: 'ner' } });
  }
  return out;
}

/** The model's place spans, for places.ts to confirm gazetteer names with. */
export const modelPlaceSpans = (named: readonly NamedEntity[]) => named.filter((e) => e.type === 'place');

/**
 * Rule places the model reads, over exactly the same words, as an organization or a person (a club
 * named after its town, a family name that is also a town): the model has seen the context.
 */
export function vetoPlaces(places: readonly Found[], named: readonly NamedEntity[]): Found[] {
  return places.filter((p) => !named.some((e) => e.type !== 'place' && e.margin >= VETO_MARGIN && e.start === p.start && e.end === p.end));
}
