// Persons in Cyrillic and Latin script. A name is recognised by its shape, not by a list of people:
//   family + given + patronymic      Саидова Дилбар Камоловна, САИДОВА ДИЛБАР КАМОЛҚИЗИ
//   family + initials / initials + family   Саидова Д. К., Х. Б. Раҷабзода, K. Wiśniewska
//   given + family / family + given  Бахтиёр Эргашев, Ewa Kozłowska-Wróbel, SAIDOVA Gulnora
// where a family name has a surname ending (-ов, -ова, -зода, -ski, -owa, -enko …) or the other word
// is a known given name (core/names/given-names.ts: lists with their sources). Oblique cases are brought back to
// the nominative (Саидовой → Саидова; Polish Bachtijorem Ergaszewem → Bakhtiyor Ergashev), patronymics are dropped, and the name is transliterated (core/text/translit.ts) to
// "Given Family" or "I. I. Family". Words that are places, organizations, dates, months or common
// words are never taken as names.
import { loadData, type DataFile } from '../../core/data.js';
import { foldAccents } from '../../core/text/fold.js';
import { isStrayQuote } from '../../core/text/stray-quote.js';
import {
  givenGender,
  givenNames,
  isCommonGivenName,
  isGivenName,
} from '../../core/names/given-names.js';
import { isHead } from './organization-shapes.js';
import { hasSurnameEnding } from '../../core/names/surname-endings.js';
import { hasCyrillic, LATIN_TO_CYRILLIC } from '../../core/text/scripts.js';
import { transliterate, transliterateInitial } from '../../core/text/translit.js';
import type { DocumentContext, Found } from './types.js';

interface Token {
  text: string;
  start: number;
  end: number;
  /** A single capital letter followed by a full stop. */
  initial: boolean;
  cap: boolean;
}

const PATRONYMIC =
  /^\p{L}+(?:(?:ович|евич|йович|ьевич)(?:а|у|ем|е)?|(?:овн|евн|ичн|іничн|івн|ївн|ьевн)(?:а|ы|е|у|ой|ою|і|и)|қизи|кизи|кызы|ogly|ovich|evich|ovna|evna)$/iu;
// Words that begin with a capital but are not names: function words, titles, months, document words
// (data/stopwords.json), and head nouns of organizations (Placówki, Division).
interface StopWordsFile {
  entries: Array<{ words: string[] }>;
  functionWords: { words: string[] };
  notNames: { words: string[] };
  /** Nouns of office and rank written before a name (President, Академик, Prezydent). */
  titles: Array<{ words: string[] }>;
}

let hardStop: Set<string> | undefined;
let stop: Set<string> | undefined;

/** Titles and function words (data/stopwords.json), folded: never part of a name. */
function hardStopWords(): Set<string> {
  const file = loadData<StopWordsFile>('stopwords.json');
  hardStop ??= new Set(
    [
      ...file.notNames.words,
      ...file.functionWords.words,
      ...file.titles.flatMap((e) => e.words),
    ].map((w) => foldAccents(w)),
  );
  return hardStop;
}

function stopWords(): Set<string> {
  stop ??= new Set([
    ...hardStopWords(),
    ...loadData<StopWordsFile>('stopwords.json').entries.flatMap((e) =>
      e.words.map((w) => foldAccents(w)),
    ),
  ]);
  return stop;
}

/** Words never part of a name (titles, function words): not the ordinary words that are also family names (Hill, Green). */
function isHardStop(t: Token): boolean {
  return (
    inCaseForms(t.text.replace(/\.$/, ''), hardStopWords()) ||
    (!t.initial && (isAbbreviation(t) || isHead(t.text)))
  );
}

let titleWords: Set<string> | undefined;

/**
 * A noun of office or rank (data/stopwords.json `titles`: Minister, министру, Prezydentowi), in any
 * Cyrillic case form: it names a person's office, not an institution.
 */
export function isTitleWord(word: string): boolean {
  titleWords ??= new Set(
    loadData<StopWordsFile>('stopwords.json').titles.flatMap((e) => e.words.map(foldAccents)),
  );
  return inCaseForms(word.replace(/\.$/, ''), titleWords);
}

let nearNames: Set<string> | undefined;

/**
 * A given name one letter away from a listed one (Umid/Umed, Firuza/Feruza): spellings of one
 * name drift between transliterations. Looked up through single-deletion variants, so no scan.
 */
function isNearGivenName(word: string): boolean {
  if ([...word].length < 4) return false;
  if (!nearNames) {
    nearNames = new Set();
    for (const name of givenNames().keys())
      if (name.length >= 4) for (const v of deletions(name)) nearNames.add(v);
  }
  const latin = foldAccents(hasCyrillic(word) ? transliterate(word) : word);
  return deletions(latin).some((v) => nearNames!.has(v));
}

function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + '#' + word.slice(i + 1));
  return out;
}

/**
 * The words of a text. On a Ukrainian page (`ukrainianPage`) a vertical bar with a full stop is the
 * initial І as OCR reads it ("Савченко |. В."): the letter is a stroke, and Ukrainian initials are
 * where Russian ones never have it.
 */
function tokenize(text: string, ukrainianPage = false): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/\p{L}[\p{L}'’-]*\.?|\|\./gu)) {
    if (m[0] === '|.') {
      if (ukrainianPage && !/[\p{L}\d|]/u.test(text.charAt(m.index - 1)))
        out.push({ text: 'І.', start: m.index, end: m.index + 2, initial: true, cap: false });
      continue;
    }
    const raw = m[0];
    const word = raw.endsWith('.') ? raw.slice(0, -1) : raw;
    const initial = raw.endsWith('.') && [...word].length === 1 && word === word.toUpperCase();
    const end = m.index + (initial ? raw.length : word.length);
    out.push({
      text: initial ? raw : word,
      start: m.index,
      end,
      initial,
      cap: /^\p{Lu}/u.test(word) && [...word].length > 1,
    });
  }
  return out;
}

/**
 * True when two tokens are separated only by spaces (not a comma, a line break or other text), or by
 * spaces and a stray opening quote mark glued to the second word that nothing closes on its line:
 * a speck OCR read as punctuation ("Сафарова ‘Мадина"), not a quotation ("Rustam ‘Tiger’").
 */
function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return (
    /^[ \t]{1,3}$/.test(gap) || (/^[ \t]{1,3}.$/u.test(gap) && isStrayQuote(text, b.start - 1))
  );
}

/** Adjacent, or on the next line: for parts that only continue a name (a second initial, a patronymic). */
function continues(text: string, a: Token, b: Token): boolean {
  return adjacent(text, a, b) || /^[ \t]*\n[ \t]*$/.test(text.slice(a.end, b.start));
}

/**
 * Two initials written together: spaced (С. В.) or glued (С.В., Є.Ї., Ҷ.Ғ., Ł.Ś.), in any script's
 * capitals; the tokenizer already reads each as a capital and its full stop. Glued Latin capitals
 * are initials only on a Polish page or where one is a letter with a diacritic: elsewhere they are as
 * often an abbreviation (U.N., S.A.).
 */
function initialsJoin(text: string, a: Token, b: Token): boolean {
  if (!a.initial || !b.initial) return false;
  if (adjacent(text, a, b)) return true;
  return (
    a.end === b.start &&
    (hasCyrillic(a.text) || latinInflects || /[^\u0000-\u007f]/u.test(a.text + b.text))
  );
}

/**
 * The line ending at `at` was wrapped by the page width, not ended by its writer: it is running text
 * (no "Label:" line) at least three fifths as long as the page's longest line, and 30 characters or more.
 */
function wrapped(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const line = text.slice(start, at);
  if (line.length < 30 || /^[^\n:]{1,30}:/.test(line)) return false;
  return line.length >= 0.6 * longestLine(text);
}

// The page's longest line, kept for the last page asked about: `wrapped` is asked at every line
// start a sentence check meets, and splitting the whole page each time made that quadratic.
let longestOf: { text: string; longest: number } | undefined;
function longestLine(text: string): number {
  if (longestOf?.text !== text) {
    let longest = 0;
    for (const l of text.split('\n')) longest = Math.max(longest, l.length);
    longestOf = { text, longest };
  }
  return longestOf.longest;
}

/** Abbreviations (ГКНБ, СУ, МВД) are all capitals and short, or have no vowel: never name parts. */
const isAbbreviation = (t: Token) =>
  t.text === t.text.toUpperCase() &&
  ([...t.text].length <= 4 || !/[aeiouyаеёиоуыэюяіїєӣӯ]/iu.test(t.text));
