// Turns positioned text runs (from a PDF text layer) into reading-order text: runs are grouped into
// lines by baseline, lines are ordered top to bottom, and runs in a line left to right with a space
// where the gap between them is wider than a fraction of the font size.
/** Share of the font size a gap must exceed before a space is inserted between two runs. */
const SPACE_GAP = 0.15;
/** Runs whose baselines differ by less than this share of the font size share a line. */
const SAME_LINE = 0.45;
function groupLines(runs) {
    const sorted = runs.filter((r) => r.str.length > 0).sort((a, b) => a.y - b.y || a.x - b.x);
    const lines = [];
    for (const run of sorted) {
        // Sorted by baseline, so a run can only belong to the line opened last.
        const line = lines.at(-1);
        if (line && Math.abs(line.y - run.y) <= SAME_LINE * Math.min(line.size, run.size || line.size))
            line.runs.push(run);
        else
            lines.push({ y: run.y, size: run.size, runs: [run] });
    }
    return lines;
}
function joinLine(line) {
    const runs = line.runs.sort((a, b) => a.x - b.x);
    let out = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const run of runs) {
        if (out.length > 0) {
            const gap = run.x - end;
            const spaced = /\s$/.test(out) || /^\s/.test(run.str);
            if (!spaced && gap > SPACE_GAP * Math.max(run.size, 1))
                out += ' ';
        }
        out += run.str;
        end = Math.max(end, run.x + run.width);
    }
    return out.replace(/[ \t]+/g, ' ').trim();
}
export function runsToText(runs) {
    return groupLines(runs)
        .map(joinLine)
        .filter((l) => l.length > 0)
        .join('\n');
}
/**
 * The text of `runsToText` with the box of every word in it, for the viewer to outline words on a
 * born-digital page as it does on a scan. A word's horizontal extent is its share of its run's
 * width, as `measure` (the advance of a string in any unit, e.g. a canvas's measureText) shares it
 * out; without it, or where it measures nothing, each character counts alike (the PDF's glyph widths
 * are not kept). Its height is the run's em box, from a little above the baseline's ascent to below
 * its descent. Runs split mid-word (kerned PDFs) give one box per piece.
 */
export function placeRuns(runs, measure) {
    const words = [];
    const lines = [];
    let offset = 0;
    for (const line of groupLines(runs)) {
        const text = joinLine(line);
        if (text.length === 0)
            continue;
        // joinLine sorted the runs left to right; whitespace is collapsed there but words are not
        // changed, so each piece is found in order in the joined line.
        let cursor = 0;
        for (const run of line.runs) {
            const full = measure?.(run.str) ?? 0;
            const chars = [...run.str].length;
            // Where the run's text up to `i` (UTF-16 offset) ends, in page units.
            const edge = (i) => full > 0
                ? run.x + (run.width * measure(run.str.slice(0, i))) / full
                : run.x + (chars ? (run.width * [...run.str.slice(0, i)].length) / chars : 0);
            for (const piece of run.str.matchAll(/\S+/gu)) {
                const pos = text.indexOf(piece[0], cursor);
                if (pos < 0)
                    continue;
                cursor = pos + piece[0].length;
                words.push({
                    x0: edge(piece.index),
                    x1: edge(piece.index + piece[0].length),
                    y0: run.y - run.size * 0.85,
                    y1: run.y + run.size * 0.2,
                    start: offset + pos,
                    end: offset + cursor,
                });
            }
        }
        lines.push(text);
        offset += text.length + 1;
    }
    return { text: lines.join('\n'), words };
}
//# sourceMappingURL=layout.js.map