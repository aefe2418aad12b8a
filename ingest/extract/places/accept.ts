// Whether a match may stand as a place, given its source and its context. Curated names are safe;
// country names nearly so; a GeoNames town needs more inhabitants the less its context says "place".
import { loadData } from '../../../core/data.js';
import { isGivenName } from '../../../core/names/given-names.js';
import { foldAccents } from '../../../core/text/fold.js';
import { hasCyrillic } from '../../../core/text/scripts.js';
import type { Entry } from './gazetteer.js';
import type { Page } from './page.js';
import { stopwords } from './stopwords.js';
import { atSentenceStart } from './tokens.js';

export interface Candidate {
  entry: Entry;
  first: number;
  /** Index of the word after the match. */
  next: number;
  end: number;
  inflected: boolean;
  /** Found through a settlement marker (`г.`, `м.`), which already says "place". */
  marked?: boolean;
}

// Words that introduce a place name in the Latin-script languages, compared unfolded (the French
// `à` is not the English `a`). After a Polish one a GeoNames name may carry a case ending. `to` and
// `from` as often introduce a person.
const POLISH_PREPOSITIONS = new Set(
  'w we z ze do od na pod przez przy koło nad ku spod spoza obok'.split(' '),
);
const LOCATIVE = new Set(
  'in at near via into outside à près dans naar bij nabij te nach bei'.split(' '),
);
const DIRECTIONAL = new Set('to from towards vers uit vanuit aus'.split(' '));

// Endings of family names and patronymics (Tursunova, Sharipov, Kowalski, Tohirzoda).
const SURNAME =
  /(?:ov|ova|ev|eva|ovich|ovna|evich|evna|zoda|zade|enko|ski|ska|sky|cki|cka|wicz|yan|ian|shvili|uly|qizi|kyzy)$/;

export function accept(page: Page, c: Candidate): boolean {
  const first = page.token(c.first);
  // Latin-script case endings are Polish: elsewhere `Athena` is not a form of `Athene`.
  if (c.inflected && !hasCyrillic(first.raw) && !page.polish()) return false;
  if (c.entry.source === 'curated' || c.marked) return true;
  // A region's name of several words (Оренбургская область, South Dakota, Dakota Południowa) names
  // nothing else, in any case form.
  if (c.entry.source === 'region' && c.entry.words.length > 1) return true;
  const surface = page.text.slice(first.start, c.end);
  const single = c.entry.words.length === 1;
  if (single && commonWord(page, c.entry, foldAccents(surface))) return false;
  if (page.afterInitial(c.first)) return false;
  if (c.entry.source === 'country') return acceptCountry(page, c, surface);
  // A continent or world region is taken as a trusted country name is (not inside a person's name),
  // where a preposition says "place" (в Европе, in the Middle East): elsewhere it names a topic or a
  // beat (a section "Europe and Central Asia", a "Europe desk"), and the model may still confirm it.
  if (c.entry.source === 'world')
    return introduced(page, c.first) && acceptCountry(page, c, surface);
  return c.entry.population >= cityThreshold(page, c, surface);
}

/**
 * A match inside a span the NER model reads as a place (or a table's place cell, `cell`): accepted unless it is a Latin-script name with
 * a case ending outside Polish text or a common word of the page's language, or a continent or world
 * region without a preposition of place on a reading the model is not `sure` of.
 */
export function acceptConfirmed(page: Page, c: Candidate, sure = true, cell = false): boolean {
  const first = page.token(c.first);
  if (c.inflected && !hasCyrillic(first.raw) && !page.polish()) return false;
  // A continent or region on a weak reading still needs its preposition (a section "· Europe").
  if (c.entry.source === 'world' && !sure && !introduced(page, c.first)) return false;
  const surface = page.text.slice(first.start, c.end);
  if (!scriptOfLine(page.text, first.start, hasCyrillic(surface))) return false;
  // A town named like a given name (Adel, Taras) stays a name even where the model reads a place,
  // but not in a table's place cell (a route "Lyon - Tunis"), which holds nothing else.
  return !(
    c.entry.words.length === 1 &&
    (commonWord(page, c.entry, foldAccents(surface)) ||
      (!cell && (isGivenName(surface) || isGivenName(c.entry.name))))
  );
}

/**
 * Whether the words of the line around a position are mostly of the given script: a Latin word amid
 * Cyrillic (or the reverse) is more often OCR debris (a Cyrillic word read in Latin letters) than a place.
 */
function scriptOfLine(text: string, at: number, cyrillic: boolean): boolean {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  const to = text.indexOf('\n', at);
  const words = text.slice(from, to < 0 ? text.length : to).match(/\p{L}{2,}/gu) ?? [];
  const same = words.filter((w) => hasCyrillic(w) === cyrillic).length;
  return same * 2 > words.length;
}

