// Record tables on OCR pages (passenger manifests, border-crossing printouts, registration lists):
// a header row names the columns (data/table-columns.json), and each row below is one record whose
// cells are found by position, not by order, since a cell may hold several words or none. A row's
// family-name and given-name cells make a person, its document cell a passport number issued by the
// row's nationality. The rules elsewhere read running text; a row has no sentence to read.
// Needs the page's word boxes (OCR pages); a text layer without them is left to the other extractors.
import { loadData, type DataFile } from '../../core/data.js';
import { isAlpha3 } from '../../core/geo/countries.js';
import { CYRILLIC_TO_LATIN, swapLetters } from '../../core/text/scripts.js';
import type { PlacedBox } from '../../core/word-boxes.js';
import { countryInSentence } from './issuer.js';
import { findDates } from './dates.js';
import { findPlaces } from './places.js';
import { nameFromParts } from './persons.js';
import { newContext, type Found } from './types.js';

type ColumnKind = 'family' | 'given' | 'name' | 'document' | 'nationality' | DateKind | EventKind;
/**
 * Columns of a journey or a crossing: a manifest's route (or its two ends) and flight number, a
 * border printout's checkpoint and direction (entry or exit).
 */
type EventKind = 'route' | 'from' | 'to' | 'flight' | 'checkpoint' | 'direction' | 'address';
const EVENT_KINDS: readonly EventKind[] = [
  'route',
  'from',
  'to',
  'flight',
  'checkpoint',
  'direction',
  'address',
];
/** A crossing's direction, from the words of a direction cell. */
type Direction = 'entry' | 'exit';

/**
 * What a row of a manifest or a border printout says beside its person, passport and dates, stored
 * on the row's person and date mentions (`attributes.record`) for the claims reader: the row's
 * extent in the page text, the offsets of its place cells (a route cell holds both ends), the
 * direction a direction cell writes, the flight number as written, and where the table's header
 * starts (a manifest that dates its flight above the table, not in a column).
 */
export interface RowRecord {
  /** Offsets of the row's words in the page text: [start, end). */
  span: [number, number];
  /** Offset where the table's header row begins. */
  header: number;
  route?: [number, number];
  from?: [number, number];
  to?: [number, number];
  checkpoint?: [number, number];
  /** A register's address cell: where the row's guest or resident stayed. */
  address?: [number, number];
  direction?: Direction;
  flight?: string;
}
/** Columns of dates: the holder's birth, a stay's first and last day, the day of a record. */
type DateKind = 'birth' | 'arrival' | 'departure' | 'date';
const DATE_KINDS: readonly DateKind[] = ['birth', 'arrival', 'departure', 'date'];
interface Word extends PlacedBox {
  start: number;
  end: number;
}
interface Column {
  kind?: ColumnKind;
  /** A whole-name column whose label puts the family name first ("Nazwisko i imię"). */
  familyFirst?: boolean;
  x0: number;
  /** The header cell's words. */
  label: string;
  /**
   * A merged cell that also labels the crossing's direction ("Напрямок / Документ №"): its cells
   * write the direction word beside the number.
   */
  direction?: boolean;
}
interface Label {
  label: string;
  kind: ColumnKind;
  familyFirst: boolean;
}

interface ColumnEntry {
  kind: ColumnKind | Direction;
  labels?: string[];
  values?: string[];
  order?: string;
}

let labels: Label[] | undefined;
let directions: Map<string, Direction> | undefined;

const columnEntries = () => loadData<DataFile<ColumnEntry>>('table-columns.json').entries;

/** Header labels, longest first so "given name" wins over "name". */
function columnLabels(): Label[] {
  labels ??= columnEntries()
    .flatMap((e) =>
      (e.labels ?? []).map((label) => ({
        label: apostrophes(label),
        kind: e.kind as ColumnKind,
        familyFirst: e.order === 'family given',
      })),
    )
    .sort((a, b) => b.label.length - a.label.length);
  return labels;
}

/** The words a direction cell writes for an entry or an exit (data/table-columns.json `values`). */
function directionWords(): Map<string, Direction> {
  directions ??= new Map(
    columnEntries().flatMap((e) =>
      (e.values ?? []).map((v) => [apostrophes(v), e.kind as Direction] as const),
    ),
  );
  return directions;
}

