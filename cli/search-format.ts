// How `casefile search` prints hits on a terminal: file and page, then the snippet with matches
// in bold (when the output is a terminal) or between »« (when it is not).
import type { SearchResponse } from '../search/query.js';

export function formatSearch(r: SearchResponse, tty = process.stdout.isTTY === true): string {
  const mark = (s: string) => (tty ? `\x1b[1m${s}\x1b[22m` : `»${s}«`);
  const lines = [
    `${r.total} page${r.total === 1 ? '' : 's'} for "${r.query}" (${r.processingTimeMs} ms)`,
  ];
  for (const h of r.hits) {
    lines.push('', `${h.filename}, page ${h.page}  [${h.sha256.slice(0, 12)}]`);
    // Control characters from document text must not reach the terminal.
    lines.push(
      '  ' +
        h.snippet
          .map((s) => (s.match ? mark(s.text) : s.text))
          .join('')
          .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' '),
    );
    const named = [...h.persons, ...h.places].slice(0, 8);
    if (named.length) lines.push(`  names: ${named.join(', ')}`);
  }
  return lines.join('\n') + '\n';
}