const isStop = (t: Token) =>
  isStopWord(t.text.replace(/\.$/, '')) || (!t.initial && (isAbbreviation(t) || isHead(t.text)));

/** A stop word, also in a Cyrillic oblique case (адвокату, следователя: the stop list holds nominatives). */
export function isStopWord(word: string): boolean {
  return inCaseForms(word, stopWords());
}

/** Whether a word, or a Cyrillic word with a case ending cut, is in a set of folded words. */
function inCaseForms(word: string, set: Set<string>): boolean {
  const f = foldAccents(word);
  if (set.has(f)) return true;
  if (!hasCyrillic(word) || f.length < 6) return false;
  // Two letters are cut only where they can be a case ending: "Малика" is no form of "мали".
  const one = f.slice(0, -1);
  const two = CASE_ENDING_2.test(f) ? f.slice(0, -2) : undefined;
  return [one, two, `${one}ь`, two && `${two}ь`].some((w) => w !== undefined && set.has(w));
}

// Russian, Ukrainian and Tajik noun and adjective case endings of two letters (Wiktionary declension
// tables).
const CASE_ENDING_2 =
  /(?:ой|ей|ою|ею|ом|ем|ём|ам|ям|ах|ях|ов|ев|ів|ые|ие|ий|ый|ій|ая|яя|ое|ее|ую|юю|ым|им|ых|их|ої|ії|ми|ро|ҳо|ал|ял|ил|ел|ыл|ан|ян|ен|ай|яй|ла|ли|ло|на|но|ны|ть|ти)$/u;
const isPatronymic = (t: Token) => t.cap && PATRONYMIC.test(t.text);
const latinInitial = (t: Token) => /^\p{Script=Latin}\.$/u.test(t.text);
/**
 * Whether a single initial opens a name in a list or at a line's start ("M. Okafor lbw b …", ", J.
 * Whitcombe and"): not after a word, where a letter with a period ends a phrase (Plan B. Then, Vitamin
 * D. Researchers). Surnames with no family ending (Whitcombe, Okafor) are read there only.
 */
function opensListItem(text: string, t: Token): boolean {
  const before = text.slice(text.lastIndexOf('\n', t.start - 1) + 1, t.start);
  return /(?:^|[,;:(]|\b(?:and|by|with|und|et|oraz|i|y|e)\s)\s*(?:\d{1,3}\.\s*)?$/u.test(before);
}

/**
 * A Latin family name with no family ending and one initial after it, as a whole list item ("Skład:
 * Nowak K., Lis T. oraz Żuraw M."; "Present: Okafor B.; Whitby R."): the item opens a list or a line
 * and ends right after the initial, where a letter ending a phrase goes on (Plan B. Then).
 */
function latinListItem(text: string, family: Token, initial: Token): boolean {
  return (
    latinInitial(initial) &&
    !hasCyrillic(family.text) &&
    opensListItem(text, family) &&
    /^(?:[ \t]*(?:[,;)]|\n|$)|[ \t]+(?:and|und|et|oraz|i|y|e)[ \t])/u.test(
      text.slice(initial.end, initial.end + 8),
    )
  );
}

const isFamilyLike = (t: Token) =>
  t.cap && !isStop(t) && !isPatronymic(t) && hasSurnameEnding(t.text);
const sameScript = (a: Token, b: Token) => hasCyrillic(a.text) === hasCyrillic(b.text);
/**
 * A word opening a sentence, a paragraph or a heading is capitalised for that reason alone; a word that
 * opens a line only because the line before wrapped ("…the husband,\nBakhtiyor Ergashev") is not.
 */
const sentenceStart = (text: string, t: Token) => {
  const before = text.slice(Math.max(0, t.start - 80), t.start);
  if (/(?:^|[.!?:]\s+)$/.test(before) || /\n[ \t]*\n[ \t]*$/.test(before)) return true;
  // After a line break: a start unless the line before ends inside a sentence (a letter, a comma);
  // a heading ends in a letter too ("3. Evidence"): a short line of a few words that begins with a
  // capital or a number, not wrapped by the page width.
  if (!/\n[ \t]*$/.test(before)) return false;
  if (!/[\p{L},;–—-][ \t]*\n[ \t]*$/u.test(before)) return true;
  const lineEnd = text.lastIndexOf('\n', t.start - 1);
  const line = text.slice(text.lastIndexOf('\n', lineEnd - 1) + 1, lineEnd).trim();
  return (
    /^(?:\p{Lu}|\d|[IVXІ]+\.)/u.test(line) &&
    /\p{L}$/u.test(line) &&
    line.split(/\s+/).length <= 5 &&
    !wrapped(text, lineEnd)
  );
};

/** The words a page writes in lower case, and their first five letters (a stem without its case ending). */
let lowerOf: { text: string; lower: Set<string> } | undefined;
function pageLowerWords(text: string): Set<string> {
  if (lowerOf?.text === text) return lowerOf.lower;
  const words = text.match(/(?<![\p{L}])\p{Ll}+(?![\p{L}])/gu) ?? [];
  const lower = new Set([...words, ...words.filter((w) => w.length > 5).map((w) => w.slice(0, 5))]);
  lowerOf = { text, lower };
  return lower;
}

/**
 * A word that opens a sentence only: capitalised there for that reason, written in lower case
 * elsewhere on the page (in this or another case form: академик … Академик X; the house … House X)
 * and no listed given name in its own form. It opens no name.
 */
function commonOpener(text: string, t: Token): boolean {
  if (!t.cap || t.initial || isGivenName(t.text) || !sentenceStart(text, t)) return false;
  const w = t.text.toLowerCase();
  const lower = pageLowerWords(text);
  return lower.has(w) || (w.length > 5 && lower.has(w.slice(0, 5)));
}

type NameSpan = { type: string; start: number; end: number };

/** The names another detector (the NER model) reads in full on a page: its persons of two words or more, as words. */
let fullNamesOf: { text: string; named: readonly NameSpan[]; names: string[][] } | undefined;
function pageFullNames(text: string, named: readonly NameSpan[]): string[][] {
  if (fullNamesOf?.text === text && fullNamesOf.named === named) return fullNamesOf.names;
  const names = named
    .filter((e) => e.type === 'person')
    .map((e) => text.slice(e.start, e.end).match(/\p{L}+(?:-\p{L}+)*/gu) ?? [])
    .filter((w) => w.length >= 2);
  fullNamesOf = { text, named, names };
  return names;
}

/**
 * Whether `word` is an oblique case form of the family name `family` (Флинта, Сагдеева of Флинт,
 * Сагдеев; Обамы of Обама): the nominative, or its stem without a final vowel, and a case ending of
 * one to three letters. Cyrillic only (Latin-script names do not inflect in these corpora).
 */
function obliqueOf(word: string, family: string): boolean {
  const w = word.toLowerCase();
  const f = family.toLowerCase();
  if (w === f || !hasCyrillic(w) || f.length < 3) return false;
  const stem = /[аяоеыиь]$/u.test(f) ? f.slice(0, -1) : f;
  return w.startsWith(stem) && w.length - stem.length >= 1 && w.length - stem.length <= 3;
}

/**
 * "Тело Флинта", "Слова Сагдеева", "Семья Обамы": two capitalised Cyrillic words opening a sentence,
 * the second an oblique case of the family name of someone the page names in full with another first
 * word (Кит Флинт), the first no given name of the Cyrillic or the common lists (a noun capitalised by the sentence,
 * which the civil-register lists can hold by its romanization: Telo, Semya). A name phrase opening a sentence
 * is in the nominative, so the pair is a noun and the family name in the genitive, not given + family:
 * only the family name is a mention of the person. A listed Cyrillic given name (Анна Иванова beside
 * Пётр Иванов) and a family name in the nominative (Мишель Обама beside Барак Обама) are names.
 * `named`: the NER model's spans of the page (its persons of two words or more are the full names).
 */
export function nounBeforeFamily(
  text: string,
  start: number,
  end: number,
  named: readonly NameSpan[],
): boolean {
  const words = text.slice(start, end).match(/\p{L}+(?:-\p{L}+)*/gu) ?? [];
  if (words.length !== 2) return false;
  const [a, b] = words as [string, string];
  const t = tokenAt(text, start);
  if (!t || !t.cap || t.initial || !hasCyrillic(a) || !sentenceStart(text, t)) return false;
  if (givenNames().has(foldAccents(a)) || isCommonGivenName(a)) return false;
  const opener = a.toLowerCase();
  return pageFullNames(text, named).some(
    (n) => n[0]!.toLowerCase() !== opener && obliqueOf(b, n.at(-1)!),
  );
}

