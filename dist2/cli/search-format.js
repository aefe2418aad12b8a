export function formatSearch(r, tty = process.stdout.isTTY === true) {
    const mark = (s) => (tty ? `\x1b[1m${s}\x1b[22m` : `»${s}«`);
    const lines = [
        `${r.total} page${r.total === 1 ? '' : 's'} for "${r.query}" (${r.processingTimeMs} ms)`,
    ];
    for (const h of r.hits) {
        lines.push('', `${h.filename}, page ${h.page}  [${h.sha256.slice(0, 12)}]`);
        // Control characters from document text must not reach the terminal.
        lines.push('  ' +
            h.snippet
                .map((s) => (s.match ? mark(s.text) : s.text))
                .join('')
                .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' '));
        const named = [...h.persons, ...h.places].slice(0, 8);
        if (named.length)
            lines.push(`  names: ${named.join(', ')}`);
    }
    return lines.join('\n') + '\n';
}
//# sourceMappingURL=search-format.js.map