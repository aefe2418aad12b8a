// Claims: statements that place a person somewhere at a time, read sentence by sentence from a
// document's pages and its extracted entities. A claim needs, in one sentence (or one stamp or table
// row), a word of presence or movement (flew, entered, lived, detained, married …), a date or a date
// range and a place the words tie to it; its person is the one the sentence names, or the one it
// refers to ("she", "the wanted person", "зазначена особа", "я"). Its stance comes from the kind of
// source (case/source-kind.ts). Hand-written: no library reads such statements across these six languages.
import { coversAll, maybe, meets } from '../../case/contradictions.js';
import { firstDay, lastDay } from '../../core/dates/partial-dates.js';
import { loadData, type DataFile } from '../../core/data.js';
import { farApart, geoOf, within } from '../../core/geo/locate.js';
import { sentences, type Sentence } from './sentences.js';
import { familyNameGender } from '../../core/names/person-names.js';
import { sourceKind, type Stance } from '../../case/source-kind.js';
import { ACCUSES, CITES_ACCUSATION, HEARSAY, NEGATED, OWN_RECORDS, REPORTED } from './stance.js';
import { speakerOf } from '../../case/writer.js';
import type { EntityRow } from '../extract/types.js';
import { kinPhrases } from '../extract/kinship.js';
import type { RowRecord } from '../extract/tables.js';

export interface EntityIn extends EntityRow {
  id: number;
}

export interface PageIn {
  page: number;
  text: string;
}

type ClaimKind =
  | 'married'
  | 'detained'
  | 'sentenced'
  | 'interviewed'
  | 'appeared'
  | 'released'
  | 'deported'
  | 'entry'
  | 'exit'
  | 'travel'
  | 'stay';

export interface ClaimFound {
  page: number;
  /** Entity ids of the person mentions the claim is about (several for a marriage). */
  personIds: number[];
  /** Their normalized names, which say who is who within one document. */
  personNames: string[];
  place: string;
  placeText: string;
  /**
   * Where a journey, an entry or an exit set out from, when its source names that too ("flew from A to
   * B", a manifest's route): the day of the move holds both ends. Normalized, and as written.
   */
  origin?: string;
  originText?: string;
  /** ISO date, possibly partial. */
  from: string;
  /** ISO date, possibly partial; null when open-ended. */
  to: string | null;
  /** True when the claim holds on some day of from–to, not on each: a date counted from a month or a year. */
  approximate?: boolean;
  stance: Stance;
  kind: ClaimKind;
  /** The sentence, and its offsets in the page text. */
  quote: string;
  start: number;
  end: number;
}

interface TriggerEntry {
  kind: ClaimKind;
  patterns: string[];
  source: string;
}

/** Words of presence or movement by claim kind (data/claim-triggers.json), compiled once; each begins a word (омад is not inside громадянка). */
const TRIGGERS: Array<[ClaimKind, RegExp]> = loadData<DataFile<TriggerEntry>>(
  'claim-triggers.json',
).entries.map((e) => [e.kind, new RegExp(`(?<!\\p{L})(?:${e.patterns.join('|')})`, 'iu')]);

// References to a person the sentence does not name.
// (English "I" only capitalised, so that Polish "i" — and — is not taken for it.)
const FIRST_PERSON =
  /(?:^|[^\p{L}])(?:[яЯ]|[мМ]ы|[мМ]еня|[нН]ас|[мМ]ой|[мМ]оя|I|[wW]e|[mM]y|[oO]ur|[jJ]a|[mM]nie|[мМ]ан|[мМ]о|[jJ]e|[nN]ous|[мМ]и|[мМ]ене)(?=[^\p{L}]|$)/u;
// Subject, object and agent forms ("ею была организована поездка", "er sei … gewesen").
// Polish says "I" in the verb's ending: "przebywałam", "byłem", "mieszkaliśmy".
const FIRST_PERSON_VERB = /\p{L}{2,}(?:łam|łem|łyśmy|liśmy)(?!\p{L})/u;
const PRONOUN =
  /(?:^|[^\p{L}])(?:она|он|они|её|его|ею|ей|нею|ней|им|ним|ему|вона|він|вони|її|його|нею|ним|йому|ona|on|oni|jej|jego|nią|niej|she|he|they|her|his|him|elle|il|lui|sie|er|ihm|ihr|вай|онҳо|ӯ)(?=[^\p{L}]|$)/iu;
// Words by which a document names the person it is about.
const ROLE =
  /обвиняем\p{L}*|wanted person|wnioskowan\p{L}*|зазначена особа|зазначеною особою|applicant|разыскиваем\p{L}*|шахси мазкур|the accused|la personne recherchée|обвинувачен\p{L}*|підозрюван\p{L}*|подозреваем\p{L}*|айбдоршаванда|(?<!\p{L})(?:verfolgte|angeschuldigte|beschuldigte|angeklagte)\p{L}*|cudzoziem\p{L}*|wnioskodawc\p{L}*|requérant\p{L}*|заявни\p{L}*|заявител\p{L}*|the detainee|the holder|the patient/iu;
const JOINT = /заключили|стороны|сторон|тарафайн|бастанд|оба|обоє|oboje|both|the couple|супруг/iu;
const WE = /(?:^|[^\p{L}])(?:мы|ми|we|nous|мо)(?=[^\p{L}]|$)/iu;
// A person named after "with" goes along with the subject; the sentence is not about them.
const WITH = /(?:^|[^\p{L}])(?:с|со|з|із|zi|z|ze|with|avec|бо)\s*$/iu;

