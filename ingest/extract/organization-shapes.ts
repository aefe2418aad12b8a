// Organizations that no catalogue lists, found by the shapes institutions' names take in documents,
// around a head noun (data/organization-heads.json: court, ministry, служба, sąd, Gericht …):
//   a quoted name after a head noun       движения «Наше Будущее», гостиница «Заря», Partei „Neue Mitte“
//   a letterhead line in capitals          ДЕРЖАВНА МІГРАЦІЙНА СЛУЖБА, DIRECTORATE OF PRISONS
//   capitalised words holding a head noun  Kaunas Regional Court, Foreigners’ Registration Centre
//   a German compound with a head suffix   Ausländerbehörde, litauischen Grenzschutzdienstes
// They keep the words of the text as their name: only the catalogue knows an English one.
import { loadData, type DataFile } from '../../core/data.js';
import { foldAccents } from '../../core/text/fold.js';
import { isCalendarWord } from '../../core/dates/months.js';
import { hasSurnameEnding } from '../../core/names/surname-endings.js';
import { opensSentence } from './persons.js';
import type { Found } from './types.js';

interface HeadEntry {
  language: string;
  source: string;
  stems: string[];
  compoundSuffixes?: string[];
}

interface Heads {
  /** Each head stem with the case endings its language may add to it. */
  stems: { stem: string; ending: RegExp }[];
  suffixes: string[];
  generic: Set<string>;
  /** Each group noun's stem with its language's case endings, as `stems`. */
  groups: { stem: string; ending: RegExp }[];
  /** Stump compounds per language: institution prefixes (мин-, гос-) and components (-фин, -дума). */
  stumps: { prefixes: string[]; components: { stem: string; ending: RegExp }[] }[];
  /** Nouns after which a quoted name is an organization's (газета, radio, ООО), as `stems`. */
  quoted: { stem: string; ending: RegExp }[];
  englishAfter: Set<string>;
  /** Nouns of a subdivision of an institution (управление, division, Abteilung), as `stems`. */
  subdivisions: { stem: string; ending: RegExp }[];
  /** Folded stems of the modifiers that make a subdivision noun a country's own body (федеральное). */
  nationwide: string[];
}

let heads: Heads | undefined;

function loadHeads(): Heads {
  if (heads) return heads;
  const file = loadData<
    DataFile<HeadEntry> & {
      generic: string[];
      groups: { entries: HeadEntry[]; englishAfter: string[] };
      quoted: { entries: HeadEntry[] };
      stumpCompounds: { entries: (HeadEntry & { prefixes: string[] })[] };
      subdivisions: { entries: HeadEntry[]; nationwide: { stems: string[] } };
    }
  >('organization-heads.json');
  heads = {
    stems: withEndings(file.entries),
    suffixes: file.entries.flatMap((e) => (e.compoundSuffixes ?? []).map(foldAccents)),
    generic: new Set(file.generic.map(foldAccents)),
    groups: withEndings(file.groups.entries),
    quoted: withEndings(file.quoted.entries),
    stumps: file.stumpCompounds.entries.map((e) => ({
      prefixes: e.prefixes.map(foldAccents),
      components: withEndings([e]),
    })),
    englishAfter: new Set(file.groups.englishAfter),
    subdivisions: withEndings(file.subdivisions.entries),
    nationwide: file.subdivisions.nationwide.stems.map(foldAccents),
  };
  return heads;
}

/**
 * What a case ending may add to a head stem, per language, as letters of the folded word (accents
 * dropped, as OCR drops them): the inflection endings of nouns (Wiktionary's declension tables), so
 * a name that merely begins like a head (Saddam after sąd, Рухшона after рух, Courtney after court)
 * is no head. Polish and Cyrillic endings are runs of the letters their endings are made of
 * (sądzie, sądowi, sądów; суда, судом, рухові; ҳизбҳо, вазорати).
 */