/** Whether the word at `start` of the page opens a sentence, a paragraph or a heading (sentenceStart). */
export function opensSentence(text: string, start: number): boolean {
  const t = tokenAt(text, start);
  return Boolean(t && sentenceStart(text, t));
}

/** Whether the word at `start` of the page opens a sentence only (see commonOpener). */
export function opensSentenceOnly(text: string, start: number): boolean {
  const t = tokenAt(text, start);
  return Boolean(t && commonOpener(text, t));
}

/** The token that begins exactly at `start` of the page, with its offsets in the page. */
function tokenAt(text: string, start: number): Token | undefined {
  const t = tokenize(text.slice(start, start + 60))[0];
  return t && t.start === 0 ? { ...t, start, end: start + t.end } : undefined;
}

// ---- normalization -------------------------------------------------------------------------

type Gender = 'f' | 'm' | undefined;

// Nouns after which a family name in -ова/-ева/-ина is a masculine genitive ("свидетеля Саматова").
const MASCULINE_GENITIVE_CUE =
  /(?:свидетеля|следователя|гражданина|обвиняемого|подозреваемого|осужденного|адвоката|судьи|прокурора|задержанного|у|от|для|против)\s*$/iu;

// Role nouns in the nominative ("Свідок X", "Суддя X"): a family name right after one is a nominative too.
const NOMINATIVE_ROLE =
  /(?<!\p{L})(?:свидетель|свідок|обвиняем(?:ый|ая)|обвинувачен(?:ий|а)|подозреваем(?:ый|ая)|підозрюван(?:ий|а)|потерпевш(?:ий|ая)|потерпіл(?:ий|а)|заявитель|заявник|заявниця|гражданин|гражданка|громадянин|громадянка|следователь|слідчий|судья|суддя|адвокат|прокурор|эксперт|експерт|інспектор|инспектор)\s*$/iu;

/**
 * Whether the words before a family name put it in the nominative: a nominative role noun, or nothing
 * of the sentence before it (the text's start, or after a full stop, a colon or a list item's number;
 * a line that goes on from a word of the line above is a wrapped sentence, not a start). An
 * abbreviation's period (гр., т.) is no sentence end.
 */
function nominativeBefore(before: string): boolean {
  const b = before.trimEnd();
  if (NOMINATIVE_ROLE.test(b)) return true;
  if (b === '') return true;
  if (/(?<!\p{L})\p{L}{1,3}\.$/u.test(b)) return false;
  return /(?:[.!?:;•–—-]|\d\))$/u.test(b);
}

/**
 * Brings a Cyrillic family name in an oblique case back to the nominative, given the gender.
 * `nominative`: the words before it put it in the nominative (nominativeBefore), so a name in -а
 * before initials is a name in -а (Свідок Дереза Є. Ї.), not the genitive of a consonant stem.
 */
function familyNominative(
  word: string,
  gender: Gender,
  initialsOnly = false,
  nominative = false,
): string {
  // Tajik -зода declines as a noun in -а, for men and women alike: Давронзоды, -зоде, -зоду, -зодой.
  if (/зод(?:ы|е|у|ой|ою)$/iu.test(word))
    return word.replace(/(ы|е|у|ой|ою)$/iu, (e) => (e === e.toUpperCase() ? 'А' : 'а'));
  if (/(?:ов|ев|ёв|ин|ын)(?:ой|ою|ую)$/iu.test(word)) return word.replace(/(ой|ою|ую)$/iu, 'а');
  if (/(?:ов|ев|ёв|ин|ын)(?:ым|ом|е)$/iu.test(word)) return word.replace(/(ым|ом|е)$/iu, '');
  if (/(?:ов|ев|ёв|ин|ын)у$/iu.test(word))
    return gender === 'f' ? word.replace(/у$/iu, 'а') : word.slice(0, -1);
  if (/(?:ов|ев|ёв|ин|ын)а$/iu.test(word)) return gender === 'm' ? word.slice(0, -1) : word;
  // Ukrainian -енко declines for men only, as a noun in -о: Бондаренка, -ові, -у, -ом (a woman's
  // does not decline, and no family name ends in -енка).
  if (gender !== 'f' && /енк(?:а|ові|у|ом)$/iu.test(word))
    return word.replace(/(а|ові|у|ом)$/iu, (e) => (e === e.toUpperCase() ? 'О' : 'о'));
  if (/(?:ск|цк)(?:ой|ую)$/iu.test(word)) return word.replace(/(ой|ую)$/iu, 'ая');
  if (/(?:ск|цк)(?:ого|ому|им|ом)$/iu.test(word)) return word.replace(/(ого|ому|им|ом)$/iu, 'ий');
  // A consonant-stem family name before initials (Пилипюку О. В., Бондара І. П.): drop the case ending.
  if (
    initialsOnly &&
    !(nominative && /а$/iu.test(word)) &&
    !/зод[аи]$/iu.test(word) &&
    /[бвгджзклмнпрстфхцчшщ](?:у|ом|ем|е|а)$/iu.test(word)
  )
    return word.replace(/(у|ом|ем|е|а)$/iu, '');
  return word;
}

/**
 * Given names in an oblique case (Бахтиёра, Бахтиёром, Bachtijorem, Умида) back to a known nominative;
 * with `cases`, also a woman's name in -а/-я (Марию, Ольгой) and a dropped vowel (Павлу of Павел).
 */
// Latin-script given names take case endings only in Polish text (Bachtijorem); elsewhere "Dilnora" is
// not a form of "Dilnor". Set for each page by findPersons.
let latinInflects = false;

export function givenNominative(word: string, cases = false): string {
  if (!latinInflects && !hasCyrillic(word)) return word;
  const listed = isGivenName(word);
  if (listed && (!cases || isCommonGivenName(word))) return word;
  // Finding names asks only whether a word may be one (the cuts below); bringing a found name to its
  // nominative (`cases`) also knows women's case forms and dropped vowels, which would make too many
  // words look like names (Поляны of a "Поляна") if finding asked them.
  const feminine = cases ? feminineNominative(word) : undefined;
  // The letters cut must be the case ending itself (Нурали is no Нура with -ли).
  let masculine: string | undefined;
  for (const cut of [1, 2]) {
    const stem = word.slice(0, -cut);
    if (stem.length < 3 || !/^(?:а|у|ом|ем|е|ы|и|ой|ою|em|a|u|owi)$/iu.test(word.slice(-cut)))
      continue;
    // A vowel that drops in the oblique cases (Павла, Павлу of Павел); never a stem in -ь (Натальи).
    const fleeting = /^(.+[бвгджзклмнпрстфхцчшщ])([бвгджзклмнпрстфхцчшщ])$/iu.exec(stem);
    const nominative = [stem, ...(fleeting && cases ? [`${fleeting[1]}е${fleeting[2]}`] : [])].find(
      (n) => !/ь$/iu.test(n) && isGivenName(n) && (n === stem || givenGender(n) === 'm'),
    );
    if (nominative) {
      masculine = nominative;
      break;
    }
  }
  // -у and -е are a man's dative as well as a woman's accusative or dative (Ивану, Анну, Марину): a
  // man's name where the stem is one and not rarer than the woman's.
  const reading =
    masculine && feminine
      ? givenGender(masculine) === 'm' &&
        (isCommonGivenName(masculine) || !isCommonGivenName(feminine))
        ? masculine
        : feminine
      : (masculine ?? feminine);
  // A listed word is another's case form only where that one is a common name: Натальи (listed as
  // Natali) of Наталья, Петру (Petru) of Петр.
  if (listed) return reading && isCommonGivenName(reading) ? reading : word;
  if (reading) return reading;
  // A consonant-final stem close to a listed name: a masculine name in the genitive (Умида → Умид).
  const stem = word.slice(0, -1);
  if (
    /[бвгджзклмнпрстфхцчшщҳҷқғ]а$/iu.test(word) &&
    !isNearGivenName(word) &&
    isNearGivenName(stem)
  )
    return stem;
  return word;
}