/** One apostrophe for the several a Ukrainian word is written with (в'їзд, вʼїзд, в’їзд). */
const apostrophes = (s: string) => s.toLowerCase().replace(/[’ʼ`´]/gu, "'");

/**
 * Words of a page that have offsets, grouped into the page's lines by their height on the page, each
 * line left to right, lines top to bottom. The text's own lines are joined where they stand side by
 * side at one height: OCR reads each ruled cell of a table as a block of its own, so a row comes
 * cell after cell, one line each, and only the words' boxes put them back into one row.
 */
function lines(text: string, words: readonly PlacedBox[]): Word[][] {
  const placed = words
    .filter((w): w is Word => w.start !== undefined && w.end !== undefined)
    .sort((a, b) => a.start - b.start);
  const textLines: Word[][] = [];
  let last = -1;
  for (const w of placed) {
    const breaks = last >= 0 && text.slice(last, w.start).includes('\n');
    if (!textLines.length || breaks) textLines.push([]);
    textLines.at(-1)!.push(w);
    last = w.end;
  }
  const out: Word[][] = [];
  for (const line of textLines) {
    const beside = out.find((o) => sameHeight(o, line) && !overlapsAcross(o, line));
    if (beside) beside.push(...line);
    else out.push([...line]);
  }
  for (const line of out) line.sort((a, b) => a.x0 - b.x0);
  return out.sort((a, b) => band(a).y0 - band(b).y0);
}

/** A line's vertical band: the median top and bottom of its words. */
const band = (line: Word[]) => ({
  y0: median(line.map((w) => w.y0)),
  y1: median(line.map((w) => w.y1)),
});

/** Whether two lines' bands overlap by more than half the lower one's height. */
function sameHeight(a: Word[], b: Word[]): boolean {
  const [p, q] = [band(a), band(b)];
  const overlap = Math.min(p.y1, q.y1) - Math.max(p.y0, q.y0);
  return overlap > 0.5 * Math.min(p.y1 - p.y0, q.y1 - q.y0);
}

/** Whether two lines share some of their horizontal extent (one above the other, not side by side). */
const overlapsAcross = (a: Word[], b: Word[]) =>
  a.some((v) => b.some((w) => v.x0 < w.x1 && w.x0 < v.x1));

/**
 * The header's columns: its words split into cells where the gap is wider than the line is high, each
 * cell's kind from its label. A header needs three cells or more, one of them a name or a document
 * column (a border-database printout lists a person's crossings under date, checkpoint, direction and
 * document, the person named above the rows).
 */
function header(text: string, line: Word[]): Column[] | undefined {
  const height = Math.max(1, median(line.map((w) => w.y1 - w.y0)));
  const cells: Word[][] = [];
  for (const w of line) {
    const prev = cells.at(-1)?.at(-1);
    if (!prev || w.x0 - prev.x1 > height) cells.push([w]);
    else cells.at(-1)!.push(w);
  }
  if (cells.length < 3) return undefined;
  const columns = cells.map((c): Column => {
    const words = text.slice(c[0]!.start, c.at(-1)!.end);
    const label = labelOf(words);
    return { x0: c[0]!.x0, kind: label?.kind, familyFirst: label?.familyFirst, label: words };
  });
  // "Name" beside "Vorname" (a given-name column) is the family name, as German forms write it.
  const given = columns.some((c) => c.kind === 'given');
  const family = columns.some((c) => c.kind === 'family');
  for (const c of columns) if (given && !family && c.kind === 'name') c.kind = 'family';
  for (const c of columns)
    if (c.kind !== 'direction' && c.label.includes('/'))
      c.direction = c.label.split('/').some((part) => labelOf(part)?.kind === 'direction');
  const kinds = new Set(columns.map((c) => c.kind));
  return kinds.has('family') || kinds.has('name') || kinds.has('document') ? columns : undefined;
}

/**
 * Whether a page's text may hold a record table: a line with a whole-word label of a name or document
 * column (the text alone cannot tell a header from a sentence; the words' positions can).
 */
export function mayHoldTable(text: string): boolean {
  const wanted = columnLabels().filter(
    (l) =>
      l.kind !== 'nationality' && !EVENT_KINDS.includes(l.kind as EventKind) && l.label.length > 2,
  );
  return apostrophes(text)
    .split('\n')
    .some((line) =>
      wanted.some((l) => {
        for (let at = line.indexOf(l.label); at >= 0; at = line.indexOf(l.label, at + 1)) {
          const around = line.charAt(at - 1) + line.charAt(at + l.label.length);
          if (!/\p{L}/u.test(around)) return true;
        }
        return false;
      }),
    );
}

/**
 * A header cell's label: the whole cell ("Entry/Exit", "Въезд/Выезд"), else one of the labels a
 * bilingual or merged cell joins with a slash ("Прізвище / Surname", "Напрямок / Документ №").
 */
function labelOf(cell: string): Label | undefined {
  const whole = apostrophes(cell).replace(/\s+/g, ' ').trim();
  const parts = whole.split('/').map((p) => p.trim());
  const labels = columnLabels();
  for (const part of [whole, ...parts.reverse()]) {
    const found = labels.find((l) => part === l.label);
    if (found) return found;
  }
  return undefined;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** The cells of a row: each word in the column whose left edge is the last at or before its middle. */
function cells(row: Word[], columns: Column[]): Word[][] {
  const out: Word[][] = columns.map(() => []);
  for (const w of row) {
    const mid = (w.x0 + w.x1) / 2;
    let k = 0;
    for (let i = 0; i < columns.length; i++) if (columns[i]!.x0 <= mid) k = i;
    out[k]!.push(w);
  }
  return out;
}

// A row of the table fills most of its columns (the OCR reading order's rule for a table row).
const FILLED = 0.6;

// A travel document's number: 6–12 letters and digits, mostly digits.
const DOCUMENT_NUMBER = /^(?=(?:\D*\d){5})[A-Z0-9]{6,12}$/;

/**
 * Persons and passports of the record tables on a page, with offsets into `text`. A table runs from
 * its header to the first row that fills fewer than 60 % of the columns (a signature, a note). A line
 * right under a row (closer than half its height) that writes only in columns the row fills is the
 * second line of its cells ("Surname" above "Given name" in one cell, a date above its hour); right
 * under the header, the second line of the header's labels.
 */
export function findTableRecords(text: string, words: readonly PlacedBox[] | null): Found[] {
  if (!words?.length) return [];
  const out: Found[] = [];
  const all = lines(text, words);
  for (let i = 0; i < all.length; i++) {
    const columns = header(text, all[i]!);
    if (!columns) continue;
    const head = Math.min(...all[i]!.map((w) => w.start));
    let shape: string | undefined;
    let open: Word[][] | undefined;
    let above = all[i]!;
    const close = () => {
      if (open)
        out.push(
          ...record(text, columns, open, Math.min(...open.flat().map((w) => w.start)), head),
        );
      open = undefined;
    };
    for (const row of all.slice(i + 1)) {
      const rowCells = cells(row, columns);
      const filled = rowCells.filter((c) => c.length).length;
      if (filled < columns.length * FILLED && continues(above, row)) {
        const into = open;
        if (!into) {
          relabel(text, columns, rowCells);
          above = row;
          i++;
          continue;
        }
        if (rowCells.every((c, k) => !c.length || into[k]!.length)) {
          rowCells.forEach((c, k) => into[k]!.push(...c));
          above = row;
          i++;
          continue;
        }
      }
      if (filled < columns.length * FILLED) break;
      // A total or a note under a list of people ("TOTAL 11 …", "Итого") opens with other than the
      // rows' first cell (a running number, a name): the table has ended. (A printout of crossings
      // names its person in a line of its own between the rows: there the shape says nothing.)
      shape ??= shapeOf(text, row[0]!);
      if (named(columns) && shapeOf(text, row[0]!) !== shape) break;
      close();
      open = rowCells;
      above = row;
      i++;
    }
    close();
  }
  return out;
}

/**
 * Labels a header writes on two lines ("Date" above "of birth"): a column whose cell and the words
 * under it make a longer label takes that label's kind.
 */
function relabel(text: string, columns: Column[], under: Word[][]): void {
  columns.forEach((c, k) => {
    const more = under[k]!.map((w) => text.slice(w.start, w.end)).join(' ');
    if (!more) return;
    c.label = `${c.label} ${more}`;
    const label = labelOf(c.label);
    if (label) Object.assign(c, { kind: label.kind, familyFirst: label.familyFirst });
  });
}

/** Whether `line` starts closer under `above` than half a line's height: a second line of its cells. */
function continues(above: Word[], line: Word[]): boolean {
  const [a, b] = [band(above), band(line)];
  return b.y0 - a.y1 < 0.5 * (a.y1 - a.y0);
}

/**
 * A row's person and passport. Both carry `row` (where the row begins in `text`): the people stage
 * ties the passport to the person of its own row (case/birth-dates.ts), whatever the column order.
 */
function record(
  text: string,
  columns: Column[],
  rowCells: Word[][],
  row: number,
  head: number,
): Found[] {
  const rec = rowRecord(text, columns, rowCells, head);
  const extra = rec ? { record: rec } : {};
  // A name cell may open with the row's running number ("№ / Surname": "2 / Hale"): the name is
  // its words from the first one with letters. A cell's words are taken whole, in reading order:
  // a name on two lines of its cell is not one stretch of the page's text.
  const nameWords = (kind: ColumnKind) => {
    const ws = cellWords(rowCells, columns, kind);
    const first = ws.findIndex((w) => /\p{L}/u.test(text.slice(w.start, w.end)));
    return first < 0 ? [] : ws.slice(first);
  };
  const cell = (kind: ColumnKind) => {
    const ws = nameWords(kind);
    return ws.length
      ? {
          start: Math.min(...ws.map((w) => w.start)),
          end: Math.max(...ws.map((w) => w.end)),
          words: ws.map((w) => text.slice(w.start, w.end)).join(' '),
        }
      : undefined;
  };
  const out: Found[] = [];
  const family = cell('family');
  const given = cell('given');
  const whole = cell('name');
  const nameSpan = whole ?? (family && given ? joinSpans(family, given) : undefined);
  if (nameSpan) {
    const wholeParts = whole?.words.split(' ') ?? [];
    const familyFirst = columns.find((c) => c.kind === 'name')?.familyFirst;
    const normalized = !whole
      ? nameFromParts(given!.words, family!.words)
      : familyFirst
        ? nameFromParts(wholeParts.slice(1).join(' '), wholeParts[0]!)
        : nameFromParts('', whole.words);
    // Name cells hold names: letters only, a few words (no weights, codes or phrases caught in them).
    const parts = [whole, family, given]
      .filter((x) => x !== undefined)
      .flatMap((x) => x.words.split(/\s+/u));
    const named = parts.every((w) => /^[\p{L}'’.,-]+$/u.test(w)) && parts.length <= 6;
    if (named && normalized.includes(' '))
      out.push({
        type: 'person',
        text: text.slice(nameSpan.start, nameSpan.end),
        normalized,
        start: nameSpan.start,
        end: nameSpan.end,
        attributes: { source: 'table', row, ...extra },
      });
  }
  out.push(...rowDates(text, columns, rowCells, row, extra));
  if (rec) out.push(...rowPlaces(text, rec, row));
  const doc = cellTokens(text, rowCells, columns, 'document').find((t) =>
    DOCUMENT_NUMBER.test(t.token),
  );
  if (doc) {
    const { token: number, word } = doc;
    const span = { start: word.start, end: word.end };
    const issuer = rowIssuer(text, columns, rowCells, span.start);
    out.push({
      type: 'passport',
      text: text.slice(span.start, span.end),
      normalized: issuer ? `${issuer}:${number}` : number,
      ...span,
      attributes: { source: 'table', row },
    });
  }
  return out;
}

/**
 * The dates of a row's date columns, each with its column as its role (`birth`, `arrival`,
 * `departure`, `date`) and the row: the first date written in the cell (an hour under it is not
 * one). The claims reader reads a register's stay from its arrival and departure, the people stage a
 * holder's birth date from `birth`.
 */
function rowDates(
  text: string,
  columns: Column[],
  rowCells: Word[][],
  row: number,
  extra: { record?: RowRecord },
): Found[] {
  const out: Found[] = [];
  for (const role of DATE_KINDS) {
    const ws = cellWords(rowCells, columns, role);
    if (!ws.length) continue;
    const start = Math.min(...ws.map((w) => w.start));
    const end = Math.max(...ws.map((w) => w.end));
    const date = findDates(text.slice(start, end), newContext()).find((d) => d.type === 'date');
    if (!date) continue;
    out.push({
      ...date,
      start: start + date.start,
      end: start + date.end,
      attributes: { source: 'table', row, role, ...(role === 'date' ? extra : {}) },
    });
  }
  return out;
}

/**
 * What a row of a table with journey or crossing columns says of its event (RowRecord); undefined
 * for a table without such columns (a list of people, a register).
 */
function rowRecord(
  text: string,
  columns: Column[],
  rowCells: Word[][],
  head: number,
): RowRecord | undefined {
  if (!columns.some((c) => EVENT_KINDS.includes(c.kind as EventKind))) return undefined;
  const words = rowCells.flat();
  const rec: RowRecord = {
    span: [Math.min(...words.map((w) => w.start)), Math.max(...words.map((w) => w.end))],
    header: head,
  };
  for (const kind of PLACE_CELLS) {
    const ws = cellWords(rowCells, columns, kind);
    if (ws.length)
      rec[kind] = [Math.min(...ws.map((w) => w.start)), Math.max(...ws.map((w) => w.end))];
  }
  const direction = rowCells
    .filter((_, k) => columns[k]!.kind === 'direction' || columns[k]!.direction)
    .flat()
    .flatMap((w) => apostrophes(text.slice(w.start, w.end)).split(/[^\p{L}']+/u))
    .map((w) => directionWords().get(w))
    .find(Boolean);
  if (direction) rec.direction = direction;
  const flight = cellWords(rowCells, columns, 'flight').map((w) => text.slice(w.start, w.end));
  if (flight.length) rec.flight = flight.join(' ');
  return rec;
}

const PLACE_CELLS = ['route', 'from', 'to', 'checkpoint', 'address'] as const;

/**
 * The places of a row's route, from, to, checkpoint and address cells, each with its cell as its
 * role: a cell of a place column holds places, so the gazetteer's names there need no preposition
 * around them. A route cell's first place is where the journey began, its last where it went. An
 * address also holds a street, whose name may be a person's ("ul. Marii Konopnickiej"): there a
 * town named like a given name is not taken.
 */
function rowPlaces(text: string, rec: RowRecord, row: number): Found[] {
  const out: Found[] = [];
  for (const role of PLACE_CELLS) {
    const span = rec[role];
    if (!span) continue;
    const cell = text.slice(span[0], span[1]);
    const whole = [{ start: 0, end: cell.length, cell: role !== 'address' }];
    for (const p of findPlaces(cell, whole))
      out.push({
        ...p,
        start: span[0] + p.start,
        end: span[0] + p.end,
        attributes: { ...p.attributes, source: 'table', row, role },
      });
  }
  return out;
}

/**
 * The state that issued a row's document, from what the row or its holder's line says, never a guess:
 * the nationality cell's code, or a code written in the document cell ("UKR FE123456"); in a
 * printout without a name column (one holder's crossings, the holder named on a line above the
 * rows), the country named in that line ("громадянка Узбекистану"). A list of people without a
 * nationality column names no issuer: the countries a page names (a route, an address, the
 * citizenship of one of them) are not each row's. Undefined when none is written.
 */
function rowIssuer(
  text: string,
  columns: Column[],
  rowCells: Word[][],
  pos: number,
): string | undefined {
  const codeIn = (kind: ColumnKind) =>
    cellTokens(text, rowCells, columns, kind)
      .map((t) => t.token)
      .find(isAlpha3);
  const written = codeIn('nationality') ?? codeIn('document');
  if (written) return written;
  const noColumn = !columns.some((c) => c.kind === 'nationality');
  return noColumn && !named(columns) ? countryInSentence(text, pos) : undefined;
}

/**
 * The words of a row's cell of this kind in capitals, Cyrillic look-alikes read as Latin letters (OCR
 * in a Cyrillic model reads MP as МР), punctuation and OCR specks (~, ©) dropped.
 */
function cellTokens(
  text: string,
  rowCells: Word[][],
  columns: Column[],
  kind: ColumnKind,
): Array<{ token: string; word: Word }> {
  return cellWords(rowCells, columns, kind)
    .map((word) => {
      const latin = swapLetters(text.slice(word.start, word.end).toUpperCase(), CYRILLIC_TO_LATIN);
      return { word, token: latin.replace(/[^\p{L}\p{N}]/gu, '') };
    })
    .filter((t) => t.token);
}

/** Whether a table has a name column. */
const named = (columns: Column[]) => columns.some((c) => c.kind === 'family' || c.kind === 'name');

/** Whether a row opens with a number or with letters. */
const shapeOf = (text: string, first: Word): string =>
  /^\p{N}/u.test(text.slice(first.start, first.end)) ? 'number' : 'letters';

/** The words of a row's cell of this kind (none when the table has no such column). */
const cellWords = (rowCells: Word[][], columns: Column[], kind: ColumnKind): Word[] =>
  rowCells[columns.findIndex((c) => c.kind === kind)] ?? [];

const joinSpans = (a: { start: number; end: number }, b: { start: number; end: number }) => ({
  start: Math.min(a.start, b.start),
  end: Math.max(a.end, b.end),
});