const ENDINGS: Record<string, RegExp> = {
  en: /^(?:s|es|['’]s)?$/u,
  fr: /^(?:s|x)?$/u,
  de: /^[ensr]{0,3}$/u,
  pl: /^[aeiouyzmwch]{0,4}$/u,
  ru: /^[аяуюоеёэыийьмвх]{0,4}$/u,
  uk: /^[аяуюоеєиіїйьмвх]{0,4}$/u,
  tg: /^[аяуюоеёэиӣӯймвнтшҳ]{0,4}$/u,
};
const ANY_ENDING = /^\p{L}{0,4}$/u;

function withEndings(entries: HeadEntry[]): { stem: string; ending: RegExp }[] {
  return entries.flatMap((e) =>
    e.stems.map((s) => ({ stem: foldAccents(s), ending: ENDINGS[e.language] ?? ANY_ENDING })),
  );
}

/** Whether the folded word is one of the stems followed by a case ending of the stem's language. */
function inCaseForm(word: string, stems: { stem: string; ending: RegExp }[]): boolean {
  const w = foldAccents(word);
  return stems.some(({ stem, ending }) => w.startsWith(stem) && ending.test(w.slice(stem.length)));
}

/** A word that is a subdivision noun (управление, division, wydział) in some case form. */
export function isSubdivision(word: string): boolean {
  return inCaseForm(word, loadHeads().subdivisions);
}

/** A modifier that makes a subdivision noun a country's own body (федеральное, national, Bundes-). */
export function isNationwide(word: string): boolean {
  const w = foldAccents(word);
  return loadHeads().nationwide.some((s) => w.startsWith(s));
}

/** A capitalised modifier that does not make a name specific on its own (Regional, Eastern, Court). */
export function isGeneric(word: string): boolean {
  return loadHeads().generic.has(foldAccents(word));
}

/** A word that is a head noun in some case form: a head stem and a case ending of its language. */
export function isHead(word: string): boolean {
  return inCaseForm(word, loadHeads().stems);
}

const found = (text: string, start: number, end: number, shape: string): Found => ({
  type: 'organization',
  text: text.slice(start, end),
  normalized: text.slice(start, end).replace(/\s+/g, ' '),
  start,
  end,
  attributes: { source: 'shape', shape },
});

// A head noun (or a noun after which a quoted name is an organization's: газета, radio, ООО), then a
// name in quotation marks of any of the documents' conventions (OCR reads „ as a comma).
const QUOTED = /(?<![\p{L}])(\p{L}+)\s+([«„“",])([^»“”"\n]{2,60}?)([»“”"])/gu;

function quotedNames(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const [, head = '', , name = ''] = m;
    const named = inCaseForm(head, loadHeads().quoted);
    if (!(named || isHead(head) || isGroupHead(head)) || !/^\p{Lu}/u.test(name.trim())) continue;
    // Across a line break only a sentence goes on (a noun in lower case): a heading's noun ends its
    // line, and the quoted line under it is another ("УПРАВЛЕНИЕ\n«APPROVED»").
    if (
      /\n/.test(m[0].slice(head.length, m[0].indexOf(m[2]!, head.length))) &&
      !/^\p{Ll}/u.test(head)
    )
      continue;
    // "гостиница «Заря»" is the name in full; in an oblique case ("гостинице «Заря»") only the quoted name is.
    // A group (movement, party) is its name alone; an establishment in the nominative ("гостиница
    // «Заря»") is the noun and the name, in an oblique case ("гостинице «Заря»") the name alone.
    // A newspaper, a station or a company's legal form (газета, radio, ООО) is its name alone too.
    const nominative =
      !named &&
      !isGroupHead(head) &&
      loadHeads().stems.some(({ stem }) =>
        [stem, `${stem}а`, `${stem}я`].includes(foldAccents(head)),
      );
    // French spaces its guillemets (« Le Nom »): the spaces are no part of the name.
    const nameStart =
      m.index + m[0].indexOf(m[3]!, m[1]!.length) + (m[3]!.length - m[3]!.trimStart().length);
    out.push(
      nominative
        ? found(text, m.index, m.index + m[0].length, 'quoted')
        : found(text, nameStart, nameStart + m[3]!.trim().length, 'quoted'),
    );
  }
  return out;
}

/**
 * A word that names a kind of group (movement, party, ugrupowanie, ҷараён) in some case form: a group
 * stem and a case ending of its language, so "рухнул" or "partisans" is none.
 */
export function isGroupHead(word: string): boolean {
  return inCaseForm(word, loadHeads().groups);
}

/**
 * English adjectives by their form, which describe a group rather than name it: nationality and creed
 * (Armenian, Sudanese, Kurdish, Islamic, Iraqi) and compounds of place (Oslo-based, Kyiv-backed).
 */
const ADJECTIVE_FORM = /(?:ish|ian|ese|ic|ical|\p{L}{3}i|-based|-born|-backed|-led)$/u;

/**
 * A group's proper name right after a group noun, unquoted ("ugrupowaniu Hizb", "движения Талибан"), or
 * before an English one ("the banned Hizb movement"): the name alone is the organization.
 */
function groupNames(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(
    /(?<![\p{L}])(\p{Ll}\p{L}+)[ \t]+(\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+)?)(?![\p{L}])/gu,
  )) {
    if (!isGroupHead(m[1]!)) continue;
    const start = m.index + m[0].lastIndexOf(m[2]!);
    out.push(found(text, start, start + m[2]!.length, 'group'));
  }
  for (const m of text.matchAll(
    // The noun may open the next line of a wrapped sentence ("the banned X\nmovement").
    /(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+)?)(?:[ \t]+|[ \t]*\n[ \t]*)(\p{Ll}+)(?![\p{L}])/gu,
  )) {
    const words = m[1]!.split(/[ \t]+/);
    if (
      !loadHeads().englishAfter.has(m[2]!) ||
      loadHeads().generic.has(foldAccents(m[1]!)) ||
      isHead(m[1]!) ||
      // A capital the sentence gives is no evidence of a name ("Several party members …").
      opensSentence(text, m.index) ||
      ADJECTIVE_FORM.test(words[0]!) ||
      ADJECTIVE_FORM.test(words.at(-1)!)
    )
      continue;
    out.push(found(text, m.index, m.index + m[0].length, 'group'));
  }
  return out;
}