/**
 * A woman's Cyrillic given name in -а/-я, listed as a woman's, of which `word` is an oblique case:
 * Марии, Софию, Марією (-ия/-ія); Ольгу, Ольги, Ольгой; Наталью, Натальей; Оксані, Оксаною.
 * After a soft sign or a vowel the ending is -я, else -а (never Натальа, which a romanized lookup
 * would take for Natala).
 */
function feminineNominative(word: string): string | undefined {
  if (!hasCyrillic(word)) return undefined;
  const upper = word === word.toUpperCase();
  const ia = word.replace(/(?<=\p{L}{2}[иі])(?:и|ї|ю|ей|ею|єю)$/iu, upper ? 'Я' : 'я');
  if (ia !== word && givenGender(ia) === 'f') return ia;
  const m = /^(.{2,}?)(?:у|ю|ы|и|е|і|ї|ой|ою|ей|ею|єю)$/iu.exec(word);
  if (!m) return undefined;
  const end = /[ьиійаеёоуыэюяєї]$/iu.test(m[1]!) ? 'я' : 'а';
  const nominative = m[1] + (upper ? end.toUpperCase() : end);
  return givenGender(nominative) === 'f' ? nominative : undefined;
}

/**
 * A given name beside a patronymic in an oblique case is in that case too, listed or not: the masculine
 * genitive, dative or instrumental (Бахтиёра/Бахтиёру/Бахтиёром Камоловича) drops its ending; the
 * feminine -ы/-е/-у/-ой of a name in -а (Гулноры Камоловны) returns to -а.
 */
function givenInCaseOf(given: string, patronymic: Token | undefined, family = ''): string {
  // The patronymic's case and gender decide first: a list may hold both Зарина and Зарин, and
  // "Зарину Бахромовну" is only the one.
  if (patronymic && hasCyrillic(given)) {
    if (/(?:вич|ич)(?:а|у|ем|ом|е)$/iu.test(patronymic.text))
      return given.replace(/(?<=[бвгджзклмнпрстфхцчшщҳҷқғ])(?:а|у|ом|ем|е)$/iu, '');
    // (Ukrainian: Мирослави, Мирославі, Мирославою Петрівни/Петрівні/Петрівною.)
    if (/(?:вн|чн)(?:ы|е|у|ой|ою|и|і)$/iu.test(patronymic.text)) {
      // Names in -ия/-ія: Марии, Марию, Марией; Марії, Марію, Марією.
      const ia = given.replace(/(?<=\p{L}{2}[иі])(?:и|ї|ю|ей|ею|єю)$/iu, 'я');
      if (ia !== given) return ia;
      return given.replace(/(?<=[бвгджзклмнпрстфхцчшщҳҷқғґ])(?:ы|е|у|ой|ою|и|і)$/iu, 'а');
    }
    if (/(?:вич|ич|вна|чна)$/iu.test(patronymic.text)) return given;
  }
  // Without one, a woman's family name in an oblique case only a woman's takes (Юсуповой, Каримовской;
  // not Юсупову, also a man's dative) puts her given name in that case too: Халимы, Халиме, Халимой.
  if (
    !patronymic &&
    hasCyrillic(given) &&
    !isGivenName(given) &&
    /(?:(?:ов|ев|ёв|ин|ын)(?:ой|ою)|(?:ск|цк)(?:ой|ую))$/iu.test(family)
  ) {
    // Names in -а after a consonant (Халимы, Халимой) and in -ия (Зульфии, Зульфией).
    const nominative = given
      .replace(/(?<=[бвгджзклмнпрстфхцчшщҳҷқғ])(?:ы|и|е|у|ой|ою)$/iu, 'а')
      .replace(/(?<=\p{L}{2}и)(?:ей|ею|и)$/iu, 'я');
    if (nominative !== given) return nominative;
  }
  return givenNominative(given, true);
}

function genderOf(m: Match): Gender {
  // A feminine patronymic in any case: -вна, -вны, -вну, -вной; -қизи.
  if (m.patronymic)
    return /(?:вн|чн|қизи|кизи|кызы|ovn|evn)\p{L}*$/iu.test(m.patronymic.text) ? 'f' : 'm';
  if (m.given) {
    const nominative = givenNominative(m.given.text, true);
    // An oblique given name: Бахтиёра → a masculine genitive; Марию, Ольгой → a woman's.
    if (nominative !== m.given.text) return givenGender(nominative) === 'f' ? 'f' : 'm';
    const g = givenGender(nominative);
    if (g === 'f' || g === 'm') return g;
  }
  return undefined;
}

/** A name part in Latin letters (core/text/translit.ts), its case made a name's: YUSUPOVA → Yusupova. */
function romanizeName(word: string, ukrainian: boolean): string {
  const w = hasCyrillic(word) ? transliterate(word, { ukrainian }) : word;
  // Upper-case passport forms read as names: YUSUPOVA → Yusupova; Zawadzka-Sowa keeps its parts.
  return w
    .split('-')
    .map((p) =>
      p === p.toUpperCase()
        ? p.charAt(0) + p.slice(1).toLowerCase()
        : p.charAt(0).toUpperCase() + p.slice(1),
    )
    .join('-');
}

/**
 * A given name in a Ukrainian text is romanized the Ukrainian way (Оксана → Oksana) unless only the
 * Russian way gives a known name: a Tajik name in a Ukrainian record (ГУЛНОРА) is Gulnora, not Hulnora.
 */
export function romanizeGiven(word: string, ukrainian: boolean): string {
  const own = romanizeName(word, ukrainian);
  if (!ukrainian || !hasCyrillic(word) || isGivenName(own)) return own;
  const plain = romanizeName(word, false);
  return isGivenName(plain) || isNearGivenName(plain) ? plain : own;
}

/**
 * A family name with a Russian or Central Asian ending (-ов, -ова, -ин, -зода, -ӣ) in a Ukrainian text
 * names someone from there: their names are romanized the Russian way (Г → g, И → i), as their own
 * passports spell them, not the Ukrainian way (Г → h, И → y).
 */
const NOT_UKRAINIAN_FAMILY = /(?:ов|ова|ев|ева|ин|іна|ина|зода|заде|ӣ|ий)$/iu;

function normalizeMatch(m: Match, textIsUkrainian: boolean, before: string): string {
  const ukrainian =
    textIsUkrainian &&
    !(
      hasCyrillic(m.family.text) &&
      NOT_UKRAINIAN_FAMILY.test(m.family.text) &&
      !/(?:ськ|цьк|енк)/iu.test(m.family.text)
    );
  let gender = genderOf(m);
  if (!gender && !m.given && MASCULINE_GENITIVE_CUE.test(before)) gender = 'm';
  const cyrillic = hasCyrillic(m.family.text);
  // A family name in -ova/-eva (not Polish -owa) is no Polish case form: its given name is a nominative
  // too (Malika Rashidova, not a genitive of Malik).
  const latinNominative = /(?:ova|eva)$/iu.test(m.family.text);
  const polish = cyrillic
    ? undefined
    : depolonize(
        m.given ? (latinNominative ? m.given.text : givenNominative(m.given.text)) : undefined,
        polishNominative(m.family.text),
        polishNominative(m.family.text) !== m.family.text,
      );
  // A man's given name in an oblique case (Марка, Ивану) puts a consonant-stem family name beside it
  // in that case too (Марка Кеддена → Кедден), as initials do.
  const obliqueMan =
    gender === 'm' &&
    m.given !== undefined &&
    !m.patronymic &&
    foldAccents(givenNominative(m.given.text, true)) !== foldAccents(m.given.text);
  const family = cyrillic
    ? familyNominative(m.family.text, gender, !m.given || obliqueMan, nominativeBefore(before))
    : polish!.family;
  const fam = romanizeName(family, ukrainian);
  if (m.given)
    return `${romanizeGiven(polish?.given ?? givenInCaseOf(m.given.text, m.patronymic, m.family.text), ukrainian)} ${fam}`;
  const cyr = hasCyrillic(m.family.text);
  const initials = (m.initials ?? []).map((i) => {
    const letter = i.text.replace('.', '');
    // A Latin look-alike initial inside a Cyrillic name is OCR's (Саидова Д. P.): read it as Cyrillic.
    return `${transliterateInitial(cyr ? (LATIN_TO_CYRILLIC[letter] ?? letter) : letter, { ukrainian })}.`;
  });
  return [...initials, fam].join(' ');
}

