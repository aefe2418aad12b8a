// Short forms of an organization a document names in full: after "the Migration Department of
// Ruritania" the text says "the Migration Department"; after "Brandenburgisches Oberlandesgericht",
// "das Oberlandesgericht". The short form is the same institution, so it takes the full name's
// normalized value, as a family name alone takes its person's. Only where it is safe: the short form
// holds a head noun (a bare "Interpol" is a name, not a description), it is the start or the end of
// exactly one longer name in the document, and what the longer name adds is no further head noun or
// part of an institution (data/organization-heads.json `units`: "Border Guard" is not short for
// "Border Guard Post in X"), nor a country: a document's bare "Border Guard" is its own country's
// when it names another's as "the Border Guard of Y". Hand-written: coreference libraries on npm work on English only.
import { loadData } from '../../core/data.js';
import { foldAccents } from '../../core/text/fold.js';
import { namesInstitution } from './organization-shapes.js';
import { gazetteer } from './places/gazetteer.js';
import { findPlaces } from './places.js';

interface OrgMention {
  type: string;
  text: string;
  normalized: string | null;
}

let unitStems: string[] | undefined;

function isUnit(word: string): boolean {
  unitStems ??= loadData<{ units: { entries: { stems: string[] }[] } }>(
    'organization-heads.json',
  ).units.entries.flatMap((e) => e.stems.map((s) => foldAccents(s)));
  const w = foldAccents(word);
  return unitStems.some((s) => w.startsWith(s));
}

/** Whether a name holds a country's, in any case form ("… of Ukraine", "… Украины"). */
function namesCountry(text: string): boolean {
  const countries = gazetteer().countryWords;
  return findPlaces(text, [{ start: 0, end: text.length }]).some((p) =>
    countries.has(foldAccents(p.normalized)),
  );
}

const tokens = (s: string | null): string[] => (s ? (s.match(/[\p{L}\p{N}]+/gu) ?? []) : []);
const key = (t: string[]) => t.map(foldAccents).join(' ');

/**
 * What `long` adds to `short` when `short` is its first or last words (folded, whole words), else
 * null. Equal lists add nothing and are no short form either.
 */
function addedWords(short: string[], long: string[]): string[] | null {
  if (short.length === 0 || short.length >= long.length) return null;
  const s = key(short);
  if (key(long.slice(0, short.length)) === s) return long.slice(short.length);
  if (key(long.slice(long.length - short.length)) === s) return long.slice(0, -short.length);
  return null;
}

/** What a longer name adds is at most five words and no further institution or part of one. */
function addsNoInstitution(added: string[] | null): boolean {
  return (
    added !== null && added.length <= 5 && !added.some((w) => namesInstitution(w) || isUnit(w))
  );
}

/**
 * Gives each organization mention of one document that is a short form of exactly one longer
 * organization name in it (by its text or by its normalized value) that name's normalized value.
 * Changes `rows` in place and returns it; other types are left alone.
 */
export function linkShortForms<T extends OrgMention>(rows: T[]): T[] {
  const orgs = rows.filter((r) => r.type === 'organization' && r.normalized);
  const seen = new Map<string, boolean>();
  const country = (name: string) => seen.get(name) ?? seen.set(name, namesCountry(name)).get(name)!;
  for (const short of orgs) {
    const text = tokens(short.text);
    const norm = tokens(short.normalized);
    if (!text.some(namesInstitution) && !norm.some(namesInstitution)) continue;
    const fulls = new Set<string>();
    for (const long of orgs) {
      if (long.normalized === short.normalized) continue;
      const shortOf =
        addsNoInstitution(addedWords(text, tokens(long.text))) ||
        addsNoInstitution(addedWords(norm, tokens(long.normalized)));
      // A country the longer name adds (its whole text read, for the case forms' context): looked
      // up only for a short form, as the gazetteer is the costly part.
      if (
        shortOf &&
        !(
          (country(long.text) || country(long.normalized!)) &&
          !country(short.text) &&
          !country(short.normalized!)
        )
      )
        fulls.add(long.normalized!);
    }
    if (fulls.size === 1) short.normalized = [...fulls][0]!;
  }
  return rows;
}