function commonWord(page: Page, entry: Entry, folded: string): boolean {
  return (
    stopwords(foldAccents).has(folded) ||
    organizationWords().has(folded) ||
    (!entry.trusted && page.lowerWords().has(folded))
  );
}

let orgWords: Set<string> | undefined;

/** One-word names and abbreviations of catalogued organizations (Interpol, Frontex): never a town of that name. */
function organizationWords(): Set<string> {
  orgWords ??= new Set(
    loadData<{ entries: Array<{ name: string; forms: string[]; abbreviations?: string[] }> }>(
      'organizations.json',
    )
      .entries.flatMap((o) => [o.name, ...o.forms, ...(o.abbreviations ?? [])])
      .filter((n) => !/\s/.test(n))
      .map(foldAccents),
  );
  return orgWords;
}

function acceptCountry(page: Page, c: Candidate, surface: string): boolean {
  const first = page.token(c.first);
  // `Chad Granum`, `Jordan Miner`: a Latin country name inside a person's name.
  if (
    c.entry.words.length === 1 &&
    !first.upper &&
    !hasCyrillic(surface) &&
    page.nextToName(c.first, c.next)
  )
    return false;
  if (c.entry.trusted) return true;
  // A name from another language (Swahili `Israeli`) may be a word of ours: only where a place is expected.
  const before = page.wordBefore(c.first);
  return (
    !c.inflected &&
    surface.length >= 6 &&
    (LOCATIVE.has(before) || DIRECTIONAL.has(before) || POLISH_PREPOSITIONS.has(before))
  );
}

// Prepositions of place and direction before a continent or region, beside those above: Russian,
// Ukrainian and Tajik; English, French and German ones that take a region (across Europe, à travers
// l'Asie, durch Europa). Articles between them and the name are skipped (in the Middle East, de l'Asie).
const REGION_PREPOSITIONS = new Set(
  [
    'в во на из с со у к по через до от за под над при о об',
    'у в на з із зі до від через по під над при біля',
    'дар ба аз то',
    'across throughout through within around over toward towards',
    'en au aux dans de du des vers depuis travers',
    'im nach aus durch über von vom zum zur',
  ]
    .join(' ')
    .split(' '),
);
const REGION_ARTICLES = new Set('the l la le les die der dem den'.split(' '));

/** A preposition of place stands right before the name (an article between them allowed). */
function introduced(page: Page, first: number): boolean {
  const prep = (w: string) =>
    REGION_PREPOSITIONS.has(w) ||
    POLISH_PREPOSITIONS.has(w) ||
    LOCATIVE.has(w) ||
    DIRECTIONAL.has(w);
  let i = first;
  for (let skipped = 0; skipped < 2 && i > 0; skipped++) {
    const before = page.tokens[i - 1]!;
    // Only spaces (or an elision's apostrophe: d'Europe) between the words.
    if (!/^[ \t'’]*$/u.test(page.text.slice(before.end, page.tokens[i]!.start))) return false;
    const w = before.raw.toLowerCase();
    if (prep(w)) return true;
    if (!REGION_ARTICLES.has(w)) return false;
    i--;
  }
  return false;
}

/** How many inhabitants a GeoNames town needs before a word is taken for it, given its context. */
function cityThreshold(page: Page, c: Candidate, surface: string): number {
  const before = page.wordBefore(c.first);
  const polishPrep = POLISH_PREPOSITIONS.has(before) && page.polish();
  if (c.inflected) return polishPrep ? 5_000 : Infinity;
  const single = c.entry.words.length === 1;
  let min = contextThreshold(page, c, before, polishPrep);
  if (single && surface.length <= 4) min = Math.max(min, 500_000);
  if (single && SURNAME.test(foldAccents(surface))) min = Math.max(min, 300_000);
  // A town named like a given name (Alexandria, Karim) is a place only where the words around say place.
  if (single && isGivenName(surface) && min >= 50_000) min = Math.max(min, 1_000_000);
  if (page.possessive(c.end)) min = Math.max(min, 100_000);
  if (page.nextToName(c.first, c.next)) min = Math.max(min, 1_000_000);
  return min;
}

/** What the words around say: `Vorukh, Tajikistan` and `w Brzozowie` a lot, `in Bath` less, nothing little. */
function contextThreshold(page: Page, c: Candidate, before: string, polishPrep: boolean): number {
  if (polishPrep || page.besideCountry(c.next)) return 1_000;
  if (LOCATIVE.has(before)) return 10_000;
  if (DIRECTIONAL.has(before)) return 50_000;
  const t = page.token(c.first);
  const startOrCaps = t.upper || atSentenceStart(page.text, t.start);
  return c.entry.words.length > 1 && !startOrCaps ? 5_000 : 100_000;
}