/** Polish family names in an oblique case back to the nominative (Tursunowej → Tursunowa, Ibrochimowem → Ibrochimow, Wiśniewskiej → Wiśniewska; Polish transliteration writes р+з as rz, so rz is left alone). */
function polishNominative(word: string): string {
  return word
    .replace(/(sk|ck|dzk)(iej|ą)$/u, '$1a')
    .replace(/(sk|ck|dzk)(iego|iemu|im)$/u, '$1i')
    .replace(/(ow|ew)(ej|ą)$/u, '$1a')
    .replace(/(ow|ew)(em|owi|ie)$/u, '$1');
}

/**
 * A woman's given name in a Polish oblique case back to its -a nominative: Haliny, Halinie, Haliną,
 * Halinę → Halina; Dżamili → Dżamila; Marii → Maria (a name listed so, when the -i form is not
 * itself listed: Mehri).
 */
function feminineGiven(given: string): string {
  // (The lists fold accents, so Dilnozą is "listed" as Dilnoza: the ending decides first.)
  // (-i after l, k, g, j is the genitive and dative of -la, -ka, -ga, -ja: Dżamili, Maliki.)
  const nominative = given.replace(/(?<=\p{L}{2})(?:ie|y|ą|ę|(?<=[lkgj])i)$/u, 'a');
  if (nominative !== given && (isGivenName(nominative) || !isGivenName(given))) return nominative;
  if (isGivenName(given)) return given;
  const fromI = given.replace(/(?<=\p{L}{2})i$/u, 'a');
  return isGivenName(fromI) ? fromI : given;
}

/** A man's given name's Polish case ending (Szymonem, Jana, Janowi, Janu), after three letters. */
const POLISH_MASCULINE_CASE = /(?<=\p{L}{3})(?:em|a|owi|u)$/u;

/**
 * Eastern names written the Polish way (Saidowa, Bachtijor Ergaszew) are brought into the one
 * scheme of core/text/translit.ts (Saidova, Bakhtiyor Ergashev), so every spelling of a person has one
 * canonical form. Native Polish names (Kaczmarek, Zawadzka) do not end in -ow/-owa/-ew/-ewa; only an
 * adjectival one's given name is brought back from its case (Ireny Zawadzkiej, Jana Zawadzkiego).
 */
function depolonize(
  given: string | undefined,
  family: string,
  oblique: boolean,
): { given: string | undefined; family: string } {
  // A native Polish woman's name in an oblique case (Ireny Wiśniewskiej, Irenę Wiśniewską): her given
  // name is in that case too; the spelling stays Polish.
  if (oblique && given !== undefined && /(?:sk|ck|dzk)a$/u.test(family))
    return { given: feminineGiven(given), family };
  // A man's (Jana Wiśniewskiego, Janowi Wiśniewskiemu): his given name without the case ending, where
  // that gives a listed name (Pawła stays: its nominative Paweł has a vowel the cases drop).
  if (oblique && given !== undefined && /(?:sk|ck|dzk)i$/u.test(family)) {
    const cut = given.replace(POLISH_MASCULINE_CASE, '');
    return { given: isGivenName(cut) ? cut : given, family };
  }
  if (!/(?:ow|owa|ew|ewa)$/iu.test(family)) return { given, family };
  // German spellings take the same endings (Schachnosa Karimowa): its sch and tsch are ш/ж and ч, not с+х.
  const convert = (w: string) =>
    w
      .replace(/tsch/g, 'ch')
      .replace(/Tsch/g, 'Ch')
      .replace(/(?<!s)sch/g, 'sh')
      .replace(/Sch/g, 'Sh')
      .replace(/szcz/g, 'shch')
      .replace(/sz/g, 'sh')
      .replace(/cz/g, 'ch')
      .replace(/dż/g, 'j')
      .replace(/Dż/g, 'J')
      .replace(/ż/g, 'zh')
      .replace(/Ż/g, 'Zh')
      .replace(/ch/g, 'kh')
      .replace(/shkh/g, 'shch')
      .replace(/w/g, 'v')
      .replace(/Sz/g, 'Sh')
      .replace(/Cz/g, 'Ch')
      .replace(/Ch/g, 'Kh')
      .replace(/W/g, 'V')
      .replace(/ó/g, 'o')
      .replace(/ł/g, 'l')
      .replace(/Ł/g, 'L');
  // The given name is in an oblique case only when the family name was (Szymonem Nowakowem, not Gulnora);
  // a woman's (family in -owa) then ends as a feminine noun's case (Haliny, Halinie, Haliną, Marii).
  const g =
    !oblique || given === undefined
      ? given
      : /[oe]wa$/iu.test(family)
        ? feminineGiven(given)
        : given.replace(POLISH_MASCULINE_CASE, '');
  return { given: g === undefined ? undefined : convert(g), family: convert(family) };
}

// ---- matching ------------------------------------------------------------------------------

interface Match {
  tokens: Token[];
  family: Token;
  given?: Token;
  patronymic?: Token;
  initials?: Token[];
}

