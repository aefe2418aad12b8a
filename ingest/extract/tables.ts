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
import { nameFromParts } from './persons.js';
import type { Found } from './types.js';

type ColumnKind = 'family' | 'given' | 'name' | 'document' | 'nationality';
interface Word extends PlacedBox {
  start: number;
  end: number;
}
interface Column {
  kind?: ColumnKind;
  x0: number;
}

let labels: Array<[string, ColumnKind]> | undefined;

/** Header labels, longest first so "given name" wins over "name". */
function columnLabels(): Array<[string, ColumnKind]> {
  labels ??= loadData<DataFile<{ kind: ColumnKind; labels: string[] }>>('table-columns.json')
    .entries.flatMap((e) => e.labels.map((l): [string, ColumnKind] => [l, e.kind]))
    .sort((a, b) => b[0].length - a[0].length);
  return labels;
}

/** Words of a page that have offsets, grouped into the text's lines, in text order. */
function lines(text: string, words: readonly PlacedBox[]): Word[][] {
  const placed = words
    .filter((w): w is Word => w.start !== undefined && w.end !== undefined)
    .sort((a, b) => a.start - b.start);
  const out: Word[][] = [];
  let last = -1;
  for (const w of placed) {
    const breaks = last >= 0 && text.slice(last, w.start).includes('\n');
    if (!out.length || breaks) out.push([]);
    out.at(-1)!.push(w);
    last = w.end;
  }
  return out;
}

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
  const columns = cells.map((c) => ({
    x0: c[0]!.x0,
    kind: kindOf(text.slice(c[0]!.start, c.at(-1)!.end)),
  }));
  const kinds = new Set(columns.map((c) => c.kind));
  return kinds.has('family') || kinds.has('name') || kinds.has('document') ? columns : undefined;
}

/**
 * A header cell's kind: its label, or one of the labels a bilingual or merged cell joins with a slash
 * ("Прізвище / Surname", "Напрямок / Документ №").
 */
function kindOf(cell: string): ColumnKind | undefined {
  const parts = cell
    .toLowerCase()
    .split('/')
    .map((p) => p.replace(/\s+/g, ' ').trim());
  const labels = columnLabels();
  for (const part of parts.reverse()) {
    const kind = labels.find(([label]) => part === label)?.[1];
    if (kind) return kind;
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
 * its header to the first row that fills fewer than 60 % of the columns (a signature, a note).
 */
export function findTableRecords(text: string, words: readonly PlacedBox[] | null): Found[] {
  if (!words?.length) return [];
  const out: Found[] = [];
  const all = lines(text, words);
  for (let i = 0; i < all.length; i++) {
    const columns = header(text, all[i]!);
    if (!columns) continue;
    let shape: string | undefined;
    for (const row of all.slice(i + 1)) {
      const rowCells = cells(row, columns);
      if (rowCells.filter((c) => c.length).length < columns.length * FILLED) break;
      // A total or a note under a list of people ("TOTAL 11 …", "Итого") opens with other than the
      // rows' first cell (a running number, a name): the table has ended. (A printout of crossings
      // names its person in a line of its own between the rows: there the shape says nothing.)
      shape ??= shapeOf(text, row[0]!);
      if (named(columns) && shapeOf(text, row[0]!) !== shape) break;
      out.push(...record(text, columns, rowCells, row[0]!.start));
      i++;
    }
  }
  return out;
}

/**
 * A row's person and passport. Both carry `row` (where the row begins in `text`): the people stage
 * ties the passport to the person of its own row (case/birth-dates.ts), whatever the column order.
 */
function record(text: string, columns: Column[], rowCells: Word[][], row: number): Found[] {
  const cell = (kind: ColumnKind) => {
    const ws = cellWords(rowCells, columns, kind);
    return ws.length ? { start: ws[0]!.start, end: ws.at(-1)!.end } : undefined;
  };
  const out: Found[] = [];
  const family = cell('family');
  const given = cell('given');
  const whole = cell('name');
  const nameSpan = whole ?? (family && given ? joinSpans(family, given) : undefined);
  if (nameSpan) {
    const normalized = whole
      ? nameFromParts('', text.slice(whole.start, whole.end))
      : nameFromParts(text.slice(given!.start, given!.end), text.slice(family!.start, family!.end));
    // Name cells hold names: letters only, a few words (no weights, codes or phrases caught in them).
    const nameWords = [whole, family, given]
      .filter((x) => x !== undefined)
      .flatMap((x) => text.slice(x.start, x.end).split(/\s+/u));
    const named = nameWords.every((w) => /^[\p{L}'’.-]+$/u.test(w)) && nameWords.length <= 6;
    if (named && normalized.includes(' '))
      out.push({
        type: 'person',
        text: text.slice(nameSpan.start, nameSpan.end),
        normalized,
        ...nameSpan,
        attributes: { source: 'table', row },
      });
  }
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
