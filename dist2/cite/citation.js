/** The permalink path: `/d/<first 16 hex of the SHA-256>/p/<page>?q=<quote>`. */
export function permalinkPath(sha256, page, quote) {
    return `/d/${sha256.slice(0, 16)}/p/${page}?q=${encodeURIComponent(quote)}`;
}
/** The short link of a stored citation: the viewer at its page, the quote verified, its status shown. */
function citationPath(id) {
    return `/c/${id}`;
}
/**
 * A page with search words marked: `/d/<prefix>/p/<page>?w=<words>`. Not a citation, so words that
 * do not stand on the page (another spelling or script) are simply not marked, with no notice.
 */
export function searchHitPath(sha256, page, words) {
    return `/d/${sha256.slice(0, 16)}/p/${page}?w=${encodeURIComponent(words)}`;
}
/** Markdown special characters in document text are escaped, so a quote cannot become markup. */
function escapeMarkdown(s) {
    return s.replace(/([\\`*_{}[\]()#+\-.!|<>])/g, '\\$1');
}
export function makeCitation(c) {
    const retrieved = (c.retrieved ?? new Date()).toISOString().slice(0, 10);
    const quote = c.quote.replace(/\s+/g, ' ').trim();
    const origin = c.origin.replace(/\/$/, '');
    const permalink = origin + permalinkPath(c.sha256, c.page, quote);
    const link = c.id ? `${origin}${citationPath(c.id)}` : permalink;
    const [y, m, d] = retrieved.split('-').map(Number);
    return {
        document: c.filename,
        page: c.page,
        quote,
        sha256: c.sha256,
        permalink,
        ...(c.id ? { id: c.id } : {}),
        link,
        retrieved,
        text: `“${quote}” — ${c.filename}, p. ${c.page}. SHA-256 ${c.sha256}. ${link} (retrieved ${retrieved}).`,
        markdown: `> ${escapeMarkdown(quote)}\n\n— *${escapeMarkdown(c.filename)}*, p. ${c.page}, SHA-256 \`${c.sha256}\`, [${c.id ? 'citation' : 'permalink'}](<${link}>), retrieved ${retrieved}.`,
        csl: {
            id: c.id ?? `${c.sha256.slice(0, 16)}-p${c.page}`,
            type: 'document',
            title: c.filename,
            page: String(c.page),
            URL: link,
            accessed: { 'date-parts': [[y, m, d]] },
            note: `SHA-256 ${c.sha256}. Quote: “${quote}”`,
        },
    };
}
//# sourceMappingURL=citation.js.map