// Turns positioned text runs (from a PDF text layer) into reading-order text: runs are grouped into
// lines by baseline, lines are ordered top to bottom, and runs in a line left to right with a space
// where the gap between them is wider than a fraction of the font size.

export interface TextRun {
  str: string;
  /** Left edge, in page units, origin top-left. */
  x: number;
  /** Baseline, in page units, origin top-left. */
  y: number;
  width: number;
  /** Font size (height of the em box). */
  size: number;
}

interface Line {
  y: number;
  size: number;
  runs: TextRun[];
}

/** Share of the font size a gap must exceed before a space is inserted between two runs. */
const SPACE_GAP = 0.15;
/** Runs whose baselines differ by less than this share of the font size share a line. */
const SAME_LINE = 0.45;

function groupLines(runs: TextRun[]): Line[] {
  const sorted = runs.filter((r) => r.str.length > 0).sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Line[] = [];
  for (const run of sorted) {
    // Sorted by baseline, so a run can only belong to the line opened last.
    const line = lines.at(-1);
    if (line && Math.abs(line.y - run.y) <= SAME_LINE * Math.min(line.size, run.size || line.size))
      line.runs.push(run);
    else lines.push({ y: run.y, size: run.size, runs: [run] });
  }
  return lines;
}

function joinLine(line: Line): string {
  const runs = line.runs.sort((a, b) => a.x - b.x);
  let out = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const run of runs) {
    if (out.length > 0) {
      const gap = run.x - end;
      const spaced = /\s$/.test(out) || /^\s/.test(run.str);
      if (!spaced && gap > SPACE_GAP * Math.max(run.size, 1)) out += ' ';
    }
    out += run.str;
    end = Math.max(end, run.x + run.width);
  }
  return out.replace(/[ \t]+/g, ' ').trim();
}

export function runsToText(runs: TextRun[]): string {
  return groupLines(runs)
    .map(joinLine)
    .filter((l) => l.length > 0)
    .join('\n');
}
