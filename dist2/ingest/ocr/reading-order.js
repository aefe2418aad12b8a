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
const SEGMENT_GAP = 1.5;
const TIGHT_GAP = 0.45;
/** A data table (step 4): at least this many columns and table rows, ... */
const TABLE_MIN_COLUMNS = 3;
const TABLE_MIN_ROWS = 3;
/** ... a table row fills at least this share of the columns, ... */
const TABLE_FILLED = 0.6;
/** ... and the median cell is at most this many line heights wide. */
const TABLE_MAX_CELL = 12;
const height = (s) => Math.max(1, s.y1 - s.y0);
function bounds(words) {
    return {
        words,
        x0: Math.min(...words.map((w) => w.x0)),
        x1: Math.max(...words.map((w) => w.x1)),
        y0: Math.min(...words.map((w) => w.y0)),
        y1: Math.max(...words.map((w) => w.y1)),
    };
}
/** Median word height: the unit gaps are measured in. */
function unit(words) {
    const hs = words.map(height).sort((a, b) => a - b);
    return hs[Math.floor(hs.length / 2)] ?? 1;
}
function segments(words, u) {
    const out = [];
    for (const lineWords of groupBy(words, (w) => w.line).values()) {
        lineWords.sort((a, b) => a.x0 - b.x0);
        let current = [];
        for (const w of lineWords) {
            const prev = current.at(-1);
            if (prev && w.x0 - prev.x1 > SEGMENT_GAP * u) {
                out.push(bounds(current));
                current = [];
            }
            current.push(w);
        }
        if (current.length)
            out.push(bounds(current));
    }
    return out;
}
function rows(segs) {
    const sorted = [...segs].sort((a, b) => (a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2);
    const out = [];
    for (const s of sorted) {
        const row = out.at(-1);
        const overlap = row ? Math.min(row.y1, s.y1) - Math.max(row.y0, s.y0) : 0;
        if (row && overlap > 0.5 * Math.min(height(row), height(s))) {
            row.segments.push(s);
            row.y0 = Math.min(row.y0, s.y0);
            row.y1 = Math.max(row.y1, s.y1);
        }
        else {
            out.push({ segments: [s], y0: s.y0, y1: s.y1 });
        }
    }
    for (const r of out)
        r.segments.sort((a, b) => a.x0 - b.x0);
    return out;
}
/** Column x-ranges of a row: one per segment. */
function columnsOf(row) {
    return row.segments.map((s) => [s.x0, s.x1]);
}
/** The column each segment falls in (by horizontal overlap), or undefined if one straddles two. */
function assign(row, cols, u) {
    const out = [];
    for (const s of row.segments) {
        const hits = cols.flatMap(([a, b], i) => Math.min(b, s.x1) - Math.max(a, s.x0) > -u ? [i] : []);
        if (hits.length !== 1)
            return undefined;
        out.push(hits[0]);
    }
    return out;
}
/** Groups rows into bands: a row with one segment, or not tight with an aligned row, stands alone. */
function bands(allRows, u) {
    const out = [];
    let i = 0;
    while (i < allRows.length) {
        const first = allRows[i];
        const cols = columnsOf(first);
        const band = { rows: [first], cols, where: [first.segments.map((_, k) => k)] };
        for (let j = i + 1; cols.length > 1 && j < allRows.length; j++) {
            const next = allRows[j];
            if (next.y0 - band.rows.at(-1).y1 > TIGHT_GAP * u)
                break;
            const where = assign(next, cols, u);
            if (!where)
                break;
            band.rows.push(next);
            band.where.push(where);
        }
        out.push(band);
        i += band.rows.length;
    }
    return out;
}
/**
 * The table rows of a band that is a data table, each a list of the band's row indices (a row and
 * the continuation lines of its wrapped cells); undefined for a label/value grid or letterhead.
 * A table has enough columns, enough rows filling most of them, few wrapped lines and short cells:
 * a label/value grid is two rows, a letterhead two blocks of long lines, often of unequal length.
 */
function tableRows(band, u) {
    if (band.cols.length < TABLE_MIN_COLUMNS)
        return undefined;
    const full = Math.ceil(TABLE_FILLED * band.cols.length);
    const groups = [];
    for (const [r, where] of band.where.entries()) {
        if (new Set(where).size >= full)
            groups.push([r]);
        else if (groups.length > 0)
            groups.at(-1).push(r);
        else
            return undefined;
    }
    const wrapped = band.rows.length - groups.length;
    if (groups.length < TABLE_MIN_ROWS || wrapped >= groups.length)
        return undefined;
    const widths = band.rows.flatMap((r) => r.segments.map((s) => s.x1 - s.x0)).sort((a, b) => a - b);
    return widths[Math.floor(widths.length / 2)] <= TABLE_MAX_CELL * u ? groups : undefined;
}
/** A band as text lines: a table row by row, its cells left to right (a wrapped cell whole, top to
 * bottom); any other band of two or more columns column by column; a lone row as it is. */
function bandLines(band, u) {
    if (band.rows.length === 1)
        return [band.rows[0].segments];
    const cells = (rs) => band.cols.map((_, c) => rs.flatMap((r) => band.rows[r].segments.filter((_, k) => band.where[r][k] === c)));
    const table = tableRows(band, u);
    if (table)
        return table.map((rs) => cells(rs).flat());
    return cells(band.rows.map((_, r) => r)).flatMap((col) => col.map((s) => [s]));
}
/**
 * Orders a page's words. `blocks` are regions read apart (see framed-regions.ts): each takes its place
 * on the page as one piece, like a cell, and its own lines follow one another without other text
 * coming between them.
 */
export function orderWords(words, blocks = []) {
    const all = [...words, ...blocks.flat()];
    if (all.length === 0)
        return { text: '', words: [] };
    const u = unit(all);
    const pieces = [
        ...segments(words, u),
        ...blocks.filter((b) => b.length > 0).map((b) => ({ ...bounds(b), words: [], block: b })),
    ];
    const lines = bands(rows(pieces), u).flatMap((band) => bandLines(band, u));
    let text = '';
    const placed = [];
    for (const line of lines) {
        if (text.length)
            text += '\n';
        line.forEach((seg, si) => {
            if (seg.block) {
                // A block stands on lines of its own.
                if (si > 0 && !text.endsWith('\n'))
                    text += '\n';
                const inner = orderWords(seg.block);
                const offset = text.length;
                text += inner.text;
                placed.push(...inner.words.map((w) => ({
                    ...w,
                    start: (w.start ?? 0) + offset,
                    end: (w.end ?? 0) + offset,
                })));
                if (si < line.length - 1)
                    text += '\n';
                return;
            }
            seg.words.forEach((w, wi) => {
                if ((si > 0 && !line[si - 1].block) || wi > 0)
                    text += ' ';
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
//# sourceMappingURL=reading-order.js.map