function matchAt(
  text: string,
  toks: Token[],
  i: number,
  knownGiven: (word: string) => boolean,
): Match | undefined {
  const t = (k: number) => toks[i + k];
  const run = (n: number) => {
    for (let k = 0; k < n - 1; k++)
      if (!t(k) || !t(k + 1) || !adjacent(text, t(k)!, t(k + 1)!)) return false;
    return Boolean(t(n - 1));
  };
  const a = t(0);
  const b = t(1);
  const c = t(2);
  if (!a) return undefined;
  // family given patronymic (the patronymic may have wrapped to the next line)
  if (
    run(2) &&
    c &&
    continues(text, b!, c) &&
    a.cap &&
    b!.cap &&
    isPatronymic(c) &&
    !isStop(a) &&
    !isStop(b!) &&
    // At a sentence start the first word is a family name only by its ending (Потом Бориса
    // Николаевича, Выступил Игорь Васильевич: an adverb, a verb before a given name and patronymic)
    // or where the three words are all the line or list item holds (Цой Виктор Робертович⏎).
    (!sentenceStart(text, a) ||
      isFamilyLike(a) ||
      /^[ \t]*(?:[,;(\n\d]|$)/.test(text.slice(c.end, c.end + 5)))
  )
    return { tokens: [a, b!, c], family: a, given: b!, patronymic: c };
  // given patronymic family (Дилбар Камоловна Саидова)
  if (run(3) && a.cap && isPatronymic(b!) && c!.cap && !isStop(c!) && !isStop(a))
    return { tokens: [a, b!, c!], family: c!, given: a, patronymic: b! };
  // family initial initial? (Саидова Д. К., Ґонта Є.Ї.)
  if (
    run(2) &&
    a.cap &&
    !a.initial &&
    b!.initial &&
    !isStop(a) &&
    (isFamilyLike(a) || (c && initialsJoin(text, b!, c)) || latinListItem(text, a, b!))
  ) {
    const initials =
      c && (initialsJoin(text, b!, c) || (c.initial && continues(text, b!, c))) ? [b!, c] : [b!];
    return { tokens: [a, ...initials], family: a, initials: initials.map((x) => x) };
  }
  // initial initial? family (Х. Б. Раҷабзода, K. Wiśniewska)
  if (a.initial) {
    const initials = b && initialsJoin(text, a, b) ? [a, b] : [a];
    const fam = toks[i + initials.length];
    const last = initials.at(-1)!;
    // "г. ХАРЬКОВА", "ш. ХАРКОВ": a town abbreviation before a place in capitals is no initial.
    const townAbbreviation = initials.length === 1 && fam?.text === fam?.text.toUpperCase();
    if (
      fam &&
      fam.cap &&
      !fam.initial &&
      !townAbbreviation &&
      adjacent(text, last, fam) &&
      !isStop(fam) &&
      (isFamilyLike(fam) ||
        initials.length === 2 ||
        (latinInitial(a) && opensListItem(text, a) && !hasCyrillic(fam.text)))
    ) {
      return { tokens: [...initials, fam], family: fam, initials };
    }
  }
  if (
    run(2) &&
    a.cap &&
    b!.cap &&
    !a.initial &&
    !b!.initial &&
    !isStop(a) &&
    !isStop(b!) &&
    sameScript(a, b!) &&
    !isPatronymic(b!) &&
    !commonOpener(text, a)
  ) {
    // given family (Бахтиёр Эргашев, Ewa Kozłowska-Wróbel) or family given (Саидова Дилбар, SAIDOVA Gulnora)
    // At a sentence start only a given name in its own form counts (Вина Саидовой is "guilt of").
    // A given name the document already gave someone in full counts there too.
    const givenOk =
      (sentenceStart(text, a) ? isGivenName(a.text) : isGivenName(givenNominative(a.text))) ||
      knownGiven(a.text);
    if (givenOk && (isFamilyLike(b!) || !isCommonGivenName(b!.text)))
      return { tokens: [a, b!], family: b!, given: a };
    if (isFamilyLike(a) && (isGivenName(givenNominative(b!.text)) || !isFamilyLike(b!)))
      return { tokens: [a, b!], family: a, given: b! };
    // Latin script puts the given name first: two given names in a row are given and family (Camille Lambert).
    const latin = !hasCyrillic(a.text);
    if (latin && givenOk && a.text !== a.text.toUpperCase())
      return { tokens: [a, b!], family: b!, given: a };
    // A Latin label's value ("Translator: Malohat Saidova"): no genitive follows a noun there, so a
    // capitalised word before a surname-shaped one is a given name even at a sentence start.
    if (
      latin &&
      isFamilyLike(b!) &&
      !isFamilyLike(a) &&
      a.text !== a.text.toUpperCase() &&
      /:[ \t]*$/.test(text.slice(0, a.start))
    )
      return { tokens: [a, b!], family: b!, given: a };
    if (
      isFamilyLike(b!) &&
      !isFamilyLike(a) &&
      a.text !== a.text.toUpperCase() &&
      !sentenceStart(text, a)
    )
      return { tokens: [a, b!], family: b!, given: a };
  }
  // A known given name and a surname split over a line break of running text (Zbigniew\nKaczmarek):
  // only where the line was wrapped, not after a heading or a label line (To: Bakhtiyor⏎Ergashev …).
  const titleCase = (t: Token) => t.text !== t.text.toUpperCase();
  if (
    a.cap &&
    b?.cap &&
    titleCase(a) &&
    titleCase(b) &&
    sameScript(a, b) &&
    /^\n$/.test(text.slice(a.end, b.start)) &&
    isGivenName(a.text) &&
    isFamilyLike(b) &&
    !isStop(a) &&
    wrapped(text, a.end)
  ) {
    return { tokens: [a, b], family: b, given: a };
  }
  // Family Given split over a line break (a register's name cell: Рахимов\nБахром, the given name a line of its own)
  if (
    a.cap &&
    b?.cap &&
    titleCase(a) &&
    titleCase(b) &&
    sameScript(a, b) &&
    /^\n$/.test(text.slice(a.end, b.start)) &&
    isFamilyLike(a) &&
    (isGivenName(b.text) ||
      (!isFamilyLike(b) && /^[ \t]*(?:\n|$)/.test(text.slice(b.end, b.end + 3)))) &&
    !isStop(b) &&
    !isStop(a)
  ) {
    return { tokens: [a, b], family: a, given: b };
  }
  // FAMILY GIVEN in capitals split over a line break (a record's running text): the given name is
  // listed, or the line was wrapped by the page width mid-name (no list knows every given name).
  const upper = (t: Token) => t.text === t.text.toUpperCase();
  if (
    a.cap &&
    b?.cap &&
    upper(a) &&
    upper(b) &&
    sameScript(a, b) &&
    /^\n$/.test(text.slice(a.end, b.start)) &&
    isFamilyLike(a) &&
    (isGivenName(b.text) ||
      isNearGivenName(b.text) ||
      (wrapped(text, a.end) && !isFamilyLike(b) && !isAbbreviation(b))) &&
    !isStop(b)
  ) {
    return { tokens: [a, b], family: a, given: b };
  }
  // "Family, Given" (ERGASHEV, Bakhtiyor; Saidova, Dilbar): a list's or an index's order. The family name
  // is in capitals or has a surname ending; the given name is listed, or title-case after capitals.
  if (
    a.cap &&
    b?.cap &&
    !a.initial &&
    !b.initial &&
    sameScript(a, b) &&
    /^,[ \t]+$/.test(text.slice(a.end, b.start)) &&
    !isStop(a) &&
    !isStop(b) &&
    !isPatronymic(b)
  ) {
    const upperFamily = a.text === a.text.toUpperCase() && b.text !== b.text.toUpperCase();
    const givenOk =
      isGivenName(b.text) ||
      isNearGivenName(b.text) ||
      upperFamily ||
      unlistedGivenAfterComma(text, toks, i);
    // Not the first of a list of names ("Saidova, Rasulova and …"): the word after the comma is no family name.
    if ((upperFamily || isFamilyLike(a)) && givenOk && !isFamilyLike(b))
      return { tokens: [a, b], family: a, given: b };
  }
  // given + initial of the family name (Gulnora S.): a listed given name, or one the document gives someone in full
  if (
    run(2) &&
    a.cap &&
    b!.initial &&
    sameScript(a, b!) &&
    (isGivenName(a.text) || knownGiven(a.text)) &&
    !isStop(a)
  )
    return { tokens: [a, b!], family: b!, given: a };
  return undefined;
}

/**
 * "Sharipov, Sukhrob": a title-case word after a family name with a surname ending and a comma is its
 * given name even when no list knows it, when nothing else follows the pair that would make it a list
 * or a title: the pair ends its line or sentence, or running text goes on in lower case
 * ("Sharipov, Sukhrob was heard"). Not before another capitalised word ("Sharipov, Deputy Minister";
 * "Sharipov, Sukhrob Mirzo") or a further comma and capital ("Sharipov, Davlatov, Kholiqov").
 */
function unlistedGivenAfterComma(text: string, toks: Token[], i: number): boolean {
  const a = toks[i]!;
  const b = toks[i + 1]!;
  if (
    !isFamilyLike(a) ||
    b.text === b.text.toUpperCase() ||
    hasCyrillic(a.text) !== hasCyrillic(b.text)
  )
    return false;
  if ([...b.text].length < 3 || b.text.includes('-')) return false;
  const next = toks[i + 2];
  const between = next ? text.slice(b.end, next.start) : text.slice(b.end);
  if (!next || /\n|[.;:!?)]/.test(between)) return true;
  return (
    !next.cap && !next.initial && /^[ \t]+$/.test(between) && next.text === next.text.toLowerCase()
  );
}

const overlaps = (f: { start: number; end: number }, s: number, e: number) =>
  f.start < e && s < f.end;

/** Remembers a full name by its given and by its family name, for later one-word mentions. */
function remember(ctx: DocumentContext, normalized: string): void {
  const parts = normalized.split(' ');
  if (parts.length < 2 || parts[0]!.endsWith('.')) return;
  for (const [kind, word] of [
    ['given', parts[0]!],
    ['family', parts.at(-1)!],
  ] as const) {
    const key = `${kind}:${foldAccents(word)}`;
    const had = ctx.persons.get(key);
    // Two people with one family name (sisters): a bare family name then names neither.
    ctx.persons.set(key, had && had !== normalized ? '' : normalized);
  }
}

/** The full name of the person the document already named whose given or family name the word is. */
function knownPerson(word: string, ctx: DocumentContext, ukrainian: boolean): string | undefined {
  const given = ctx.persons.get(
    `given:${foldAccents(romanizeName(givenNominative(word, true), ukrainian))}`,
  );
  const family = ctx.persons.get(
    `family:${foldAccents(romanizeName(hasCyrillic(word) ? familyNominative(word, 'm') : word, ukrainian))}`,
  );
  return given || family || undefined;
}

/**
 * A one-word span another detector (the NER model) reads as a person: the full name of someone the
 * document named before, or undefined.
 */
export function knownPersonSpan(
  text: string,
  start: number,
  end: number,
  ctx: DocumentContext,
): string | undefined {
  const toks = tokenize(text.slice(start, end));
  const t = toks[0];
  if (toks.length !== 1 || !t || !t.cap || t.initial || isStop(t)) return undefined;
  return knownPerson(t.text, ctx, /[іїєґ]/iu.test(text));
}

/**
 * A one-word span another detector (the NER model) reads as a person and no one the document named:
 * the word in the nominative, romanized ("Ивановой" → "Ivanova"), or undefined for a stop word, an
 * initial or a word not capitalised.
 */
export function normalizeBareName(text: string, start: number, end: number): string | undefined {
  const toks = tokenize(text.slice(start, end));
  const t = toks[0];
  if (toks.length !== 1 || !t || !t.cap || t.initial || isStop(t) || [...t.text].length < 2)
    return undefined;
  const ukrainian = /[іїєґ]/iu.test(text);
  const listed = isGivenName(givenNominative(t.text));
  return romanizeName(
    listed
      ? givenNominative(t.text)
      : hasCyrillic(t.text)
        ? familyNominative(t.text, undefined)
        : t.text,
    ukrainian,
  );
}