// Prepositions that tie a place to a presence or a movement, and those that name where it began.
// ('6' and 'вг' are how OCR reads "в" and "в г." in some fonts.)
const TO_OR_AT = new Set([
  'в',
  'во',
  'на',
  'у',
  'до',
  'к',
  'через',
  'in',
  'to',
  'into',
  'at',
  'via',
  'through',
  'w',
  'we',
  'do',
  'na',
  'przez',
  'à',
  'en',
  'au',
  'aux',
  'dans',
  'vers',
  'par',
  'über',
  'ба',
  'дар',
  'ва',
  'по',
  'im',
  'nach',
  'bei',
  '6',
  'вг',
]);
const FROM = new Set([
  'из',
  'с',
  'со',
  'от',
  'з',
  'із',
  'зі',
  'від',
  'from',
  'z',
  'ze',
  'od',
  'аз',
  'de',
  'du',
  'des',
  'aus',
  'von',
  'vom',
]);
// Words between a preposition and the place name: "в г. Стамбул", "на территории Украины", "to the city of".
const FILLER =
  /^(?:г|м|с|ш|пгт|смт|с\.|city|town|village|the|of|территори\p{L}*|територі\p{L}*|terytori\p{L}*|международн\p{L}*|міжнародн\p{L}*|аэропорт\p{L}*|аеропорт\p{L}*|airport|lotnisk\p{L}*|przejści\p{L}*|graniczn\p{L}*|пункт\p{L}*|пропуск\p{L}*|перетину|пересечени\p{L}*|кпп|border|crossing|point|checkpoint|города|місто|міста|miasta|miasto|ville|de|la|le|l|обл|область|области|district|района|район|шаҳри|ш|изолятор\p{L}*|ізолятор\p{L}*|сизо|сізо|следственн\p{L}*|слідч\p{L}*|тюрьм\p{L}*|в['’]язниц\p{L}*|areszt\p{L}*|śledcz\p{L}*|więzieni\p{L}*|detention|centre|center|prison|gefängnis\p{L}*|haftanstalt)$/iu;
const THEN =
  /а затем|затем|потом|then|następnie|a potem|баъдан|потім|puis|ensuite|and later|откуда/iu;
// Dates that name a document, not a time the person was somewhere: "решением … от 9 октября 2014 года", "z dnia", "issued".
const REFERENCE_DATE =
  /(?:^|[^\p{L}])(?:от|від|z dnia|dated|of|du|vom|выдан\p{L}*|видан\p{L}*|issued|wydan\p{L}*|додан\p{L}*)\s*$/iu;
// … nor is "the end of April" ("of" as in "the decision of 3 March").
const PART_OF = /(?:end|beginning|start|middle|half|course)\s+of\s*$/iu;
// … unless a range goes on from it: "vom 2. Januar bis zum 9. Mai".
const RANGE_GOES_ON = /^\s*(?:bis|au|to|until|по|до|do)(?!\p{L})/iu;
// Places named as a citizenship or a passport's country, not as where the person was.
const CITIZEN =
  /(?:громадян\p{L}*|граждан\p{L}*|citizen\p{L}*|obywatel\p{L}*|шаҳрванд\p{L}*|staatsangehörig\p{L}*|national of|citoyen\p{L}*|nationalit\p{L}*)(?:\s+\p{L}+)?\s*$/iu;
const BIRTH =
  /рожд|уроже|born|urodz|р\.\s?н\.|таваллуд|(?<!\p{L})née?\s|place of birth|(?<!\p{L})зода(?:и)?\s|народж/iu;
// ('3' is how OCR reads "з" before a date.)
const RANGE_START =
  /(?:^|[^\p{L}])(?:с|со|з|із|від|from|od|since|between|depuis|du|аз|von|vom|ab|entre|(?<=\s)3)\s*(?:начала\s+|конца\s+)?$/iu;
const RANGE_JOIN =
  /^\s*(?:г\.|года|р\.|r\.|г)?\s*(?:по|до|to|until|till|and|do|і|и|–|—|-|au|à|то|bis(?:\s+zu[mr])?|und|et)\s*$/iu;
// A range whose first day is a bare number: "с 4 по 8 июня", "od 3 do 17 marca", "from 2 to 9 March".
// ('no' and 'mo' are OCR readings of "по".)
const BARE_DAY_RANGE =
  /(?:^|[^\p{L}])(?:с|со|з|із|від|from|od|between|du|von|vom|entre|аз)\s+(\d{1,2})\.?\s*(?:по|no|mo|до|do|to|till|until|and|au|à|bis|und|et|і|и|то|[-–—])\s*$/iu;
// An end without a start: "until the end of May", "То охири моҳи май", "до конца марта": the stay goes on from the claim before.
const UNTIL =
  /(?:^|[^\p{L}])(?:то|до|по|until|till|bis(?:\s+zu[mr])?|do|jusqu['’]?(?:au|en|à)?)(?:\s+(?:the\s+)?(?:охири|конца|кінця|end\s+of|końca|ende|fin|la\s+fin))?(?:\s+(?:моҳи|месяца|місяця|of|de|des))?\s*$/iu;
// A place referred to: "there", "там же", "дар он ҷо", "dort".
const THERE = /(?:^|[^\p{L}])(?:там|there|dort|tam|дар он ҷо|là|тамо)(?=[^\p{L}]|$)/iu;
// A border not crossed over a period: the person stayed in that country all along.
const NOT_CROSSED =
  /(?:не\s+перетина\p{L}*|не\s+перетнул\p{L}*|не\s+пересека\p{L}*|не\s+пересек\p{L}*|did\s+not\s+cross|has\s+not\s+crossed|nie\s+przekracza\p{L}*|nie\s+przekroczy\p{L}*|nicht\s+überschritten|n['’]a\s+pas\s+franchi|убур\p{L}*\s+накард\p{L}*)/iu;
// The period a register was searched over, or a request covers: not a time the person was anywhere.
const SEARCH_PERIOD =
  /період пошуку|период поиска|search period|period searched|okres wyszukiwania|suchzeitraum|période de recherche|за период с|за період з/iu;
// A sentence that announces the list below it ("the following guests stayed …"): the rows are the claims.
const LIST_INTRO =
  /следующ\p{L}* (?:лиц|граждан|пассажир)|наступн\p{L}* (?:особ|громадян|пасажир)|the following (?:persons|people|guests|individuals|passengers)|następując\p{L}* (?:osob|goś|pasażer)|(?:personnes|voyageurs|passagers) suivant|folgende\p{L}* (?:personen|gäste|passagiere)/iu;
const BORDER = /кордон|границ|border|granic|grenze|frontière|сарҳад/iu;
// A stay in an institution a record names without its town (a hospital ward): at the town of the letterhead.
const INSTITUTION =
  /відділен|отделени|стационар|стаціонар|лікарн|больниц|hospital|szpital|krankenhaus|klinik|hôpital|роддом|пологов|ward(?!\p{L})|беморхона|таваллудхона/iu;
const PREV_TAIL = 40;

// Dates counted from the one before: "спустя три дня", "two weeks later", "tydzień później", "zwei Wochen später".
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  ten: 10,
  один: 1,
  одну: 1,
  одна: 1,
  два: 2,
  две: 2,
  три: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
  десять: 10,
  дві: 2,
  чотири: 4,
  шість: 6,
  jeden: 1,
  jedną: 1,
  jedna: 1,
  dwa: 2,
  dwie: 2,
  trzy: 3,
  cztery: 4,
  pięć: 5,
  sześć: 6,
  dziesięć: 10,
  ein: 1,
  eine: 1,
  einen: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  zehn: 10,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  як: 1,
  ду: 2,
  се: 3,
  чор: 4,
  панҷ: 5,
};
const UNIT_DAYS: Array<[RegExp, number]> = [
  [/^(?:day|дн|дён|день|дня|дні|dni|dzień|tag|tage|jour|рӯз)/iu, 1],
  [/^(?:week|недел|неделю|тиждень|тижн|tydz|tygod|woche|semaine|ҳафта)/iu, 7],
  [/^(?:month|месяц|місяц|miesi|monat|mois|моҳ)/iu, 30],
];
const RELATIVE_AFTER =
  /(?<!\p{L})(?:спустя|через|по истечении|після|po|после|баъд аз|after)\s+(?:(\d+|\p{L}+)\s+)?(\p{L}+)|(?<!\p{L})(?:(\d+|\p{L}+)\s+)?(\p{L}+)\s+(?:later|później|später|plus tard|позже|пізніше|баъд)/giu;

interface Span {
  from: string;
  to: string | null;
  start: number;
  end: number;
  /** At the place of the span before: "… to Ankara, where she stayed until the end of March". */
  there?: boolean;
  /** Some day of from–to: counted from a month or a year ("in May … three weeks later"). */
  approximate?: boolean;
}

// A relative clause about the place just named: "where", "gdzie", "где", "де", "où", "wo".
const WHERE = /(?<!\p{L})(?:where|gdzie|где|де|où|wo|куда|куди)(?!\p{L})/iu;

export function readClaims(pages: PageIn[], entities: EntityIn[]): ClaimFound[] {
  const sorted = [...pages].sort((a, b) => a.page - b.page);
  const kind = sourceKind(sorted[0]?.text ?? '');
  if (kind === 'secondary') return [];
  const persons = entities.filter((e) => e.type === 'person');
  const officials = officialsOf(persons, sorted);
  const main = mainPersons(persons, officials);
  // A manifest's or a border printout's rows are records: documented, unless the document is an
  // accusation (or testimony) that cites them; read even where the head names no kind of document.
  const rows = recordRows(
    sorted,
    entities,
    kind === 'alleged' ? 'alleged' : 'documented',
    main,
    officials,
  );
  if (!kind) return tidy(rows);
  const stance: Stance = kind;
  const speaker = speakerOf(sorted, persons);
  const out: ClaimFound[] = [];
  const ctx: Context = { stance, main, speaker, seat: seatOf(sorted, entities), officials };
  for (const p of sorted) {
    const onPage = entities.filter((e) => e.page === p.page);
    // A register's rows read as a table's are read as records below (registerRows): their header's
    // words ("Wyjazd", "Departure") are column labels, not a sentence's verbs.
    const records = onPage.filter((e) => e.type === 'person' && rowStay(e, onPage));
    const spans = [
      ...records.map((r) => [r.start, r.end] as const),
      ...rows.filter((c) => c.page === p.page).map((c) => [c.start, c.end] as const),
    ];
    const ss = sentences(p.text);
    ss.forEach((s, i) => {
      const inRecord = spans.some(([start, end]) => start < s.end && s.start < end);
      const found = inRecord ? [] : sentenceClaims(s, ss, i, onPage, ctx);
      for (const c of found) out.push({ ...c, page: p.page });
      if (found.length) ctx.last = found[found.length - 1];
      follow(s, onPage, ctx);
    });
  }
  const register = REGISTER.test(sorted[0]?.text.split('\n').slice(0, 12).join('\n') ?? '');
  const addressed = entities.some((e) => e.attributes?.role === 'address');
  if (
    (ctx.seat || addressed) &&
    (register || entities.some((e) => e.attributes?.role === 'arrival'))
  )
    out.push(...registerRows(sorted, entities, ctx.seat, officials, register));
  return tidy(byRecords([...out, ...rows], persons));
}

const recordOf = (e: EntityIn) => e.attributes?.record as RowRecord | undefined;

/**
 * The events of the rows of manifests and border-database printouts, one a row, its source the row's
 * words (page and offsets; their boxes are the row's cells'): a row with a direction (entry, exit)
 * is that crossing at the checkpoint's place (else at the place its route or ends name); a row with
 * a route or a destination is a journey there, its day the row's date or, when the table has no date
 * column, the one day written above the table. Its person is the row's name, else the person the
 * printout names above its rows or between them (the last person named before the row, outside any
 * row, who is no official), else the
 * document's main person. A row without a day or a place gives nothing.
 */
function recordRows(
  pages: PageIn[],
  entities: EntityIn[],
  stance: Stance,
  main: EntityIn[],
  officials: Set<string>,
): ClaimFound[] {
  const out: ClaimFound[] = [];
  for (const p of pages) {
    const onPage = entities.filter((e) => e.page === p.page).sort((a, b) => a.start - b.start);
    const byRow = new Map<number, EntityIn[]>();
    for (const e of onPage) {
      const row = e.attributes?.row;
      if (e.attributes?.source !== 'table' || typeof row !== 'number') continue;
      byRow.set(row, [...(byRow.get(row) ?? []), e]);
    }
    for (const [, ents] of byRow) {
      const rec = ents.map(recordOf).find(Boolean);
      if (!rec) continue;
      const date =
        ents.find((e) => e.type === 'date' && e.attributes?.role === 'date') ??
        headDate(onPage, rec.header);
      if (!date) continue;
      const placeOf = (role: string, which: 'first' | 'last') => {
        const ps = ents.filter((e) => e.type === 'place' && e.attributes?.role === role);
        return which === 'first' ? ps[0] : ps.at(-1);
      };
      const kind: ClaimKind = rec.direction ?? 'travel';
      const place =
        rec.direction === 'exit'
          ? (placeOf('checkpoint', 'first') ??
            placeOf('from', 'first') ??
            placeOf('route', 'first'))
          : (placeOf('checkpoint', 'first') ?? placeOf('to', 'last') ?? placeOf('route', 'last'));
      if (!place || (!rec.direction && !(rec.to || rec.route))) continue;
      // A journey's other end: the route's first place or the From column.
      const setOut = rec.direction
        ? undefined
        : (placeOf('from', 'first') ?? placeOf('route', 'first'));
      const origin = setOut && setOut.normalized !== place.normalized ? setOut : undefined;
      // The header's labels are no one, even where they read as a name ("Сана Гузаргоҳ").
      const headerEnd = p.text.indexOf('\n', rec.header);
      const inHeader = (e: EntityIn) =>
        e.start >= rec.header && (headerEnd < 0 || e.start < headerEnd);
      const who =
        ents.find((e) => e.type === 'person') ??
        [...onPage]
          .reverse()
          .find(
            (e) =>
              e.type === 'person' &&
              e.end <= rec.span[0] &&
              !inHeader(e) &&
              e.attributes?.source !== 'table' &&
              !officials.has(e.normalized),
          ) ??
        main[0];
      if (!who) continue;
      const [start, end] = rec.span;
      out.push({
        page: p.page,
        personIds: [who.id],
        personNames: [who.normalized],
        place: place.normalized,
        placeText: place.text,
        ...(origin ? { origin: origin.normalized, originText: origin.text } : {}),
        from: date.normalized,
        to: date.normalized,
        stance,
        kind,
        quote: p.text.slice(start, end),
        start,
        end,
      });
    }
  }
  return out;
}

/** The one day a page writes above a table's header (a manifest dated in its title), if only one. */
function headDate(onPage: EntityIn[], header: number): EntityIn | undefined {
  const days = onPage.filter(
    (e) => e.type === 'date' && e.end <= header && /^\d{4}-\d\d-\d\d$/.test(e.normalized),
  );
  return new Set(days.map((d) => d.normalized)).size === 1 ? days[0] : undefined;
}

// A register of guests (a hotel's, a hostel's): each row a person and the days of their stay.
const REGISTER =
  /журнал\p{L}* регистрации|реєстраці\p{L}* (?:гостей|іноземців)|журнал\p{L}* реєстрації|guest register|hotel register|register of guests|księg\p{L}* (?:meldunkow|gości)|gästebuch|meldeschein|registre des (?:clients|voyageurs)/iu;

/**
 * The rows of a register, each a claim that its person stayed at the row's address (the town its
 * address cell names), else at the register's town, from the first
 * to the last of the row's dates (arrival, departure); a date 14 years or more before the register's
 * latest one is the person's birth date, not a day of the stay. A row read as a table's
 * (ingest/extract/tables.ts) says which of its dates are the arrival and the departure: those are
 * the stay, whatever else the row dates, and such rows are read even where no title names a register
 * (`titled` false): then only they are.
 */
function registerRows(
  pages: PageIn[],
  entities: EntityIn[],
  seat: EntityIn | undefined,
  officials: Set<string>,
  titled: boolean,
): ClaimFound[] {
  const out: ClaimFound[] = [];
  const years = entities
    .filter((e) => e.type === 'date')
    .map((e) => Number(e.normalized.slice(0, 4)) || 0);
  const latest = Math.max(0, ...years);
  for (const p of pages) {
    const onPage = entities.filter((e) => e.page === p.page).sort((a, b) => a.start - b.start);
    const persons = onPage.filter((e) => e.type === 'person');
    persons.forEach((who, k) => {
      // The register's clerk and the addressee of the letter that sends it stayed nowhere.
      if (officials.has(who.normalized)) return;
      const columns = rowStay(who, onPage);
      if (!columns && !titled) return;
      const until = persons[k + 1]?.start ?? p.text.length;
      const days =
        columns ??
        onPage.filter(
          (e) =>
            e.type === 'date' &&
            e.start > who.end &&
            e.start < until &&
            /^\d{4}-\d\d-\d\d$/.test(e.normalized) &&
            Number(e.normalized.slice(0, 4)) > latest - 14,
        );
      if (!days.length) return;
      // A row's stay is its last two dates (arrival, departure); a date before them is the guest's
      // birth date (an infant's lies within 14 years) or a document's.
      const stay = columns ?? (days.length >= 3 ? days.slice(-2) : days);
      const [first, last] = [stay[0]!, stay[stay.length - 1]!].sort((a, b) =>
        a.normalized.localeCompare(b.normalized),
      ) as [EntityIn, EntityIn];
      const end = Math.max(last.end, who.end);
      const where = rowAddress(who, onPage) ?? seat;
      if (!where) return;
      out.push({
        page: p.page,
        personIds: [who.id],
        personNames: [who.normalized],
        place: where.normalized,
        placeText: where.text,
        from: first.normalized,
        to: last.normalized,
        stance: 'documented',
        kind: 'stay',
        quote: p.text.slice(who.start, end),
        start: who.start,
        end,
      });
    });
  }
  return out;
}

/**
 * The town a table row's address cell names: of its places, the one no other lies within ("Kazan"
 * before "Tatarstan" or "Russia"), the first of such.
 */
function rowAddress(who: EntityIn, onPage: EntityIn[]): EntityIn | undefined {
  const row = who.attributes?.row;
  if (who.attributes?.source !== 'table' || row === undefined) return undefined;
  const places = onPage.filter(
    (e) =>
      e.type === 'place' &&
      e.attributes?.source === 'table' &&
      e.attributes.row === row &&
      e.attributes.role === 'address',
  );
  return places.find((p) => !places.some((q) => q !== p && within(q.normalized, p.normalized)));
}

/**
 * The arrival and departure dates of a table row's person (the departure may be missing: a guest
 * still staying), from the dates of its row; undefined for a person not read from a table's row or a
 * row without an arrival.
 */
function rowStay(who: EntityIn, onPage: EntityIn[]): EntityIn[] | undefined {
  const row = who.attributes?.row;
  if (who.attributes?.source !== 'table' || row === undefined) return undefined;
  const day = (role: string) =>
    onPage.find(
      (e) =>
        e.type === 'date' &&
        e.attributes?.source === 'table' &&
        e.attributes.row === row &&
        e.attributes.role === role,
    );
  const arrival = day('arrival');
  if (!arrival) return undefined;
  const departure = day('departure');
  return departure ? [arrival, departure] : [arrival];
}

/**
 * A name by initials that two people of the document fit ("Саїдова Д." beside a Ділноза and a Ділбар)
 * is the one whose own records it restates: a stay from the day one of them entered to the day they left.
 */
function byRecords(claims: ClaimFound[], persons: EntityIn[]): ClaimFound[] {
  return claims.map((c) => {
    const name = c.personNames.length === 1 ? c.personNames[0]! : '';
    const m = /^(\p{Lu})\.(?:\s\p{Lu}\.)*\s(\S+)$/u.exec(name);
    if (!m) return c;
    const fits = new Set(
      persons
        .filter(
          (p) =>
            p.normalized !== name &&
            p.normalized.endsWith(` ${m[2]}`) &&
            p.normalized.startsWith(m[1]!),
        )
        .map((p) => p.normalized),
    );
    if (fits.size < 2) return c;
    const days = [c.from, c.to];
    const whose = [
      ...new Set(
        claims
          .filter(
            (o) =>
              o !== c &&
              o.personNames.length === 1 &&
              fits.has(o.personNames[0]!) &&
              (days.includes(o.from) || days.includes(o.to ?? '')),
          )
          .map((o) => o.personNames[0]!),
      ),
    ];
    if (whose.length !== 1) return c;
    const owner = claims.find((o) => o.personNames[0] === whose[0])!;
    return { ...c, personIds: owner.personIds, personNames: owner.personNames };
  });
}

interface Context {
  stance: Stance;
  main: EntityIn[];
  speaker?: EntityIn;
  /** Who the text was last about, for "she" and "he". */
  current?: EntityIn;
  /** The persons named lately, in order: "ею" is the last woman named, not the last person. */
  recent?: EntityIn[];
  /** Normalized names of officials named by their title (the judge, the interpreter): never the subject. */
  officials: Set<string>;
  /** The person of the table row header above (a border printout's "1. NAME, born …"). */
  row?: EntityIn;
  /** The sentence before was a bare list number. */
  numbered?: boolean;
  /** The claim read last, for "two weeks later", "until the end of May … there". */
  last?: Omit<ClaimFound, 'page'>;
  /** The places of the sentence before, for "there". */
  there?: EntityIn[];
  /** The town of the letterhead, for a stay in an institution the record does not place. */
  seat?: EntityIn;
}

// A facility named with its town ("Reception Centre in Narva", "ośrodek w Lesznowoli"):
// where a person held or staying there was.
const FACILITY =
  /centre|center|центр|ośrod|zentrum|camp|lager|prison|gefängnis|więzien|areszt|сизо|колони|hospital|szpital|лікарн|больниц|hotel|гостиниц|готел/iu;
const FACILITY_TOWN = /(?:^|\s)(?:in|w|we|в|у|à|im|bei)\s+(\p{Lu}[\p{L}-]+)/gu;

// Events that happen at an office, a court or a detention facility: its town is where the person was
// ("interviewed at the Home Office in Croydon", "przesłuchana w Sądzie Rejonowym w Lublinie").
const AT_AN_OFFICE: ReadonlySet<ClaimKind> = new Set([
  'interviewed',
  'appeared',
  'detained',
  'released',
]);

/**
 * The towns facilities are named with: a place found inside the facility's name, or a town the
 * gazetteer knows after "in"; with `anyOffice`, those of every organization's name, not only of the
 * places people stay at (camps, prisons, hospitals, hotels).
 */
function facilityPlaces(orgs: EntityIn[], all: EntityIn[], anyOffice = false): EntityIn[] {
  const out: EntityIn[] = [];
  for (const o of orgs.filter(
    (e) => e.type === 'organization' && (anyOffice || FACILITY.test(e.text)),
  )) {
    const inner = all.find(
      (p) =>
        p.type === 'place' &&
        p.page === o.page &&
        p.start >= o.start &&
        p.end <= o.end &&
        geoOf(p.normalized)?.point,
    );
    if (inner) {
      out.push(inner);
      continue;
    }
    for (const m of o.text.matchAll(FACILITY_TOWN)) {
      const name = m[1]!;
      if (!geoOf(name)?.point) continue;
      out.push({
        id: o.id,
        page: o.page,
        type: 'place',
        text: name,
        normalized: name,
        start: o.start,
        end: o.start + m.index + m[0].length,
      });
      break;
    }
  }
  return out;
}

/** The first town or country of the document's first lines: its letterhead. */
function seatOf(pages: PageIn[], entities: EntityIn[]): EntityIn | undefined {
  const first = pages[0];
  if (!first) return undefined;
  const head = first.text.split('\n').slice(0, 8).join('\n').length;
  const orgs = entities.filter((e) => e.type === 'organization' && e.page === first.page);
  return entities.find(
    (e) =>
      e.type === 'place' &&
      e.page === first.page &&
      e.end <= head &&
      !orgs.some((o) => o.start <= e.start && o.end >= e.end),
  );
}

/** Moves the current subject to the person a sentence names first, or to the document's person when it names them by role. */
function follow(s: Sentence, allEnts: EntityIn[], ctx: Context): void {
  // A relative who only tells what the sentence says is not who the text goes on about.
  const teller = tellingRelative(s.text);
  const ents = teller ? allEnts.filter((e) => !inTeller(e, s, teller)) : allEnts;
  const named = ents.find(
    (e) =>
      e.type === 'person' &&
      e.start >= s.start &&
      e.end <= s.end &&
      !ctx.officials.has(e.normalized),
  );
  if (named) ctx.current = named;
  else if (ROLE.test(s.text)) ctx.current = ctx.main[0];
  ctx.recent = [
    ...(ctx.recent ?? []),
    ...ents.filter(
      (e) =>
        e.type === 'person' &&
        e.start >= s.start &&
        e.end <= s.end &&
        !ctx.officials.has(e.normalized),
    ),
  ].slice(-12);
  // A row header: a list number and a name at the start of the line.
  if (named && (/^\s*\d{1,3}\s*[.)/]/u.test(s.text) || ctx.numbered) && named.start - s.start < 15)
    ctx.row = named;
  ctx.numbered = /^\s*\d{1,3}\s*[.)]?\s*$/u.test(s.text);
  const orgs = ents.filter((e) => e.type === 'organization');
  ctx.there = [
    ...ents.filter(
      (e) =>
        e.type === 'place' &&
        e.start >= s.start &&
        e.end <= s.end &&
        !orgs.some((o) => o.start <= e.start && o.end >= e.end),
    ),
    ...facilityPlaces(
      ents.filter((o) => o.start >= s.start && o.start < s.end),
      ents,
    ),
  ];
}

function sentenceClaims(
  whole: Sentence,
  all: Sentence[],
  i: number,
  allEnts: EntityIn[],
  ctx: Context,
): Array<Omit<ClaimFound, 'page'>> {
  if (whole.text.endsWith('?') || SEARCH_PERIOD.test(whole.text) || LIST_INTRO.test(whole.text))
    return [];
  // A relative who tells it ("according to her brother Farid, she …"): the sentence is their
  // testimony about the person it places, read without the teller's words; the teller is no subject.
  const teller = tellingRelative(whole.text);
  const s = teller ? blanked(whole, teller) : whole;
  const ents = teller ? allEnts.filter((e) => !inTeller(e, whole, teller)) : allEnts;
  let stance = teller ? 'testimony' : ctx.stance;
  const notCrossed = NOT_CROSSED.test(s.text) && BORDER.test(s.text);
  // A record, a decision or a letter that reports the accusation ("podejrzanej o to, że …",
  // "according to the extradition request, she …"): what it places is alleged.
  if (teller) {
    if (REPORTED.test(ownWords(s.text, stance)) || NEGATED.test(s.text)) return [];
  } else if (stance !== 'alleged' && (ACCUSES.test(s.text) || CITES_ACCUSATION.test(s.text)))
    stance = 'alleged';
  else if (
    !notCrossed &&
    (stance === 'alleged'
      ? HEARSAY.test(s.text)
      : REPORTED.test(ownWords(s.text, stance)) || NEGATED.test(s.text))
  )
    return [];
  const inside = (e: EntityIn) => e.start >= s.start && e.end <= s.end;
  // A record's stamp or table row: its direction word or its places may sit on the neighbouring lines.
  const short = s.text.length < 80 && stance === 'documented';
  const block = short
    ? all.slice(Math.max(0, i - 2), i + 2).filter((x) => x.text.length < 80)
    : [s];
  const kind = notCrossed
    ? 'stay'
    : (triggerOf(s.text) ?? (short ? triggerOf(block.map((x) => x.text).join(' ')) : undefined));
  if (!kind) return [];
  const dates = ents.filter((e) => e.type === 'date' && inside(e) && !isBirth(e, s));
  const spans = dates.length
    ? goesOn(s, dateSpans(s, dates, ctx))
    : relativeSpans(s, ctx.last, s.start);
  if (!spans.length) return [];
  let places = ents.filter((e) => e.type === 'place' && inside(e));
  const orgs = ents.filter((e) => e.type === 'organization');
  places = places.filter((p) => {
    const before = s.text.slice(Math.max(0, p.start - s.start - 30), p.start - s.start);
    return (
      !orgs.some((o) => o.start <= p.start && o.end >= p.end) &&
      !BIRTH.test(before) &&
      !CITIZEN.test(before)
    );
  });
  places.push(
    ...facilityPlaces(
      ents.filter((o) => inside(o)),
      ents,
      AT_AN_OFFICE.has(kind),
    ),
  );
  // The country whose border was not crossed; or, when the sentence names the stay itself ("mieszkała na Litwie i nie przekraczała granicy"), its place.
  const ofBorder = notCrossed
    ? places.filter((p) =>
        BORDER.test(s.text.slice(Math.max(0, p.start - s.start - 30), p.start - s.start)),
      )
    : [];
  if (ofBorder.length) places = ofBorder;
  if (!places.length && short) {
    const before = all
      .slice(Math.max(0, i - 2), i)
      .filter(
        (x) =>
          x.text.length < 80 &&
          !ents.some((e) => e.type === 'date' && e.start >= x.start && e.end <= x.end),
      );
    places = ents.filter(
      (e) =>
        e.type === 'place' &&
        before.some((x) => e.start >= x.start && e.end <= x.end) &&
        !CITIZEN.test(textBefore(all, e)),
    );
  }
  let referred = false;
  if (!places.length && THERE.test(s.text)) {
    // "There" is the town, not the country the sentence before placed it in ("Tashkent, Uzbekistan").
    const there = ctx.there ?? [];
    places = there.filter((p) => !there.some((q) => q !== p && within(q.normalized, p.normalized)));
    referred = true;
  }
  if (!places.length && stance === 'documented' && INSTITUTION.test(s.text) && ctx.seat) {
    places = [ctx.seat];
    referred = true;
  }
  if (!places.length) return [];
  const persons = ents.filter((e) => e.type === 'person' && inside(e));
  const isPartner = (e: EntityIn) =>
    WITH.test(s.text.slice(Math.max(0, e.start - s.start - 8), e.start - s.start));
  const named = persons.filter((e) => !isPartner(e));
  // A person named after "with" is the partner, never the subject, even when the sentence names no
  // one else and the document's main persons stand in for its subject.
  const partners = new Set(persons.filter(isPartner).map((e) => e.normalized));
  const relative = relativeSubject(s, named);
  let who =
    relative ?? subjects(s, named, kind, ctx, stance).filter((e) => !partners.has(e.normalized));
  // A sentence that goes on from the one before (a list item, "two weeks later", "there") without a
  // subject of its own — Polish, Russian and Tajik drop it — is about the person the text is about.
  if (
    !relative &&
    !who.length &&
    ctx.current &&
    (referred || !dates.length || /^\s*\d{1,2}\)/u.test(s.text))
  )
    who = [ctx.current];
  if (!who.length) return [];
  const out: Array<Omit<ClaimFound, 'page'>> = [];
  const origins = new Map<Span, EntityIn>();
  const pairs: Array<[Span, EntityIn[]]> = notCrossed
    ? spans.map((sp) => [sp, places.slice(0, 1)])
    : referred
      ? spans.map((sp) => [sp, places.slice(-1)])
      : assign(s, spans, places, short, kind === 'stay' || kind === 'detained', origins);
  const kinds = spanKinds(s, spans, kind);
  for (const pair of crossings(stayedThere(pairs, spans), spans, kinds)) {
    const [span, chosen] = pair;
    // A place borrowed from another clause says nothing of this one's direction.
    const own = pairs.includes(pair);
    for (const place of chosen) {
      const eventIs = own
        ? eventKind(s, kinds.get(span) ?? kind, place)
        : (kinds.get(span) ?? kind);
      const origin = own && MOVES.has(eventIs) ? origins.get(span) : undefined;
      out.push({
        personIds: who.map((w) => w.id),
        personNames: who.map((w) => w.normalized),
        place: place.normalized,
        placeText: place.text,
        ...(origin ? { origin: origin.normalized, originText: origin.text } : {}),
        from: span.from,
        to: span.to,
        ...(span.approximate ? { approximate: true } : {}),
        stance,
        kind: eventIs,
        quote: s.text,
        start: s.start,
        end: s.end,
      });
    }
  }
  return out;
}

interface Reporting {
  lang: string;
  before: string[];
  after: string[];
  source: string;
}

let tellers: { before: RegExp; after: RegExp } | undefined;

/**
 * A relative named as the one who tells what a sentence says: a reporting phrase before a kinship
 * phrase ("according to her brother Farid,", "как сообщил её брат Фарид,", "jak powiedziała jej
 * siostra Zuzanna,", "selon son père Karim,") or a kinship phrase and a name before a reporting verb
 * ("her brother Farid said", "её брат Фарид рассказал"); the words of data/kinship-nouns.json
 * `reporting`. Offsets [start, end) in the sentence's text, or undefined.
 */
function tellingRelative(text: string): [number, number] | undefined {
  if (!tellers) {
    const data = loadData<{ reporting: Reporting[] }>('kinship-nouns.json').reporting;
    const words = (key: 'before' | 'after') =>
      data
        .flatMap((r) => r[key])
        .sort((a, b) => b.length - a.length)
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
        .join('|');
    const kin = `(?:${kinPhrases().source})`;
    tellers = {
      before: new RegExp(`(?<!\\p{L})(?:${words('before')})\\s+${kin}`, 'iu'),
      after: new RegExp(`${kin}(?:,?\\s+[\\p{L}'’-]+)?,?\\s+(?:${words('after')})(?!\\p{L})`, 'iu'),
    };
  }
  const before = tellers.before.exec(text);
  if (before) {
    // The relative's name after the phrase: a capitalised word (a case-sensitive test: under the
    // pattern's "i" flag, \p{Lu} would take any word).
    const end = before.index + before[0].length;
    const name = /^,?\s+\p{Lu}[\p{L}'’-]*/u.exec(text.slice(end));
    return [before.index, end + (name?.[0].length ?? 0)];
  }
  const after = tellers.after.exec(text);
  return after ? [after.index, after.index + after[0].length] : undefined;
}

/** The sentence with the teller's words blanked (same length: offsets hold). */
const blanked = (s: Sentence, [a, b]: [number, number]): Sentence => ({
  ...s,
  text: s.text.slice(0, a) + ' '.repeat(b - a) + s.text.slice(b),
});

/** Whether a mention stands in the teller's words of a sentence. */
const inTeller = (e: EntityIn, s: Sentence, [a, b]: [number, number]) =>
  e.start >= s.start + a && e.end <= s.start + b;

// How far after a kinship phrase the relative's name may begin (", " or a space, a title).
const NAME_AFTER_KIN = 4;

/**
 * A sentence whose subject is someone's relative ("Her daughter Zarina flew to …", "Его брат был
 * задержан …", "Jej teściowa przebywała …", "Духтараш … парвоз кард"): the kinship phrase
 * (ingest/extract/kinship.ts kinPhrases) stands before every other reference to a person and before
 * the word of presence or movement. The relative is the person named right after the phrase, or no
 * one the document names (a relative named by the noun alone); never the person whose relative it
 * is. Undefined when the sentence is about someone else ("She flew with her daughter …").
 */
function relativeSubject(s: Sentence, named: EntityIn[]): EntityIn[] | undefined {
  const kin = new RegExp(kinPhrases().source, 'giu').exec(s.text);
  if (!kin) return undefined;
  const before = s.text.slice(0, kin.index);
  const kinEnd = kin.index + kin[0].length;
  // From the phrase to its verb, with other kinship phrases blanked: "My sister and I flew", "my
  // husband is X; we married" are about the writer too.
  const after = s.text.slice(kinEnd).replace(kinPhrases(), (m) => ' '.repeat(m.length));
  const verbAt = Math.min(
    ...TRIGGERS_ALL.map((re) => after.search(new RegExp(re.source, 'iu'))).filter((i) => i >= 0),
    after.length,
  );
  const toVerb = after.slice(0, verbAt);
  const refersElsewhere = (t: string) =>
    FIRST_PERSON.test(t) || PRONOUN.test(t) || ROLE.test(t) || WE.test(t);
  if (
    refersElsewhere(before) ||
    refersElsewhere(toVerb) ||
    FIRST_PERSON_VERB.test(after) ||
    named.some((e) => e.start - s.start < kin.index) ||
    TRIGGERS_ALL.some((re) => new RegExp(re.source, 'iu').test(before))
  )
    return undefined;
  return named.filter(
    (e) => e.start - s.start >= kinEnd && e.start - s.start <= kinEnd + NAME_AFTER_KIN,
  );
}

/** A sentence without the words that report nobody else: role nouns, and a record's citing its own registers. */
function ownWords(text: string, stance: Stance): string {
  // A role noun ("обвиняемый", "the accused") names the person; it reports no one's assertion.
  const named = text.replace(new RegExp(ROLE.source, 'giu'), ' ');
  return stance === 'documented'
    ? named.replace(new RegExp(OWN_RECORDS.source, 'giu'), ' ')
    : named;
}

/** The text just before an entity on its page, as far as the sentences hold it. */
function textBefore(all: Sentence[], e: EntityIn): string {
  const s = all.find((x) => e.start >= x.start && e.end <= x.end);
  return s ? s.text.slice(Math.max(0, e.start - s.start - 30), e.start - s.start) : '';
}

/**
 * The dates of a sentence and a date its last clause counts from them ("В марте 2019 г. она переехала
 * в X; через две недели выехала в Y").
 */
function goesOn(s: Sentence, spans: Span[]): Span[] {
  const last = spans.at(-1);
  return last ? [...spans, ...relativeSpans(s, last, last.end)] : spans;
}

/**
 * A date counted from the claim or date before ("через месяц", "two weeks later", "tydzień później"),
 * found in the sentence from page offset `after`: from a day, that day; from a month or a year, or
 * from a date counted so before, the days it may be, both ends shifted by the offset and marked
 * approximate ("In May 2020 … three weeks later" is some day of 22 May – 21 June 2020), never one day.
 */
function relativeSpans(
  s: Sentence,
  base: Pick<Span, 'from' | 'to' | 'approximate'> | undefined,
  after: number,
): Span[] {
  if (!base) return [];
  const point = base.to ?? base.from;
  const [lo, hi] = base.approximate
    ? [base.from, base.to ?? base.from]
    : [firstDay(point), lastDay(point)];
  if (!/^\d{4}-\d\d-\d\d$/.test(lo) || !/^\d{4}-\d\d-\d\d$/.test(hi)) return [];
  const from = after - s.start;
  for (const m of s.text.slice(from).matchAll(RELATIVE_AFTER)) {
    let count = m[1] ?? m[3];
    let unit = m[2] ?? m[4] ?? '';
    // A unit without a count takes the word after it for one: "через тиждень вона" is one week.
    if (m[1] && !unitDays(unit) && unitDays(m[1])) [count, unit] = [undefined, m[1]];
    const days = unitDays(unit);
    if (!days) continue;
    const n =
      count === undefined
        ? 1
        : /^\d+$/.test(count)
          ? Number(count)
          : NUMBER_WORDS[count.toLowerCase()];
    if (!n) continue;
    const start = s.start + from + m.index;
    const end = start + m[0].length;
    const [a, b] = [shifted(lo, n, days), shifted(hi, n, days)];
    return [
      a === b ? { from: a, to: a, start, end } : { from: a, to: b, start, end, approximate: true },
    ];
  }
  return [];
}

const unitDays = (word: string) => UNIT_DAYS.find(([re]) => re.test(word))?.[1];

/** An ISO day `n` units later: days, weeks (7), or calendar months (30; the 31st of a shorter month is its last day). */
function shifted(iso: string, n: number, unitDays: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (unitDays !== 30) {
    d.setUTCDate(d.getUTCDate() + n * unitDays);
    return d.toISOString().slice(0, 10);
  }
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + n);
  const month = d.toISOString().slice(0, 7);
  return `${month}-${String(Math.min(day, Number(lastDay(month).slice(8)))).padStart(2, '0')}`;
}

function triggerOf(text: string): ClaimKind | undefined {
  return TRIGGERS.find(([, re]) => re.test(text))?.[0];
}

// A direction word a record writes right after a date, in brackets or after a dash: "14.02.2020
// (в'їзд)", "3 May 2021 – exit".
const ATTACHED = /^\s*(?:г\.|р\.|r\.)?\s*[([–—-]\s*([^)\],;]{1,30})/u;

// Where one clause of a sentence ends and the next begins: a comma or semicolon, or a conjunction.
const CLAUSE_BREAK =
  /[,;]|\s(?:and|und|et|oraz|i|и|і|та|й|ва|then|puis|ensuite|dann|potem|następnie|затем|потом|потім)\s/giu;

/**
 * The kind of each date span of a sentence that names several, read from its own clause: the
 * direction word attached to the date (a record's "(в'їзд)" after it), else the word of presence or
 * movement nearest before it in its clause ("entered … on 4 April and left … on 9 May"), else the
 * first after it (German and Tajik put the verb last: "am 6. Mai eingereist und am 30. August
 * ausgereist"), else the sentence's kind. Between two dates the text splits at the last clause break
 * (a comma, a conjunction), or in the middle where there is none. A sentence with one span keeps the
 * sentence's kind.
 */
function spanKinds(s: Sentence, spans: Span[], fallback: ClaimKind): Map<Span, ClaimKind> {
  const out = new Map<Span, ClaimKind>();
  if (spans.length < 2) return out;
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  // splits[k]: where the text between span k-1 and span k divides (page offsets).
  const splits = ordered.map((span, k) => {
    const prev = ordered[k - 1];
    if (!prev) return s.start;
    const gap = s.text.slice(prev.end - s.start, span.start - s.start);
    const breaks = [...gap.matchAll(CLAUSE_BREAK)];
    const last = breaks.at(-1);
    return prev.end + (last ? last.index + last[0].length : Math.floor(gap.length / 2));
  });
  ordered.forEach((span, k) => {
    const after = s.text.slice(span.end - s.start, (splits[k + 1] ?? s.end) - s.start);
    const attached = ATTACHED.exec(after);
    const own = attached ? triggerOf(attached[1]!) : undefined;
    if (own) return out.set(span, own);
    const before = s.text.slice(splits[k]! - s.start, span.start - s.start);
    out.set(span, triggerIn(before, 'last') ?? triggerIn(after, 'first') ?? fallback);
  });
  return out;
}

/** The kind of the last or first word of presence or movement in a text. */
function triggerIn(text: string, which: 'first' | 'last'): ClaimKind | undefined {
  let best: { at: number; kind: ClaimKind } | undefined;
  for (const [kind, re] of TRIGGERS_BY_KIND)
    for (const m of text.matchAll(re))
      if (!best || (which === 'last' ? m.index > best.at : m.index < best.at))
        best = { at: m.index, kind };
  return best?.kind;
}

// Prepositions that say "towards" and nothing else (в, у, à also say "in").
const TOWARDS = new Set(['до', 'к', 'do', 'to', 'into', 'nach', 'vers', 'ба']);

/**
 * A departure towards a place is a journey there: "wyjechała z X do Ankary", "departed to Y" (the
 * verbs of leaving say "exit" only of the place left, or in a record's direction column).
 */
function eventKind(s: Sentence, kind: ClaimKind, place: EntityIn): ClaimKind {
  if (kind !== 'exit') return kind;
  return TOWARDS.has(wordBefore(s, place) ?? '') ? 'travel' : kind;
}

/** A span "where … until" is at the place of the span before it, which names none of its own. */
function stayedThere(pairs: Array<[Span, EntityIn[]]>, spans: Span[]): Array<[Span, EntityIn[]]> {
  const out = [...pairs];
  spans.forEach((sp, k) => {
    if (!sp.there || pairs.some(([p]) => p === sp)) return;
    const before = pairs.find(([p]) => p === spans[k - 1]);
    if (before) out.push([sp, before[1]]);
  });
  return out.sort((a, b) => a[0].start - b[0].start);
}

const CROSSING: ReadonlySet<ClaimKind> = new Set(['entry', 'exit']);

/**
 * A record lists crossings of one border in one sentence ("entered on 3 May and left on 9 June",
 * "14.02.2020 (в'їзд) та 09.08.2020 (виїзд) через пункт пропуску …"): an entry or exit that names no
 * place of its own crosses where the sentence's other crossing does.
 */
function crossings(
  pairs: Array<[Span, EntityIn[]]>,
  spans: Span[],
  kinds: Map<Span, ClaimKind>,
): Array<[Span, EntityIn[]]> {
  const isCrossing = (sp: Span) => CROSSING.has(kinds.get(sp) ?? 'travel');
  const placed = pairs.filter(([sp]) => isCrossing(sp));
  if (!placed.length) return pairs;
  const out = [...pairs];
  for (const sp of spans) {
    if (!isCrossing(sp) || pairs.some(([p]) => p === sp)) continue;
    const nearestPlaced = [...placed].sort(
      (a, b) => Math.abs(a[0].start - sp.start) - Math.abs(b[0].start - sp.start),
    )[0]!;
    out.push([sp, nearestPlaced[1]]);
  }
  return out.sort((a, b) => a[0].start - b[0].start);
}

function isBirth(d: EntityIn, s: Sentence): boolean {
  const role = d.attributes?.role;
  if (role === 'birth' || role === 'expiry') return true;
  const before = s.text.slice(Math.max(0, d.start - s.start - 20), d.start - s.start);
  if (
    REFERENCE_DATE.test(before) &&
    !PART_OF.test(before) &&
    !RANGE_GOES_ON.test(s.text.slice(d.end - s.start))
  )
    return true;
  return (
    BIRTH.test(s.text.slice(Math.max(0, d.start - s.start - 30), d.start - s.start)) ||
    // (The date may have taken the marker's first letter: "12.09.1990 р" + ".н.")
    /^\s*\.?\s*(?:г\.|года|р\.)?\s*(?:рожд|р\.\s?н|н\.|born|urodz|народж)/iu.test(
      s.text.slice(d.end - s.start, d.end - s.start + 16),
    )
  );
}

/** The person mentions a sentence is about: its subject, or both parties of a joint act ("we married", a certificate's parties). */
function subjects(
  s: Sentence,
  mentioned: EntityIn[],
  kind: ClaimKind,
  ctx: Context,
  stance: Stance,
): EntityIn[] {
  const named = mentioned.filter((e) => !ctx.officials.has(e.normalized));
  const joint =
    kind === 'married' &&
    (JOINT.test(s.text) || WE.test(s.text) || (stance === 'documented' && named.length > 1));
  const refs: EntityIn[] = [];
  if (
    (FIRST_PERSON.test(s.text) || FIRST_PERSON_VERB.test(s.text)) &&
    ctx.speaker &&
    ctx.stance === 'testimony'
  )
    refs.push(ctx.speaker);
  if (joint && JOINT.test(s.text) && !named.length) refs.push(...ctx.main.slice(0, 2));
  if (ROLE.test(s.text) && ctx.main[0]) refs.push(ctx.main[0]);
  if (PRONOUN.test(s.text) && ctx.current) refs.push(agreeing(s.text, ctx) ?? ctx.current);
  // A record's row or stamp names nobody: it is about the record's person.
  if (!named.length && !refs.length && stance === 'documented' && ctx.row && kind !== 'married')
    return [ctx.row];
  if (!named.length && !refs.length && stance === 'documented' && ctx.main[0])
    return kind === 'married' ? ctx.main.slice(0, 2) : [ctx.main[0]];
  // A pronoun before the first person named is the subject ("ею были переданы представителю X":
  // X receives); a person named first is ("X told her").
  const pronounAt = s.text.search(PRONOUN);
  const firstNamed = named[0] ? named[0].start - s.start : Infinity;
  const pronounFirst = pronounAt >= 0 && pronounAt < firstNamed && refs.length > 0 && !joint;
  const all = joint
    ? [...named, ...refs]
    : pronounFirst
      ? refs.slice(0, 1)
      : named.length
        ? [named[0]!]
        : refs.slice(0, 1);
  const seen = new Set<string>();
  return all.filter((e) => !seen.has(e.normalized) && seen.add(e.normalized));
}

const TAJIK_LETTERS = /[ӣӯҷҳқғ]/iu;

/** For a gendered pronoun, the last person named whose gender agrees with it (never one whose gender differs). */
function agreeing(text: string, ctx: Context): EntityIn | undefined {
  // Tajik has no gendered pronoun, and its "он" (that) is not Russian "он" (he).
  if (TAJIK_LETTERS.test(text)) return undefined;
  const words = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  const fem = pronouns().feminine.some((w) => words.has(w));
  const masc = pronouns().masculine.some((w) => words.has(w));
  if (fem === masc) return undefined;
  const want = fem ? 'f' : 'm';
  const recent = [...(ctx.recent ?? [])].reverse();
  return (
    recent.find((e) => familyNameGender(e.normalized) === want) ??
    recent.find((e) => familyNameGender(e.normalized) === undefined)
  );
}

interface RoleData {
  officialTitles: { patterns: string[] };
  pronounGender: { feminine: string[]; masculine: string[] };
}

let roleData: { officials: RegExp; pronouns: RoleData['pronounGender'] } | undefined;

function roles(): { officials: RegExp; pronouns: RoleData['pronounGender'] } {
  if (roleData) return roleData;
  const d = loadData<RoleData>('claim-triggers.json');
  roleData = {
    officials: new RegExp(`(?<!\\p{L})(?:${d.officialTitles.patterns.join('|')})[\\s,:]*$`, 'iu'),
    pronouns: d.pronounGender,
  };
  return roleData;
}

const pronouns = () => roles().pronouns;

/** Officials a document names by their title (Judge X, Sędzia: X, Richter am … X, следователь X). */
function officialsOf(persons: EntityIn[], pages: PageIn[]): Set<string> {
  const officials = new Set<string>();
  for (const p of persons) {
    const page = pages.find((x) => x.page === p.page);
    if (
      page &&
      roles().officials.test(
        page.text
          .slice(Math.max(0, p.start - 40), p.start)
          .replace(
            /(?:\s+\p{Lu}{2,4}\.?|\s+[\p{L}-]+gericht\p{L}*|\s+(?:am|an|des|der))+\s*$/u,
            '',
          ),
      )
    )
      officials.add(p.normalized);
  }
  return officials;
}

/** The people a document is about: by number of mentions, then by first mention; never an official named by title (the judge, the interpreter). */
function mainPersons(persons: EntityIn[], officials: Set<string>): EntityIn[] {
  const by = new Map<string, { first: EntityIn; n: number }>();
  for (const p of persons) {
    if (!p.normalized.includes(' ') || officials.has(p.normalized)) continue;
    const had = by.get(p.normalized);
    if (had) had.n++;
    else by.set(p.normalized, { first: p, n: 1 });
  }
  return [...by.values()]
    .sort((a, b) => b.n - a.n || a.first.page - b.first.page || a.first.start - b.first.start)
    .map((x) => x.first);
}

/** The dates of a sentence as points and ranges ("с апреля по июль 2018 года", "from January 2018"). */
function dateSpans(s: Sentence, dates: EntityIn[], ctx: Context): Span[] {
  const ds = [...dates].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (let k = 0; k < ds.length; k++) {
    const d = ds[k]!;
    const next = ds[k + 1];
    const before = s.text.slice(Math.max(0, d.start - s.start - 25), d.start - s.start);
    const bare = BARE_DAY_RANGE.exec(before);
    if (bare && /^\d{4}-\d\d/.test(d.normalized) && Number(bare[1]) >= 1 && Number(bare[1]) <= 31) {
      const from = `${d.normalized.slice(0, 7)}-${bare[1]!.padStart(2, '0')}`;
      out.push({
        from,
        to: d.normalized,
        start: d.start - (before.length - bare.index),
        end: d.end,
      });
      continue;
    }
    const last = ctx.last;
    if (
      ds.length === 1 &&
      last &&
      UNTIL.test(before) &&
      !RANGE_START.test(before) &&
      THERE.test(s.text) &&
      last.from <= d.normalized
    ) {
      out.push({ from: last.from, to: d.normalized, start: d.start, end: d.end });
      continue;
    }
    const prior = out.at(-1);
    if (
      prior &&
      UNTIL.test(before) &&
      !RANGE_START.test(before) &&
      WHERE.test(s.text.slice(prior.end - s.start, d.start - s.start)) &&
      prior.from <= d.normalized
    ) {
      out.push({ from: prior.from, to: d.normalized, start: d.start, end: d.end, there: true });
      continue;
    }
    const opens = RANGE_START.test(before);
    if (opens && next && RANGE_JOIN.test(s.text.slice(d.end - s.start, next.start - s.start))) {
      out.push({ from: d.normalized, to: next.normalized, start: d.start, end: next.end });
      k++;
    } else if (
      opens &&
      /(?:с|з|since|from|od|від|depuis)\s*$/iu.test(before) &&
      !/\d{4}-\d\d-\d\d/.test(d.normalized)
    ) {
      out.push({ from: d.normalized, to: null, start: d.start, end: d.end });
    } else {
      out.push({ from: d.normalized, to: d.normalized, start: d.start, end: d.end });
    }
  }
  return out;
}

/** Each date span with the places its part of the sentence ties to it. */
function assign(
  s: Sentence,
  spans: Span[],
  places: EntityIn[],
  short: boolean,
  stays = false,
  origins?: Map<Span, EntityIn>,
): Array<[Span, EntityIn[]]> {
  const out: Array<[Span, EntityIn[]]> = [];
  spans.forEach((span, k) => {
    const segStart = k === 0 ? s.start : span.start;
    const segEnd = spans[k + 1]?.start ?? s.end;
    let mine = places.filter((p) => p.start >= segStart && p.start < segEnd && nearTrigger(s, p));
    if (k === 0 && !mine.length) mine = places.filter((p) => p.start < segEnd && nearTrigger(s, p));
    const thenAt = thenPosition(s, span.end, segEnd);
    mine = mine.filter((p) => thenAt === undefined || p.start < thenAt);
    const tied = mine
      .map((p) => ({ p, prep: prepositionBefore(s, p) ?? (short ? 'none' : undefined) }))
      .filter((x) => x.prep !== undefined);
    // A row's own place (the crossing point) before the places it came from or went to.
    const bare = tied.filter((x) => x.prep === 'none');
    const dest = tied.filter((x) => x.prep === 'at');
    let chosen = (bare.length ? bare : dest.length ? dest : tied).map((x) => x.p);
    // The place a move set out from, beside the one it went to: "z Tallinna do Ankary".
    const from = dest.length ? tied.find((x) => x.prep === 'from')?.p : undefined;
    if (from && origins && !chosen.some((p) => p.normalized === from.normalized))
      origins.set(span, from);
    chosen = chosen.filter(
      (p) => !chosen.some((q) => q !== p && within(q.normalized, p.normalized)),
    );
    chosen = chosen.filter((p, i) => chosen.findIndex((q) => q.normalized === p.normalized) === i);
    // One stay is in one place: of places far apart, the one nearest its verb ("lived in Riga and
    // recruited for a group banned in Uzbekistan").
    if (
      stays &&
      chosen.length > 1 &&
      chosen.some((p) => chosen.some((q) => farApart(p.normalized, q.normalized)))
    )
      chosen = [nearest(s, chosen)];
    if (chosen.length) out.push([span, chosen]);
  });
  return out;
}

// How far (in characters) a place may stand from the word of presence or movement it goes with.
const TRIGGER_REACH = 70;

// The trigger patterns once more, global, to find every place they stand in a sentence.
const TRIGGERS_BY_KIND: Array<[ClaimKind, RegExp]> = TRIGGERS.map(([kind, re]) => [
  kind,
  new RegExp(re.source, 'giu'),
]);
const TRIGGERS_ALL = TRIGGERS_BY_KIND.map(([, re]) => re);

function nearTrigger(s: Sentence, p: EntityIn): boolean {
  if (s.text.length < 80) return true;
  const at = p.start - s.start;
  return TRIGGERS_ALL.some((re) =>
    [...s.text.matchAll(re)].some((m) => Math.abs(m.index - at) <= TRIGGER_REACH),
  );
}

/** The place nearest a word of presence or movement in the sentence. */
function nearest(s: Sentence, places: EntityIn[]): EntityIn {
  const at = TRIGGERS_ALL.flatMap((re) => [...s.text.matchAll(re)].map((m) => m.index + s.start));
  const dist = (p: EntityIn) => Math.min(...at.map((t) => Math.abs(t - p.start)), Infinity);
  return [...places].sort((a, b) => dist(a) - dist(b))[0]!;
}

function thenPosition(s: Sentence, from: number, to: number): number | undefined {
  const m = THEN.exec(s.text.slice(from - s.start, to - s.start));
  return m ? from + m.index : undefined;
}

/** 'from', 'at' or undefined: how the words before a place tie it to the sentence's movement. */
function prepositionBefore(s: Sentence, p: EntityIn): 'from' | 'at' | undefined {
  const w = wordBefore(s, p);
  if (w === undefined) return undefined;
  if (FROM.has(w) || frenchFrom(s, p)) return 'from';
  if (TO_OR_AT.has(w)) return 'at';
  // Broken grammar in letters: "я жил Харьков", "летала … Стамбул" — the place right after its verb.
  if (triggerOf(w)) return 'at';
  return undefined;
}

/**
 * French "de" before a place is "from" after a verb ("s'est rendue de Lyon à Nice", "a pris l'avion
 * de Lyon"), and no preposition after a noun it completes ("la ville de Lyon"): FILLER passes over it.
 */
function frenchFrom(s: Sentence, p: EntityIn): boolean {
  const words = s.text
    .slice(Math.max(0, p.start - s.start - PREV_TAIL), p.start - s.start)
    .split(/[\s«»"„“”‚‘’(),.—–]+/u)
    .filter(Boolean);
  const last = words.pop()?.toLowerCase();
  if (last !== 'de' && last !== 'du') return false;
  const before = words.pop()?.toLowerCase();
  return (
    before !== undefined && !FILLER.test(before) && !/^(?:près|proche|loin|environs)$/u.test(before)
  );
}

/** The last word before a place, past the fillers ("в г.", "на территории"), in lower case. */
function wordBefore(s: Sentence, p: EntityIn): string | undefined {
  const words = s.text
    .slice(Math.max(0, p.start - s.start - PREV_TAIL), p.start - s.start)
    .split(/[\s«»"„“”‚‘’(),.—–]+/u)
    .filter(Boolean);
  while (words.length && FILLER.test(words[words.length - 1]!)) words.pop();
  return words.pop()?.toLowerCase();
}

// Kinds that move a person on one day, as against a stay over days.
const MOVES: ReadonlySet<ClaimKind> = new Set(['travel', 'entry', 'exit']);

/** A journey and the stay at its end ("flew to X on D1, where she stayed until D2") are two events. */
const journeyAndStay = (a: ClaimFound, b: ClaimFound) =>
  (MOVES.has(a.kind) && b.kind === 'stay') || (MOVES.has(b.kind) && a.kind === 'stay');

/**
 * One claim per person, place and period: the same place read twice with overlapping dates is one
 * claim over both (but a journey stays apart from the stay it ends in); a town claim that a claim for
 * its whole country covers in time says nothing more.
 */
function tidy(claims: ClaimFound[]): ClaimFound[] {
  const out: ClaimFound[] = [];
  for (const c of claims) {
    const same = out.find(
      (o) =>
        o.place === c.place &&
        o.stance === c.stance &&
        samePeople(o, c) &&
        !journeyAndStay(o, c) &&
        !o.approximate &&
        !c.approximate &&
        meets(maybe(o), maybe(c)),
    );
    if (same) {
      if (c.origin && !same.origin)
        Object.assign(same, { origin: c.origin, originText: c.originText });
      if (c.from < same.from) same.from = c.from;
      if (same.to !== null && (c.to === null || c.to > same.to)) same.to = c.to;
    } else out.push({ ...c });
  }
  return out.filter(
    (c) =>
      !out.some(
        (o) =>
          o !== c &&
          samePeople(o, c) &&
          within(c.place, o.place) &&
          coversAll(maybe(o), maybe(c)) &&
          !farApart(o.place, c.place),
      ),
  );
}

function samePeople(a: ClaimFound, b: ClaimFound): boolean {
  return (
    a.personNames.length === b.personNames.length &&
    a.personNames.every((n) => b.personNames.includes(n))
  );
}