/** A line in capitals (at least two words) holding a head noun: a letterhead or a stamp. */
function letterheads(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(/^[ \t]*(.+?)[ \t]*$/gmu)) {
    const line = m[1]!;
    const letters = line.match(/\p{L}/gu) ?? [];
    const upper = line.match(/\p{Lu}/gu) ?? [];
    const ws = line.match(/\p{L}+/gu) ?? [];
    if (
      ws.length < 2 ||
      ws.length > 14 ||
      letters.length < 8 ||
      upper.length / letters.length < 0.9
    )
      continue;
    if (!ws.some(isHead) || /\d{1,2}[./]\d{1,2}[./]\d{2,4}/.test(line)) continue;
    const start = m.index + m[0].indexOf(line);
    out.push(found(text, start, start + line.length, 'letterhead'));
  }
  return out;
}

// Words that may stand inside a multi-word name between capitalised words (of the Interior, für Migration).
const CONNECTORS = new Set([
  'of',
  'for',
  'the',
  'and',
  'under',
  'on',
  'in',
  'de',
  'du',
  'des',
  'la',
  'le',
  "d'",
  'für',
  'der',
  'des',
  'und',
  'dla',
  'do',
  'spraw',
]);

/** Runs of capitalised Latin-script words (with connectors inside) that hold a head noun and a specific word. */
function capitalisedRuns(text: string): Found[] {
  // German capitalises every noun: a run of capitals says nothing there.
  if (isGerman(text)) return [];
  const out: Found[] = [];
  const toks = [...text.matchAll(/\p{L}[\p{L}'’.-]*/gu)];
  let i = 0;
  while (i < toks.length) {
    const isCap = (k: number) =>
      /^\p{Lu}/u.test(toks[k]![0]) && /\p{Script=Latin}/u.test(toks[k]![0]);
    if (!isCap(i)) {
      i++;
      continue;
    }
    let j = i;
    // Extend over capitalised words, and connectors followed by a capitalised word, on one line.
    // A line break, a digit, a sentence's end, punctuation or a quotation mark ends a run.
    // So does a word of five letters or more with a period (Valkmoor. Then …): a sentence's end, not an
    // abbreviation (Inc., Co.), and a separator (·, |, /, •).
    const breaks = (a: number, b: number) =>
      /[\n,;:()\d«»„“”"·•|/]|\.\s/.test(
        text.slice(toks[a]!.index + toks[a]![0].length, toks[b]!.index),
      ) || /^\p{Lu}?\p{Ll}{4,}\.$/u.test(toks[a]![0]);
    // A month or weekday ends a run too (Changi Prison on Friday, Security Council in May).
    const isNameCap = (k: number) => isCap(k) && !isCalendarWord(toks[k]![0]);
    while (j + 1 < toks.length && !breaks(j, j + 1)) {
      if (isNameCap(j + 1)) j++;
      else if (
        CONNECTORS.has(toks[j + 1]![0].toLowerCase()) &&
        j + 2 < toks.length &&
        isNameCap(j + 2) &&
        !breaks(j + 1, j + 2)
      )
        j += 2;
      else break;
    }
    // A person named after an office ("the Division Ona Kazlauskaitė"): the run ends before the name.
    const personAt = (k: number) =>
      k - 1 > i &&
      hasSurnameEnding(toks[k]![0]) &&
      isCap(k - 1) &&
      !isHead(toks[k - 1]![0]) &&
      toks.slice(i, k - 1).some((t) => isHead(t[0]));
    if (personAt(j)) j -= 2;
    const run = toks.slice(i, j + 1).map((t) => t[0].replace(/[.]$/, ''));
    const caps = run.filter((w) => /^\p{Lu}/u.test(w));
    // Strip a leading article; the head noun must be there, and a word that makes the name specific.
    const first = run[0]!.toLowerCase() === 'the' ? i + 1 : i;
    const specific = caps.some((w) => !loadHeads().generic.has(foldAccents(w)) && !isHead(w));
    if (j > first && caps.some(isHead) && (specific || caps.length >= 4)) {
      out.push(
        found(
          text,
          toks[first]!.index,
          toks[j]!.index + toks[j]![0].replace(/[.]$/, '').length,
          'capitalised',
        ),
      );
    }
    i = Math.max(j + 1, i + 1);
  }
  return out;
}

/** A German compound ending in a head noun (Ausländerbehörde, Oberlandesgericht). */
function isGermanCompoundHead(word: string): boolean {
  const w = foldAccents(word);
  return loadHeads().suffixes.some((s) => w.endsWith(s) && w.length >= s.length + 4);
}

/** A head noun in some case form, or a German compound ending in one. */
export function namesInstitution(word: string): boolean {
  return isHead(word) || isGermanCompoundHead(word);
}

/** German compounds ending in a head noun (Ausländerbehörde), with an adjective before them. */
const isGerman = (text: string) =>
  (text.match(/(?<!\p{L})(?:der|die|das|und|des|dem|den|nicht|wurde)(?!\p{L})/gu) ?? []).length >=
  3;

function germanCompounds(text: string): Found[] {
  if (!isGerman(text)) return [];
  const out: Found[] = [];
  for (const m of text.matchAll(
    /(?:(?<!\p{L})(\p{L}+(?:ische|ischen|isches|ischer))\s+)?(?<!\p{L})(\p{Lu}\p{Ll}{5,}(?:-\p{Lu}\p{Ll}+)?)(?!\p{L})/gu,
  )) {
    if (!isGermanCompoundHead(m[2]!)) continue;
    out.push(found(text, m.index, m.index + m[0].length, 'compound'));
  }
  return out;
}

/**
 * Whether a folded word is one or more institution prefixes and one component in a case form of one
 * language (Мосгорсуду: мос + гор + суд + у; Мінфіну: мін + фін + у).
 */
function isStumpCompound(word: string): boolean {
  const w = foldAccents(word);
  return loadHeads().stumps.some(({ prefixes, components }) => {
    const rest = (from: number, depth: number): boolean =>
      prefixes.some(
        (p) =>
          w.startsWith(p, from) &&
          ((depth < 3 && rest(from + p.length, depth + 1)) ||
            inCaseForm(w.slice(from + p.length), components)),
      );
    return rest(0, 0);
  });
}

/**
 * Russian and Ukrainian institutions named by one stump compound (Госдума, Минфина, Нацбанку,
 * Держстату): a capitalised word of institution prefixes and a component (data/organization-heads.json
 * `stumpCompounds`). Words in capitals are abbreviations, read elsewhere.
 */
function stumpCompounds(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(/(?<![\p{L}'’-])\p{Lu}[\p{Ll}'’]{4,}(?![\p{L}'’-])/gu)) {
    if (/\p{Script=Cyrillic}/u.test(m[0]) && isStumpCompound(m[0]))
      out.push(found(text, m.index, m.index + m[0].length, 'stump compound'));
  }
  return out;
}

/** Organizations found by their shape alone, overlapping spans included (the caller chooses). */
export function organizationShapes(text: string): Found[] {
  return [
    ...quotedNames(text),
    ...groupNames(text),
    ...letterheads(text),
    ...capitalisedRuns(text),
    ...germanCompounds(text),
    ...stumpCompounds(text),
  ];
}
