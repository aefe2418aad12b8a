// Page text from OCR words in natural reading order, with each word's offsets into that text.
//
// Tesseract's own text reads label/value grids (passports, certificates, letterheads) across the page
// line by line: "Surname  Given names" then "SAIDOVA  DILBAR". People read each cell whole: a label
// and the value beneath it, a wrapped table cell, the left block of a letterhead before the right one.
// No library does this on word boxes, so it is done here:
//   1. each recognised line is split into segments where a gap is wider than SEGMENT_GAP line heights;
//   2. segments are grouped into rows by vertical overlap, rows ordered top to bottom;
//   3. consecutive rows that sit tight together (gap ≤ TIGHT_GAP line heights) and whose segments
//      fall into the same columns form a band; a band of two or more columns is read column by
//      column (each column top to bottom), anything else row by row, segments left to right.
// Table rows separated by normal spacing stay rows; lines of one paragraph stay in order.
import { groupBy } from '../../core/group.js';
import type { WordBox } from '../../schema/tables.js';

export interface OcrWord extends Omit<WordBox, 'start' | 'end'> {
  /** Index of the line tesseract put the word on. */
  line: number;
}

interface Segment {
  words: OcrWord[];
  /** A region read on its own (a stamp): placed as one piece, its own lines kept together. */
  block?: OcrWord[];
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

interface Row {
  segments: Segment[];
  y0: number;
  y1: number;
}

const SEGMENT_GAP = 1.5;
const TIGHT_GAP = 0.45;

const height = (s: { y0: number; y1: number }) => Math.max(1, s.y1 - s.y0);

function bounds(words: OcrWord[]): Segment {
  return {
    words,
    x0: Math.min(...words.map((w) => w.x0)),
    x1: Math.max(...words.map((w) => w.x1)),
    y0: Math.min(...words.map((w) => w.y0)),
    y1: Math.max(...words.map((w) => w.y1)),
  };
}

/** Median word height: the unit gaps are measured in. */
function unit(words: OcrWord[]): number {
  const hs = words.map(height).sort((a, b) => a - b);
  return hs[Math.floor(hs.length / 2)] ?? 1;
}

function segments(words: OcrWord[], u: number): Segment[] {
  const out: Segment[] = [];
  for (const lineWords of groupBy(words, (w) => w.line).values()) {
    lineWords.sort((a, b) => a.x0 - b.x0);
    let current: OcrWord[] = [];
    for (const w of lineWords) {
      const prev = current.at(-1);
      if (prev && w.x0 - prev.x1 > SEGMENT_GAP * u) {
        out.push(bounds(current));
        current = [];
      }
      current.push(w);
    }
    if (current.length) out.push(bounds(current));
  }
  return out;
}

function rows(segs: Segment[]): Row[] {
  const sorted = [...segs].sort((a, b) => (a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2);
  const out: Row[] = [];
  for (const s of sorted) {
    const row = out.at(-1);
    const overlap = row ? Math.min(row.y1, s.y1) - Math.max(row.y0, s.y0) : 0;
    if (row && overlap > 0.5 * Math.min(height(row), height(s))) {
      row.segments.push(s);
      row.y0 = Math.min(row.y0, s.y0);
      row.y1 = Math.max(row.y1, s.y1);
    } else {
      out.push({ segments: [s], y0: s.y0, y1: s.y1 });
    }
  }
  for (const r of out) r.segments.sort((a, b) => a.x0 - b.x0);
  return out;
}

/** Column x-ranges of a row with gaps between its segments; undefined for a single segment. */
function columnsOf(row: Row): Array<[number, number]> | undefined {
  if (row.segments.length < 2) return undefined;
  return row.segments.map((s) => [s.x0, s.x1]);
}

/** The column each segment falls in (by horizontal overlap), or undefined if one straddles two. */
function assign(row: Row, cols: Array<[number, number]>, u: number): number[] | undefined {
  const out: number[] = [];
  for (const s of row.segments) {
    const hits = cols.flatMap(([a, b], i) =>
      Math.min(b, s.x1) - Math.max(a, s.x0) > -u ? [i] : [],
    );
    if (hits.length !== 1) return undefined;
    out.push(hits[0]!);
  }
  return out;
}

type Block = { kind: 'rows'; rows: Row[] } | { kind: 'columns'; columns: Segment[][] };

function bands(allRows: Row[], u: number): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < allRows.length) {
    const first = allRows[i]!;
    const cols = columnsOf(first);
    if (!cols) {
      out.push({ kind: 'rows', rows: [first] });
      i++;
      continue;
    }
    const columns: Segment[][] = cols.map((_, c) => [first.segments[c]!]);
    let last = first;
    let j = i + 1;
    for (; j < allRows.length; j++) {
      const next = allRows[j]!;
      if (next.y0 - last.y1 > TIGHT_GAP * u) break;
      const where = assign(next, cols, u);
      if (!where) break;
      next.segments.forEach((s, k) => columns[where[k]!]!.push(s));
      last = next;
    }
    if (j === i + 1) out.push({ kind: 'rows', rows: [first] });
    else out.push({ kind: 'columns', columns });
    i = j;
  }
  return out;
}

export interface OrderedText {
  text: string;
  /** The words in reading order, each with its character offsets into `text`. */
  words: WordBox[];
}

/**
 * Orders a page's words. `blocks` are regions read apart (see framed-regions.ts): each takes its place
 * on the page as one piece, like a cell, and its own lines follow one another without other text
 * coming between them.
 */
export function orderWords(words: OcrWord[], blocks: OcrWord[][] = []): OrderedText {
  const all = [...words, ...blocks.flat()];
  if (all.length === 0) return { text: '', words: [] };
  const u = unit(all);
  const pieces = [
    ...segments(words, u),
    ...blocks.filter((b) => b.length > 0).map((b) => ({ ...bounds(b), words: [], block: b })),
  ];
  const lines: Segment[][] = [];
  for (const block of bands(rows(pieces), u)) {
    if (block.kind === 'rows') for (const r of block.rows) lines.push(r.segments);
    else for (const col of block.columns) for (const s of col) lines.push([s]);
  }
  let text = '';
  const placed: WordBox[] = [];
  for (const line of lines) {
    if (text.length) text += '\n';
    line.forEach((seg, si) => {
      if (seg.block) {
        // A block stands on lines of its own.
        if (si > 0 && !text.endsWith('\n')) text += '\n';
        const inner = orderWords(seg.block);
        const offset = text.length;
        text += inner.text;
        placed.push(
          ...inner.words.map((w) => ({
            ...w,
            start: (w.start ?? 0) + offset,
            end: (w.end ?? 0) + offset,
          })),
        );
        if (si < line.length - 1) text += '\n';
        return;
      }
      seg.words.forEach((w, wi) => {
        if ((si > 0 && !line[si - 1]!.block) || wi > 0) text += ' ';
        const start = text.length;
        text += w.text;
        placed.push({
          text: w.text,
          confidence: w.confidence,
          x0: w.x0,
          y0: w.y0,
          x1: w.x1,
          y1: w.y1,
          start,
          end: text.length,
        });
      });
    });
  }
  return { text, words: placed };
}