let particles: Set<string> | undefined;

/** A lower-case particle inside a name (van, de, al, эль: data/name-particles.json). */
function isParticle(word: string): boolean {
  particles ??= new Set(
    loadData<DataFile<{ words: string[] }>>('name-particles.json').entries.flatMap((e) => e.words),
  );
  return particles.has(word);
}

/** A particle written with a capital (Van, De, Von), not an English word (In, Do). */
/** A regnal number in Roman numerals, I to XXXIX. */
const ROMAN_NUMERAL = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/u;

export function isCapitalisedParticle(word: string): boolean {
  const w = word.toLowerCase();
  return /^\p{Lu}\p{Ll}+$/u.test(word) && w !== 'in' && w !== 'do' && isParticle(w);
}

/** A word of a name: capitalised and no hard stop, an initial, or a particle glued to one (al-Masri). */

function nameWord(t: Token): 'name' | 'particle' | undefined {
  if (t.initial) return 'name';
  if (t.cap) return isHardStop(t) ? undefined : 'name';
  if (isParticle(t.text)) return 'particle';
  const glued = /^(\p{Ll}+)[-'’](\p{Lu}\p{L}+)/u.exec(t.text);
  return glued && isParticle(glued[1]!) ? 'name' : undefined;
}

/**
 * The name of a span the NER model reads as a person where this module's shapes (normalizePersonSpan)
 * do not fit: 2–5 words in one script, each capitalised (no title or function word), an initial, or a
 * lower-case particle that does not end the name (Jan van der Berg, Ana de Souza, Ахмед эль-Хадж).
 * Each word romanized, particles kept in lower case: "Given Particle Family" as written. Undefined
 * for any other span (punctuation between the words, a word in lower case, a mix of scripts); a
 * given name with a patronymic only names the person `ctx` knows by that given name.
 */
export function normalizeModelName(
  text: string,
  start: number,
  end: number,
  ctx?: DocumentContext,
): string | undefined {
  const span = text.slice(start, end);
  const toks = tokenize(span);
  if (toks.length < 2 || toks.length > 5 || toks.length !== span.split(/\s+/).length)
    return undefined;
  // Roman numerals are Latin letters in every script (Всеволод II).
  if (toks.some((t, i) => !sameScript(t, toks[0]!) && !(i > 0 && ROMAN_NUMERAL.test(t.text))))
    return undefined;
  const ukrainian = /[іїєґ]/iu.test(text);
  // Given name and patronymic, the polite Russian address (Анна Петровна): the person the document
  // named in full with that given name, or no one.
  // Latin script writes no patronymic alone after a given name: Zaborovich, Jankovich there are
  // family names (the polite address is Russian, in Cyrillic).
  if (toks.some(isPatronymic) && (hasCyrillic(span) || toks.length > 2)) {
    const [given, patronymic] = toks;
    return toks.length === 2 && ctx && given!.cap && isPatronymic(patronymic!)
      ? knownPerson(given!.text, ctx, ukrainian)
      : undefined;
  }
  // Inside a name, a particle may be capitalised (Pieter Van Aalst, Lucas De Wit: Belgian and
  // American spellings), though never its first or last word.
  // A family name may open with its particle when the given name is left out (Van Aalst, De Wit,
  // Ван Дейк); a regnal number follows a name (Jan III Sobieski, Людовик XIV, Elizabeth I) as written.
  const kinds = toks.map((t, i) =>
    i > 0 && ROMAN_NUMERAL.test(t.text)
      ? 'numeral'
      : i < toks.length - 1 && isCapitalisedParticle(t.text)
        ? 'particle'
        : nameWord(t),
  );
  const named = (k: (typeof kinds)[number], i: number) =>
    k === 'name' || (k === 'numeral' && kinds[i - 1] === 'name');
  if (kinds.some((k) => !k) || !kinds.some((k) => k === 'name')) return undefined;
  if (!named(kinds.at(-1), kinds.length - 1)) return undefined;
  if (kinds.some((k, i) => k === 'numeral' && !named(k, i))) return undefined;
  return toks
    .map((t, i) =>
      kinds[i] === 'numeral'
        ? t.text
        : kinds[i] === 'particle'
          ? hasCyrillic(t.text)
            ? transliterate(t.text, { ukrainian })
            : t.text
          : t.initial
            ? t.text
            : romanizeName(t.text, ukrainian),
    )
    .join(' ');
}

/**
 * "Given Family" from a name given in parts (a table's family-name and given-name cells, nominative):
 * each part romanized and in title case (HRYHORENKO → Hryhorenko), Ukrainian letters the Ukrainian way.
 */
export function nameFromParts(given: string, family: string): string {
  const ukrainian = /[іїєґ]/iu.test(given + family);
  const part = (words: string) =>
    (words.match(/\p{L}[\p{L}'’-]*/gu) ?? []).map((w) => romanizeName(w, ukrainian)).join(' ');
  return [part(given), part(family)].filter(Boolean).join(' ');
}

/** Remembers a person another detector found, for the short mentions that follow. */
export function rememberPerson(ctx: DocumentContext, normalized: string): void {
  remember(ctx, normalized);
}

/**
 * One-word mentions ("Gulnora", "Бахтиёра", "Эргашев") of someone the document names in full:
 * the word (back in the nominative and romanized) is that person's given or family name.
 */
function singleNameMentions(
  text: string,
  toks: Token[],
  ctx: DocumentContext,
  ukrainian: boolean,
  taken: Found[],
): Found[] {
  const out: Found[] = [];
  for (const [k, t] of toks.entries()) {
    if (!t.cap || t.initial || isStop(t) || taken.some((f) => overlaps(f, t.start, t.end)))
      continue;
    // A given name that opens another name (Igor Zaborovich beside Igor Vantarov) is not the
    // known person's: in Latin script every capitalised word after it, in Cyrillic all but a
    // patronymic (Бориса Николаевича is the polite address of the one known Борис).
    const next = toks[k + 1];
    if (
      next?.cap &&
      !next.initial &&
      adjacent(text, t, next) &&
      !isStop(next) &&
      (!hasCyrillic(next.text) || !isPatronymic(next)) &&
      knownPerson(next.text, ctx, ukrainian) === undefined
    )
      continue;
    const who = knownPerson(t.text, ctx, ukrainian);
    if (who)
      out.push({
        type: 'person',
        text: t.text,
        normalized: who,
        start: t.start,
        end: t.end,
        attributes: { source: 'short mention' },
      });
  }
  return out;
}

// Forms (passport data pages, notices) give the name in labelled fields, the value after the label
// on its line or on the next; a bilingual value ("ЮСУПОВА / YUSUPOVA") is read in its Latin half.
const SURNAME_FIELD =
  /(?<!\p{L})(?:family name|surname|фамилия|насаб|nazwisko|nom de famille|achternaam)(?!\p{L})[^\n]*/giu;
const GIVEN_FIELD =
  /(?<!\p{L})(?:forenames?|given names?|first names?|имя|ном|imię|imiona|prénoms?|voornamen)(?!\p{L})[^\n]*/giu;
// The value: upper-case words (case-sensitive, unlike the labels), alone on the rest of the line or the next.
const FIELD_VALUE =
  /[ \t]*\n?[ \t]*(\p{Lu}[\p{Lu}\d'’-]+(?:[ \t]*\/[ \t]*\p{Lu}[\p{Lu}'’-]+)?)[ \t]*(?=\n|$)/uy;

function fieldValue(
  label: RegExp,
  text: string,
): { value: string; start: number; end: number } | undefined {
  for (const m of text.matchAll(label)) {
    // The value follows the label on its line (after the label words) or on the next line.
    for (const at of [m.index + m[0].length, m.index + m[0].search(/\s\p{Lu}{2}/u) + 1]) {
      if (at <= m.index) continue;
      FIELD_VALUE.lastIndex = at;
      const v = FIELD_VALUE.exec(text);
      if (!v) continue;
      const raw = v[1]!;
      const value = raw.includes('/') ? raw.split('/').at(-1)!.trim() : raw;
      const end = v.index + v[0].trimEnd().length;
      return { value, start: end - value.length, end };
    }
  }
  return undefined;
}

const FATHER_FIELD =
  /(?<!\p{L})(?:father'?s name|father'?s forename|имя отца|номи падар|imię ojca|prénom du père|nom du père)(?!\p{L})[^\n]*/giu;

/** The masculine form of a family name in -ova/-eva/-ina/-skaya (a father's surname from his daughter's). */
function masculineFamily(latin: string): string {
  return latin.replace(/(ov|ev|in)a$/i, '$1').replace(/skaya$/i, 'skiy');
}

function formPersons(text: string, ukrainian: boolean): Found[] {
  const family = fieldValue(SURNAME_FIELD, text);
  const given = fieldValue(GIVEN_FIELD, text);
  if (!family || !given || Math.abs(family.start - given.start) > 200) return [];
  const surname = romanizeName(family.value, ukrainian);
  const start = Math.min(family.start, given.start);
  const end = Math.max(family.end, given.end);
  const out: Found[] = [
    {
      type: 'person',
      text: text.slice(start, end),
      normalized: `${romanizeName(given.value, ukrainian)} ${surname}`,
      start,
      end,
      attributes: { source: 'form' },
    },
  ];
  // Notices name the father by his given name; his family name is the holder's, in the masculine.
  const father = fieldValue(FATHER_FIELD, text);
  if (father && Math.abs(father.start - family.start) < 300) {
    out.push({
      type: 'person',
      text: father.value,
      normalized: `${romanizeName(father.value, ukrainian)} ${masculineFamily(surname)}`,
      start: father.start,
      end: father.end,
      attributes: { source: 'form', role: 'father' },
    });
  }
  return out;
}

/**
 * "Карима" is a woman's name and the genitive of "Карим": when the page also writes the bare stem as a
 * word of its own, the form with -а is the oblique case.
 */
function preferStemSeenOnPage(m: Match, text: string): Match {
  const g = m.given;
  if (!g || !/\p{L}[аa]$/u.test(g.text)) return m;
  const stem = g.text.slice(0, -1);
  const alone = new RegExp(`(?<!\\p{L})${stem}(?![\\p{L}])`, 'u');
  if (!alone.test(text)) return m;
  return { ...m, given: { ...g, text: stem } };
}

/**
 * "Sukhrob S.": the one person named in full earlier in the document with this given name and a family
 * name beginning with the initial (in the initial's script or romanized), or undefined.
 */
function fullNameForInitial(
  ctx: DocumentContext,
  m: Match,
  ukrainian: boolean,
): string | undefined {
  const full = ctx.persons.get(
    `given:${foldAccents(romanizeName(givenNominative(m.given!.text, true), ukrainian))}`,
  );
  if (!full) return undefined;
  const letter = m.family.text.replace('.', '');
  const initial = hasCyrillic(letter) ? transliterateInitial(letter, { ukrainian }) : letter;
  const family = full.split(' ').at(-1) ?? '';
  return foldAccents(family).startsWith(foldAccents(initial)) ? full : undefined;
}

/**
 * Persons the rules read on a page. `named`: the NER model's spans of the page, whose full names tell
 * a noun opening a sentence before a family name from a given name (nounBeforeFamily).
 */
export function findPersons(
  text: string,
  ctx: DocumentContext,
  taken: Found[],
  named: readonly NameSpan[] = [],
): Found[] {
  latinInflects = /[ąęłńśźż]/iu.test(text);
  const ukrainian = /[іїєґ]/iu.test(text);
  const toks = tokenize(text, ukrainian);
  const out: Found[] = [];
  for (let i = 0; i < toks.length; i++) {
    const found = matchAt(text, toks, i, (w) =>
      Boolean(ctx.persons.get(`given:${foldAccents(romanizeName(w, ukrainian))}`)),
    );
    if (!found) continue;
    const m = preferStemSeenOnPage(found, text);
    const start = m.tokens[0]!.start;
    const end = m.tokens.at(-1)!.end;
    if (taken.some((f) => f.type !== 'date' && overlaps(f, start, end))) continue;
    // "Тело Флинта" beside "Кит Флинт": a noun and the family name in the genitive; the family name
    // alone is read on the next token.
    if (m.tokens.length === 2 && !m.initials && nounBeforeFamily(text, start, end, named)) continue;
    let normalized =
      m.given && m.family.initial
        ? (fullNameForInitial(ctx, m, ukrainian) ??
          `${romanizeName(givenNominative(m.given.text, true), ukrainian)} ${m.family.text}`)
        : normalizeMatch(m, ukrainian, text.slice(Math.max(0, start - 40), start));
    // People are remembered by family name and first initial: two sisters share a family name.
    const key = `${foldAccents(normalized.split(' ').at(-1) ?? '')}|${foldAccents(normalized.charAt(0))}`;
    const known = ctx.persons.get(key);
    // A later short mention (initials) of someone named in full earlier in the document — unless two
    // people of that family share the initial (a namesake, a sister): then it names neither ('' marks it).
    if (m.initials && known) normalized = known;
    else if (m.given && !m.family.initial) {
      ctx.persons.set(
        key,
        known !== undefined && foldAccents(known) !== foldAccents(normalized) ? '' : normalized,
      );
      // Known at once, so a later "Sukhrob S." on the same page finds the full name.
      remember(ctx, normalized);
    }
    out.push({ type: 'person', text: text.slice(start, end), normalized, start, end });
    i += m.tokens.length - 1;
  }
  for (const form of formPersons(text, ukrainian)) {
    if (!out.some((f) => foldAccents(f.normalized) === foldAccents(form.normalized)))
      out.push(form);
  }
  for (const f of out) remember(ctx, f.normalized);
  out.push(...singleNameMentions(text, toks, ctx, ukrainian, [...taken, ...out]));
  return out;
}

/**
 * Whether a span holds something only names have: a listed given name, an initial or a patronymic
 * (with `patronymicOnly`, a patronymic).
 */
export function personEvidence(span: string, patronymicOnly = false): boolean {
  return tokenize(span).some(
    (t) =>
      isPatronymic(t) ||
      (!patronymicOnly &&
        (t.initial || (t.cap && !isStop(t) && isGivenName(givenNominative(t.text))))),
  );
}

/**
 * The normalized name ("Given Family" or "I. I. Family", Latin script, nominative) of a span another
 * detector (the NER model) says is a person, read with this module's shapes: the span is matched as a
 * whole where a name shape fits it; otherwise a listed given name is the given name, a patronymic is
 * dropped and the last other word is the family name. Undefined for a span of one word without
 * initials (a bare word is too often not a name, and names no one the scorer could tell apart) or
 * one holding a stop word; `lenient` (a sure reading with a listed given name) lets through the
 * ordinary words that are also family names (Hill, Green, Little), not titles or function words.
 */
export function normalizePersonSpan(
  text: string,
  start: number,
  end: number,
  lenient = false,
): string | undefined {
  const span = text.slice(start, end);
  const toks = tokenize(span);
  const stopped = lenient ? isHardStop : isStop;
  if (toks.length < 2 || toks.length > 4 || toks.some((t) => !t.initial && (stopped(t) || !t.cap)))
    return undefined;
  // One name is written in one script: a span mixing them is OCR debris or two things.
  if (toks.some((t) => !sameScript(t, toks[0]!))) return undefined;
  const ukrainian = /[іїєґ]/iu.test(text);
  const before = text.slice(Math.max(0, start - 40), start);
  const whole = matchAt(span, toks, 0, () => false);
  if (whole && whole.tokens.length === toks.length) return normalizeMatch(whole, ukrainian, before);
  const initials = toks.filter((t) => t.initial);
  const words = toks.filter((t) => !t.initial);
  const patronymic = words.find(isPatronymic);
  const rest = words.filter((t) => t !== patronymic);
  if (!rest.length || (rest.length === 1 && !initials.length)) return undefined;
  // The given name: a listed one, else the word beside a surname-shaped one, else the first.
  const listed = rest.find((t) => isGivenName(givenNominative(t.text)));
  const familyLike = rest.find((t) => t !== listed && isFamilyLike(t));
  const given =
    rest.length < 2
      ? undefined
      : (listed ?? (familyLike ? rest.find((t) => t !== familyLike) : rest[0]));
  const others = rest.filter((t) => t !== given);
  const family = familyLike && others.includes(familyLike) ? familyLike : others.at(-1)!;
  const m: Match = {
    tokens: toks,
    family,
    ...(given ? { given } : { initials }),
    ...(patronymic ? { patronymic } : {}),
  };
  return normalizeMatch(m, ukrainian, before);
}
