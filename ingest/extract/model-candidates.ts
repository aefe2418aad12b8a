// The NER model's spans (ner.ts) as candidates beside the rules: the rules keep what they read
// precisely (MRZ, passports, dates, name shapes with patronymics and initials, catalogued
// organizations), and the model adds persons and organizations no rule or list knows. A model person
// is normalized by persons.ts as if a rule had found it; a model organization keeps its surface text
// as its name (as organization-shapes.ts does); model places only confirm gazetteer names (places.ts).
import { isGivenName } from '../../core/names/given-names.js';
import { hasSurnameEnding } from '../../core/names/surname-endings.js';
import { foldAccents } from '../../core/text/fold.js';
import { isHead } from './organization-shapes.js';
import { placeWordBefore } from './places/context.js';
import { functionWords } from './places/stopwords.js';
import { afterStreetMarker, holdsStreetMarker } from './places/tokens.js';
import type { NamedEntity } from './ner.js';
import {
  givenNominative,
  isCapitalisedParticle,
  isTitleWord,
  knownPersonSpan,
  normalizeBareName,
  normalizeModelName,
  normalizePersonSpan,
  nounBeforeFamily,
  opensSentence,
  opensSentenceOnly,
  personEvidence,
  rememberPerson,
} from './persons.js';
import type { DocumentContext, Found } from './types.js';

// Margins (ner.ts: best score minus the best without the span), chosen on development splits only
// (CoNLL-2003 testa, the held-out fifth of the factRuEval devset, NEREL dev) and checked on the case
// corpora's page texts; models/ner/MODEL.md has the figures. A one-word person without a name signal
// needs 50, a longer one 25; a bare one-word name nobody named in full 40; a person whose second word
// is an ordinary word (Hill, Green) 100 and a listed given name; an organization without a head noun
// 30, with one 20, an abbreviation in capitals (UEFA, ФАС) any reading; a place no gazetteer holds
// 30. A rule place gives way to a model organization or person over the same words (a club named
// after its town) at 30, and to a model person around it at 30 too, and becomes the longer place
// the model reads around it at 60; a rule person gives way to a model organization or place around
// it at 40, and to a model person span reaching beyond it (a third name, a particle the rule's shape
// did not hold) at 15; an organization found by its shape alone takes the model's bounds at 60.
const PER_MARGIN = 50;
const MULTI_MARGIN = 25;
const BARE_MARGIN = 40;
const LENIENT_MARGIN = 100;
const ORG_MARGIN = 30;
const HEAD_MARGIN = 20;
const ACRONYM_MARGIN = 0;
const LOC_MARGIN = 30;
const VETO_MARGIN = 40;
const PLACE_VETO_MARGIN = 30;
const WIDEN_MARGIN = 15;
const PLACE_WIDEN_MARGIN = 60;
const TRIM_MARGIN = 60;
const SURNAME_MARGIN = 0;
// A word standing as an item of a list: after an opening bracket, a comma, a bullet, a dash, a colon,
// a figure or a line start, and before a closing or opening bracket, a comma, a bullet, a dash, a full
// stop or a line end (a scoring line "12:05 Сёмин (Орлик, Жданов)", a roster "Вратари: Уорд — Ким.").
const LIST_BEFORE = /(?:^|[(,;•·:–—\d-])[ \t]*$/u;
const LIST_AFTER = /^[ \t]*(?:$|[(),;.•·–—-])/mu;
/**
 * The margin a one-word model person needs at `start`..`end`: less for a word with a family name's
 * ending (Сёмин, Ковальчук, Wierzbicki) standing as an item of a list of names, which scoring lines and
 * rosters give without given names, than for any other. A given name in an oblique case (Вениамина,
 * whose -ина is also a family name's ending) is none.
 */
const oneWordMargin = (text: string, start: number, end: number) => {
  const word = text.slice(start, end);
  return /^\p{Lu}\p{Ll}/u.test(word) &&
    hasSurnameEnding(word) &&
    !isGivenName(word) &&
    !isGivenName(givenNominative(word)) &&
    LIST_BEFORE.test(text.slice(Math.max(0, start - 20), start)) &&
    LIST_AFTER.test(text.slice(end, end + 20))
    ? SURNAME_MARGIN
    : PER_MARGIN;
};
type Span = { start: number; end: number };
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
/** Whether span a lies inside span b (or is the same span). */
const within = (a: Span, b: Span) => b.start <= a.start && a.end <= b.end;

const STEM = 5;

let lastPage: { text: string; lower: Set<string> } | undefined;

/**
 * The words a page writes in lower case, and their first letters (a stem without its case ending);
 * kept for the last page, which modelPersons and modelPlaces both ask about.
 */
function lowerWords(text: string): Set<string> {
  if (lastPage?.text === text) return lastPage.lower;
  const lower = pageLowerWords(text);
  lastPage = { text, lower };
  return lower;
}

function pageLowerWords(text: string): Set<string> {
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
export function modelPersons(
  text: string,
  named: readonly NamedEntity[],
  taken: readonly Found[],
  ctx: DocumentContext,
): Found[] {
  const out: Found[] = [];
  const candidates = named.filter(
    (e) =>
      e.type === 'person' &&
      !afterStreetMarker(text, e.start) &&
      !nounBeforeFamily(text, e.start, e.end, named) &&
      !taken.some((f) => f.type !== 'date' && overlaps(f, e)),
  );
  const lower = lowerWords(text);
  // Without a listed given name, initials or a patronymic, only a sure span whose words the page
  // never writes in lower case (Брат, Директору are words, not names, when it does).
  // Only the capitalised words count: a particle (van, de) is in lower case on every page.
  const sure = (e: NamedEntity) => {
    const words = (text.slice(e.start, e.end).match(/\p{Lu}\p{L}*/gu) ?? []).filter(
      (w, i, all) => i === 0 || i === all.length - 1 || !isCapitalisedParticle(w),
    );
    return (
      e.margin >= (words.length > 1 ? MULTI_MARGIN : oneWordMargin(text, e.start, e.end)) &&
      !words.some((w) => commonOnPage(w, lower))
    );
  };
  for (const e of candidates) {
    const evidence = personEvidence(text.slice(e.start, e.end));
    const normalized =
      (evidence || sure(e) ? normalizePersonSpan(text, e.start, e.end) : undefined) ??
      (evidence && e.margin >= LENIENT_MARGIN
        ? normalizePersonSpan(text, e.start, e.end, true)
        : undefined) ??
      (sure(e) ? normalizeModelName(text, e.start, e.end, ctx) : undefined);
    if (!normalized) continue;
    rememberPerson(ctx, normalized);
    out.push({
      type: 'person',
      text: text.slice(e.start, e.end),
      normalized,
      start: e.start,
      end: e.end,
      attributes: { source: 'ner' },
    });
  }
  for (const e of candidates) {
    const normalized = out.some((f) => overlaps(f, e))
      ? undefined
      : knownPersonSpan(text, e.start, e.end, ctx);
    if (normalized)
      out.push({
        type: 'person',
        text: text.slice(e.start, e.end),
        normalized,
        start: e.start,
        end: e.end,
        attributes: { source: 'ner short mention' },
      });
  }
  // A bare name of someone the document never names in full ("Smith said", "сообщил Петров"): only a
  // sure reading of a word the page never writes in lower case.
  for (const e of candidates) {
    if (
      out.some((f) => overlaps(f, e)) ||
      !sure(e) ||
      e.margin < Math.min(BARE_MARGIN, oneWordMargin(text, e.start, e.end))
    )
      continue;
    const normalized = normalizeBareName(text, e.start, e.end);
    if (normalized)
      out.push({
        type: 'person',
        text: text.slice(e.start, e.end),
        normalized,
        start: e.start,
        end: e.end,
        attributes: { source: 'ner bare name' },
      });
  }
  return out;
}

/**
 * Model organizations that no rule found: named by their surface text, line breaks as spaces. An
 * organization may hold a place (a court of a town), but a span that is a place and nothing more is no
 * organization.
 */
export function modelOrganizations(
  text: string,
  named: readonly NamedEntity[],
  taken: readonly Found[],
  places: readonly Found[],
): Found[] {
  const out: Found[] = [];
  for (const e of named) {
    if (e.type !== 'organization' || taken.some((f) => overlaps(f, e))) continue;
    if (places.some((p) => p.start <= e.start && e.end <= p.end)) continue;
    const surface = text.slice(e.start, e.end);
    if (onlyPlaces(surface, e.start, places)) continue;
    if ([...surface.replace(/[^\p{L}]/gu, '')].length < 2) continue;
    const words = surface.split(/\s+/);
    // A name does not end in an article or a preposition ("Ministry of").
    if (functionWords(foldAccents).has(foldAccents(words.at(-1) ?? ''))) continue;
    // A name does not run across the end of a sentence ("… служба. Мой").
    if (/[.!?]\s+\p{Lu}/u.test(surface)) continue;
    // A head noun (court, ministry, Gericht) says institution; without one, only a confident reading.
    // An abbreviation in capitals (UEFA, ФАС) is a name by its form, so a lower margin is sure enough.
    const acronym = /^\p{Lu}{2,6}$/u.test(surface);
    const headed = words.some((w) => isHead(w.replace(/[^\p{L}-]/gu, '')));
    // An office named by its title and lower-case words ("Министру юстиции", "Ministrowi
    // sprawiedliwości") is a person's; a proper name after it (Queen of the South) or a head noun
    // (Office of the President) makes an institution.
    if (
      !headed &&
      isTitleWord(words[0]!.replace(/[^\p{L}.-]/gu, '')) &&
      words.slice(1).every((w) => !/^\p{Lu}/u.test(w))
    )
      continue;
    if (e.margin < (acronym ? ACRONYM_MARGIN : headed ? HEAD_MARGIN : ORG_MARGIN)) continue;
    // A bare head noun ("Министерству") is named by the complement after it.
    const end = words.length === 1 && headed ? complementEnd(text, e.end, places) : e.end;
    if (end !== e.end && taken.some((f) => overlaps(f, { start: e.end, end }))) continue;
    const name = text.slice(e.start, end);
    out.push({
      type: 'organization',
      text: name,
      normalized: name.replace(/\s+/g, ' '),
      start: e.start,
      end,
      attributes: { source: end === e.end ? 'ner' : 'ner, with its complement' },
    });
  }
  return out;
}

// A Cyrillic word in the genitive (торговли, иностранных, внутрішніх, корҳои, дохилӣ) by its ending,
// not a verb in the past tense (заявила, сообщили), which a sentence may put after a head noun.
const GENITIVE = /^\p{Ll}{2,}(?:и|ы|а|я|ов|ев|ей|ий|ых|их|іх|ого|его|ой|і|ї|ої|ів|ӣ)$/u;
const PAST = /[аеиоуыяіїю]л[аио]?$/u;

/**
 * The end of the complement after a bare head noun in Cyrillic script, written in lower case as
 * Russian, Ukrainian and Tajik write it (Министерству торговли, Міністерства юстиції,
 * Вазорати корҳои дохилӣ): up to three words in the genitive on the same line, then a place the
 * rules found or an abbreviation in capitals (… КНР, … России). The head's own end when none follows.
 */
function complementEnd(text: string, end: number, places: readonly Found[]): number {
  if (!/\p{Script=Cyrillic}/u.test(text.slice(Math.max(0, end - 2), end))) return end;
  let at = end;
  let words = 0;
  const step = /[ \t]+(\p{L}+)(?![\p{L}-])/uy;
  for (;;) {
    step.lastIndex = at;
    const m = step.exec(text);
    if (!m || words === 3 || !GENITIVE.test(m[1]!) || PAST.test(m[1]!)) break;
    if (functionWords(foldAccents).has(m[1]!)) break;
    at = step.lastIndex;
    words++;
  }
  if (!words) return end;
  const name = /^[ \t]+(\p{Lu}{2,6})(?![\p{L}])/u.exec(text.slice(at));
  const place = places.find((p) => /^[ \t]+$/u.test(text.slice(at, p.start)) && p.start > at);
  if (name) return at + name[0].length;
  return place ? place.end : at;
}

// Words that make a place a state ("Republic of", "Ҷумҳурии", "Rzeczpospolita"), not an institution.
const STATE_FORM =
  /^(?:республик\p{L}*|республік\p{L}*|ҷумҳури\p{L}*|republi\p{L}*|république|rzeczpospolit\p{L}*|федераци\p{L}*|федераці\p{L}*|federation|fédération|federacj\p{L}*|föderation|королевств\p{L}*|kingdom|królestw\p{L}*|royaume|königreich)$/iu;

/**
 * Whether a span is places and nothing more: every word outside the places found in it is a word of
 * a state's name or a function word ("Tashkent, Republic of Uzbekistan", "Тошкенти Ҷумҳурии Ӯзбекистон").
 */
function onlyPlaces(surface: string, start: number, places: readonly Found[]): boolean {
  const inside = places.filter((p) => p.start >= start && p.end <= start + surface.length);
  if (!inside.length) return false;
  let rest = surface;
  for (const p of inside)
    rest = rest.slice(0, p.start - start) + ' '.repeat(p.end - p.start) + rest.slice(p.end - start);
  return rest
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .every(
      (w) => STATE_FORM.test(w) || functionWords(foldAccents).has(foldAccents(w.toLowerCase())),
    );
}

/**
 * Model places no gazetteer holds (a village, a district, a street-less landmark) over words no other
 * entity holds: only sure readings of words the page never writes in lower case, named by their
 * surface text (line breaks as spaces), since no list gives them a canonical name.
 */
export function modelPlaces(
  text: string,
  named: readonly NamedEntity[],
  taken: readonly Found[],
  ctx: DocumentContext,
): Found[] {
  const lower = lowerWords(text);
  const persons = new Set(
    taken.filter((f) => f.type === 'person').map((f) => foldAccents(f.text.toLowerCase())),
  );
  const samePerson = (surface: string) => persons.has(foldAccents(surface.toLowerCase()));
  const out: Found[] = [];
  for (const e of named) {
    // A place may stand in the complement an organization took after its head (… торговли КНР).
    const inComplement = (f: Found) =>
      f.attributes?.source === 'ner, with its complement' && within(e, f);
    if (
      e.type !== 'place' ||
      e.margin < LOC_MARGIN ||
      taken.some((f) => overlaps(f, e) && !inComplement(f))
    )
      continue;
    const surface = text.slice(e.start, e.end);
    if (afterStreetMarker(text, e.start) || holdsStreetMarker(surface)) continue;
    const words = surface.match(/\p{L}+/gu) ?? [];
    // Only its capitalised words can be common words (Химкинский лес holds a word in lower case), and
    // only the last of them, the name's own (NEW HAVEN, North Ossetia: new, north are words; Vale
    // Ridge is no place on a page that writes ridge).
    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
    const last = capitalised.at(-1);
    if ([...words.join('')].length < 2 || !last || commonOnPage(last, lower)) continue;
    if (functionWords(foldAccents).has(foldAccents(words.at(-1) ?? ''))) continue;
    // A name the document gives a person (a given name read as a person elsewhere) is that person.
    if (knownPersonSpan(text, e.start, e.end, ctx) || samePerson(surface)) continue;
    out.push({
      type: 'place',
      text: surface,
      normalized: surface.replace(/\s+/g, ' '),
      start: e.start,
      end: e.end,
      attributes: { source: 'ner' },
    });
  }
  return out;
}

/**
 * The model's place spans, for places.ts to confirm gazetteer names with. A weak place reading (under
 * LOC_MARGIN) of words the model reads as a person elsewhere on the page is that person's name (a
 * given name in an inverted "Family, Given" line): it confirms no place, so the rules keep the person.
 * `sure`: the margin is LOC_MARGIN or more (the reading modelPlaces would take on its own).
 */
export const modelPlaceSpans = (text: string, named: readonly NamedEntity[]) => {
  const key = (e: NamedEntity) => foldAccents(text.slice(e.start, e.end).toLowerCase());
  const persons = new Set(named.filter((e) => e.type === 'person').map(key));
  return named
    .filter((e) => e.type === 'place' && (e.margin >= LOC_MARGIN || !persons.has(key(e))))
    .map((e) => ({ ...e, sure: e.margin >= LOC_MARGIN }));
};

/**
 * Rule places the model reads, over exactly the same words, as an organization or a person (a club
 * named after its town, a family name that is also a town), or that lie inside a name the model reads
 * as a person's (Trevor Holland): the model has seen the context. Not a place right after a verb whose
 * object is a place or a Slavic preposition of place (places/context.ts, given `text`): "left Porto" is
 * where someone went, though news taught the model the club.
 */
export function vetoPlaces(
  places: readonly Found[],
  named: readonly NamedEntity[],
  text?: string,
): Found[] {
  return places.filter(
    (p) =>
      !named.some(
        (e) =>
          e.type !== 'place' &&
          e.margin >= PLACE_VETO_MARGIN &&
          (e.type === 'person'
            ? within(p, e)
            : e.start === p.start &&
              e.end === p.end &&
              !(text !== undefined && placeWordBefore(text, p.start))),
      ),
  );
}

// A word of two letters or more, a full stop (or ! ?) and a space: a sentence ends inside the span.
const SENTENCE_END_INSIDE = /\p{L}{2}[.!?]\s/u;

// A family name and one or two initials, in either order ("Курочка П. А.", "R. T. Okonjo", "Є.Ї. Дереза").
const INITIALS_FORM =
  /^(?:(?:\p{Lu}\.\s*){1,2}\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+\s+(?:\p{Lu}\.\s*){1,2})$/u;

/**
 * Rule persons the model reads otherwise: inside an organization or a place the model is sure of, and
 * no model person over them (a club, an index, an exchange named like a person: Leyton Orient, Dow
 * Jones, New York Stock Exchange), the person goes; where a model person span overlaps one and reaches
 * beyond it (a third name or a particle the rule's shape did not hold: Miguel Angel Martin, Ana de
 * Souza; a title the rule took for a name), the model's span replaces it when persons.ts can name it.
 * A family name with initials stays unless the model's other reading reaches beyond it.
 */
export function arbitratePersons(
  text: string,
  persons: readonly Found[],
  named: readonly NamedEntity[],
  ctx: DocumentContext,
): Found[] {
  const out: Found[] = [];
  for (const p of persons) {
    const modelPersons = named.filter((e) => e.type === 'person' && overlaps(e, p));
    // A family name with initials is a person by its form: the model's other reading of those words
    // alone does not undo it, only an institution or place name reaching beyond them does.
    const initials = INITIALS_FORM.test(text.slice(p.start, p.end));
    if (
      !modelPersons.length &&
      named.some(
        (e) =>
          e.type !== 'person' &&
          e.margin >= VETO_MARGIN &&
          within(p, e) &&
          !(initials && within(e, p)),
      )
    )
      continue;
    // Not over a word that only opens the sentence (Академик X, House X: the page writes it in
    // lower case elsewhere).
    const wider = modelPersons.find(
      (e) =>
        e.margin >= WIDEN_MARGIN &&
        !within(e, p) &&
        !out.some((f) => overlaps(f, e)) &&
        (e.start >= p.start ||
          (!opensSentenceOnly(text, e.start) && !nounBeforeFamily(text, e.start, e.end, named))) &&
        // Not over a sentence's end: "Samira Benali. Ma fille …" is a name and the next sentence.
        !SENTENCE_END_INSIDE.test(text.slice(e.start, e.end)),
    );
    // Not to a given name and patronymic alone: the rule's name already says who, and the polite
    // form adds a spelling of the person no reader searches for.
    const normalized = wider
      ? (normalizePersonSpan(text, wider.start, wider.end) ??
        (personEvidence(text.slice(wider.start, wider.end), true)
          ? undefined
          : normalizeModelName(text, wider.start, wider.end, ctx)))
      : undefined;
    out.push(
      wider && normalized
        ? {
            ...p,
            text: text.slice(wider.start, wider.end),
            normalized,
            start: wider.start,
            end: wider.end,
            attributes: { ...p.attributes, source: 'rules, widened by ner' },
          }
        : p,
    );
  }
  return out;
}

/**
 * Organizations found by their shape alone (a run of capitalised words holding a head noun, a
 * letterhead) that the model, having seen the context, bounds otherwise: a run that reaches into a
 * date, a title or a neighbouring name ("… Association President Jan Kowalski", "Bank Zachodni on
 * Monday") becomes the organizations the model surely reads inside it; a run the model reads as no
 * organization at all goes when a sure person or place holds its head noun (East Marsh Bank) or a
 * sure person stands inside it (Chairman Jan Kowalski; not in a letterhead, whose capitals give the
 * model no case to tell a name by), and the model's reading is taken later. Catalogue and seat finds
 * are kept as they are.
 */
export function arbitrateOrganizations(
  text: string,
  organizations: readonly Found[],
  named: readonly NamedEntity[],
): Found[] {
  const out: Found[] = [];
  for (const o of organizations) {
    const over = named.filter((e) => overlaps(e, o));
    if (o.attributes?.source !== 'shape' || !over.length) {
      out.push(o);
      continue;
    }
    const orgs = over.filter((e) => e.type === 'organization');
    const sure = (e: NamedEntity) => e.margin >= TRIM_MARGIN;
    if (!orgs.length) {
      // Gone when a sure person stands inside it, or a sure person or place holds its head noun.
      const holdsHead = (e: NamedEntity) =>
        (text.slice(e.start, e.end).match(/[\p{L}-]+/gu) ?? []).some((w) => isHead(w));
      const readOtherwise = over.some(
        (e) =>
          sure(e) &&
          ((e.type === 'person' && within(e, o) && o.attributes?.shape !== 'letterhead') ||
            holdsHead(e)),
      );
      if (!readOtherwise) out.push(o);
      continue;
    }
    // The sure ones: a run holding several names keeps those the model is sure of.
    const inside = orgs.filter((e) => within(e, o) && (sure(e) || orgs.every((f) => !sure(f))));
    // A sure person inside it: the run took a title and a name after the institution
    // (… Association President Jan Kowalski); the model's organizations inside it are the names.
    // Not in a letterhead: a line in capitals gives the model no case to tell a name by.
    const personInside =
      o.attributes.shape !== 'letterhead' &&
      over.some((e) => e.type === 'person' && sure(e) && within(e, o));
    if (
      (!personInside &&
        (orgs.some((e) => !within(e, o)) || !inside.length || !inside.every(sure))) ||
      (inside.length === 1 && inside[0]!.start === o.start && inside[0]!.end === o.end)
    ) {
      out.push(o);
      continue;
    }
    for (const e of inside) {
      const surface = o.text.slice(e.start - o.start, e.end - o.start);
      out.push({
        ...o,
        text: surface,
        normalized: surface.replace(/\s+/g, ' '),
        start: e.start,
        end: e.end,
        attributes: { ...o.attributes, source: 'shape, bounded by ner' },
      });
    }
  }
  return out;
}

/** Words before a place that are its state's form and nothing more: "Republic of", "République de". */
function stateFormBefore(words: readonly string[]): boolean {
  const fw = functionWords(foldAccents);
  return (
    words.some((w) => STATE_FORM.test(w)) &&
    words.every((w) => STATE_FORM.test(w) || (/^\p{Ll}/u.test(w) && fw.has(foldAccents(w))))
  );
}

/**
 * Rule places the model reads as part of a longer place name, sure of it: the place is the longer name
 * (Old Brackwell, not Brackwell; Нижний Оскольск; New Mexico, not Mexico). Only when the words
 * the model adds hold a capitalised word that does not make a state's form (Republic of Ireland stays
 * Ireland, Тверской области stays Tver), and the longer name holds no other rule place. Its name is
 * the gazetteer's for the whole span when there is one, else its surface text.
 */
export function widenPlaces(
  text: string,
  places: readonly Found[],
  named: readonly NamedEntity[],
  lookup: (surface: string) => string | undefined,
): Found[] {
  return places.map((p) => {
    const e = named.find(
      (m) =>
        m.type === 'place' &&
        m.margin >= PLACE_WIDEN_MARGIN &&
        within(p, m) &&
        (m.start !== p.start || m.end !== p.end),
    );
    if (!e || places.some((q) => q !== p && overlaps(q, e))) return p;
    // An article the model reads at a sentence's start (The Kingdom of X) is no part of the name.
    const article = /^(\p{L}+)\s+/u.exec(text.slice(e.start, p.start));
    const start =
      article && functionWords(foldAccents).has(foldAccents(article[1]!))
        ? e.start + article[0].length
        : e.start;
    const added = text.slice(start, p.start).match(/\p{L}+/gu) ?? [];
    const surface = text.slice(start, e.end);
    // The state's form before the name (Republic of Ireland, Federal Republic of X) is the place's
    // own long name: the span takes it, the name stays the country's.
    if (e.end === p.end && stateFormBefore(added))
      return {
        ...p,
        text: surface,
        start,
        attributes: { ...p.attributes, source: 'gazetteer, with its state form by ner' },
      };
    if (!added.some((w) => /^\p{Lu}/u.test(w) && !STATE_FORM.test(w))) return p;
    return {
      ...p,
      text: surface,
      normalized: lookup(surface) ?? surface.replace(/\s+/g, ' '),
      start,
      end: e.end,
      attributes: { ...p.attributes, source: 'gazetteer, widened by ner' },
    };
  });
}

/**
 * Model places in Cyrillic script whose last word is an organization head noun (Колумбийском
 * университете, Лісопільській лікарні): the model read the town in the name, the name is an
 * institution's. Not in Latin script, whose heads name places too (West Bank, a sports centre).
 * Only places no gazetteer holds (modelPlaces' output): a gazetteer name ending like a head (Soviet
 * Union) is a place by its list.
 * @returns the places kept, and the institutions as organizations named by their surface text.
 */
export function institutionPlaces(places: readonly Found[]): {
  places: Found[];
  organizations: Found[];
} {
  // Cyrillic only: English heads are place words too (West Bank, a tennis centre as a venue).
  const institution = (p: Found) => {
    const last = (p.text.match(/[\p{L}-]+/gu) ?? []).at(-1) ?? '';
    return /^\p{Script=Cyrillic}+$/u.test(last) && isHead(last);
  };
  return {
    places: places.filter((p) => !institution(p)),
    organizations: places.filter(institution).map((p) => ({
      ...p,
      type: 'organization' as const,
      attributes: { source: 'ner place with a head noun' },
    })),
  };
}

// A name with initials (В.Шеймана, A. B. Kowalski): one or two initials and a capitalised word.
const INITIALS_NAME = String.raw`\p{Lu}\.\s?(?:\p{Lu}\.\s?)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
const TWO_INITIALS_NAMES = new RegExp(`^(${INITIALS_NAME})([\\s,]+)(${INITIALS_NAME})$`, 'u');

/**
 * Model persons that run two things together, split (the parts keep the span's margin):
 * - a place before a name of two words or more, inside a sentence ("земли Гессен Фолькер Буфье",
 *   "князь Монако Альбер II", "Республики Башкортостан Радий Хабиров": the place in the nominative
 *   after a noun in the genitive, then the holder of an office there): the place word, a whole
 *   gazetteer name, no listed given name and no surname by its ending (Орлов, Пушкин are towns
 *   too), is cut off;
 * - two names with initials in a row ("В.Шеймана А.Кулешов": one man's circle, the other): two
 *   persons.
 * `placeName`: the gazetteer's name for a surface that is one place name, or undefined.
 */
export function splitModelPersons(
  text: string,
  named: readonly NamedEntity[],
  placeName: (surface: string) => string | undefined,
): NamedEntity[] {
  return named.flatMap((e): NamedEntity[] => {
    if (e.type !== 'person') return [e];
    const span = text.slice(e.start, e.end);
    const two = TWO_INITIALS_NAMES.exec(span);
    if (two) {
      const [, first, gap, second] = two as unknown as [string, string, string, string];
      const at = e.start + first.length + gap.length;
      return [
        { ...e, end: e.start + first.length },
        { ...e, start: at, end: at + second.length },
      ];
    }
    const words = [...span.matchAll(/\S+/gu)];
    const first = words[0]?.[0] ?? '';
    const rest = words.slice(1);
    if (
      rest.length >= 2 &&
      /^\p{Lu}\p{Ll}+$/u.test(first) &&
      rest.every((w) => /^\p{Lu}/u.test(w[0])) &&
      !opensSentence(text, e.start) &&
      !isGivenName(first) &&
      !hasSurnameEnding(first) &&
      placeName(first) !== undefined
    )
      return [{ ...e, start: e.start + (rest[0]!.index ?? 0) }];
    return [e];
  });
}
