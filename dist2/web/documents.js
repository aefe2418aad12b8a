import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "hono/jsx/jsx-runtime";
import { DOCUMENT_KINDS } from '../store/documents.js';
import { PAGE_LANGUAGES } from '../schema/languages.js';
import { DOCUMENT_STATUSES, } from '../schema/tables.js';
import { Layout } from './layout.js';
import { Thumbnails } from './thumbnails.js';
export const docPath = (sha256) => `/d/${sha256.slice(0, 16)}`;
const pagePath = (sha256, page) => `/d/${sha256.slice(0, 16)}/p/${page}`;
const LIST_LIMIT = 50;
/** The list's filters, in the order the form has them (URL parameter, field of the data). */
const LIST_PARAMS = [
    ['collection', 'collection'],
    ['status', 'status'],
    ['kind', 'kind'],
    ['language', 'language'],
    ['added_from', 'addedFrom'],
    ['added_to', 'addedTo'],
    ['sort', 'sort'],
];
function listUrl(d, offset) {
    const u = new URLSearchParams();
    for (const [param, field] of LIST_PARAMS) {
        const v = d[field];
        if (v)
            u.set(param, v);
    }
    if (offset)
        u.set('offset', String(offset));
    if (d.limit !== LIST_LIMIT)
        u.set('limit', String(d.limit));
    const s = u.toString();
    return s ? `/documents?${s}` : '/documents';
}
export function Progress(props) {
    const d = props.doc;
    const total = d.pageCount ?? 0;
    return (_jsxs("span", { class: "progress-cell", children: [_jsx("progress", { max: String(Math.max(total, 1)), value: String(d.status === 'done' ? Math.max(total, 1) : Math.min(d.pagesDone, total)) }), ' ', _jsx("span", { class: "pages", children: total
                    ? `${d.pagesDone} of ${total} page${total === 1 ? '' : 's'}`
                    : d.status === 'queued'
                        ? 'waiting'
                        : '—' })] }));
}
export function StatusText(props) {
    return (_jsxs(_Fragment, { children: [_jsx("span", { class: `status ${props.doc.status}`, children: props.doc.status }), props.doc.error ? _jsxs("span", { class: "doc-error", children: [": ", props.doc.error] }) : null] }));
}
export function DocumentsPage(d) {
    const from = d.total ? d.offset + 1 : 0;
    const to = d.offset + d.documents.length;
    const filtered = LIST_PARAMS.some(([param, field]) => param !== 'sort' && d[field]);
    return (_jsxs(Layout, { title: "Documents", user: d.user, scripts: ['/static/documents.js'], children: [_jsx("h1", { children: "Documents" }), _jsxs("form", { method: "get", action: "/documents", class: "filters", "aria-label": "Filter documents", children: [_jsxs("label", { children: ["Collection", ' ', _jsxs("select", { name: "collection", children: [_jsx("option", { value: "", children: "all collections" }), d.collections
                                        .filter((c) => c.collection !== null)
                                        .map((c) => (_jsxs("option", { value: c.collection, selected: c.collection === d.collection, children: [c.collection, " (", c.documents, ")"] })))] })] }), _jsxs("label", { children: ["Status", ' ', _jsxs("select", { name: "status", children: [_jsx("option", { value: "", children: "any status" }), DOCUMENT_STATUSES.map((s) => (_jsx("option", { value: s, selected: s === d.status, children: s })))] })] }), _jsxs("label", { children: ["Kind", ' ', _jsxs("select", { name: "kind", children: [_jsx("option", { value: "", children: "any kind" }), DOCUMENT_KINDS.map((k) => (_jsx("option", { value: k, selected: k === d.kind, children: k })))] })] }), _jsxs("label", { children: ["Language", ' ', _jsxs("select", { name: "language", children: [_jsx("option", { value: "", children: "any language" }), PAGE_LANGUAGES.map(([code, name]) => (_jsx("option", { value: code, selected: code === d.language, children: name })))] })] }), _jsxs("label", { children: ["Added from ", _jsx("input", { type: "date", name: "added_from", value: d.addedFrom ?? '' })] }), _jsxs("label", { children: ["to ", _jsx("input", { type: "date", name: "added_to", value: d.addedTo ?? '' })] }), _jsxs("label", { children: ["Sort", ' ', _jsx("select", { name: "sort", children: [
                                    ['newest', 'newest first'],
                                    ['oldest', 'oldest first'],
                                    ['name', 'by file name'],
                                ].map(([v, label]) => (_jsx("option", { value: v, selected: v === (d.sort ?? 'newest'), children: label }))) })] }), d.limit !== LIST_LIMIT ? (_jsx("input", { type: "hidden", name: "limit", value: String(d.limit) })) : null, _jsx("button", { type: "submit", children: "Filter" }), filtered ? _jsx("a", { href: "/documents", children: "Clear filters" }) : null] }), _jsx("p", { class: "total", children: d.total
                    ? `Documents ${from}–${to} of ${d.total}`
                    : 'No documents' + (filtered ? ' match these filters.' : ' yet.') }), d.documents.length ? (_jsxs("table", { class: "documents-table", children: [_jsx("thead", { children: _jsxs("tr", { children: [_jsx("th", { children: "File" }), _jsx("th", { children: "Status" }), _jsx("th", { children: "Processing" }), _jsx("th", { children: "Collection" }), _jsx("th", { children: "Uploaded" }), _jsx("th", { children: "SHA-256" })] }) }), _jsx("tbody", { children: d.documents.map((doc) => (_jsxs("tr", { "data-id": String(doc.id), "data-status": doc.status, children: [_jsxs("td", { children: [_jsx("a", { class: "doc-link", href: docPath(doc.sha256), children: doc.filename }), _jsx("br", {}), _jsx("a", { class: "open-link", href: pagePath(doc.sha256, 1), hidden: doc.status !== 'done' || !doc.pageCount, children: "Open page 1" })] }), _jsx("td", { class: "status-cell", children: _jsx(StatusText, { doc: doc }) }), _jsx("td", { children: _jsx(Progress, { doc: doc }) }), _jsx("td", { children: doc.collection ?? '' }), _jsx("td", { children: _jsx("time", { datetime: doc.ingestedAt.toISOString(), children: doc.ingestedAt.toISOString().slice(0, 16).replace('T', ' ') }) }), _jsx("td", { children: _jsx("code", { title: doc.sha256, children: doc.sha256.slice(0, 12) }) })] }))) })] })) : null, _jsxs("nav", { class: "pager", "aria-label": "Pages of documents", children: [d.offset > 0 ? (_jsx("a", { href: listUrl(d, Math.max(0, d.offset - d.limit)), rel: "prev", children: "\u2190 Newer" })) : null, to < d.total ? (_jsx("a", { href: listUrl(d, d.offset + d.limit), rel: "next", children: "Older \u2192" })) : null] })] }));
}
/** The document's entities by type: people link to their page, the rest to a search for them. */
function Named(props) {
    const types = Object.entries(props.named).filter(([, values]) => values.length > 0);
    if (!types.length)
        return null;
    return (_jsxs("section", { class: "named", "aria-label": "Named in this document", children: [_jsx("h2", { children: "Named in this document" }), types.map(([type, values]) => (_jsxs("section", { class: `named-${type}`, children: [_jsx("h3", { children: type === 'person' ? 'people' : `${type}s` }), _jsx("ul", { children: values.map((v) => (_jsxs("li", { children: [_jsx("a", { href: v.personKey
                                        ? `/people/${encodeURIComponent(v.personKey)}`
                                        : `/?q=${encodeURIComponent(v.value)}`, children: v.value }), ' ', _jsxs("span", { class: "count", children: ["p. ", v.pages.slice(0, 10).join(', '), v.pages.length > 10 ? ', …' : ''] })] }))) })] })))] }));
}
export function DocumentPage(d) {
    const { doc } = d;
    return (_jsx(Layout, { title: doc.filename, user: d.user, scripts: ['/static/documents.js'], children: _jsxs("article", { class: "document", "data-id": String(doc.id), "data-status": doc.status, children: [_jsx("h1", { children: doc.filename }), _jsxs("dl", { class: "facts", children: [_jsx("dt", { children: "Status" }), _jsx("dd", { class: "status-cell", children: _jsx(StatusText, { doc: doc }) }), _jsx("dt", { children: "Pages" }), _jsx("dd", { children: _jsx(Progress, { doc: doc }) }), _jsx("dt", { children: "Collection" }), _jsx("dd", { children: doc.collection ?? '—' }), _jsx("dt", { children: "Uploaded" }), _jsxs("dd", { children: [doc.ingestedAt.toISOString().slice(0, 16).replace('T', ' '), " UTC"] }), _jsx("dt", { children: "Type" }), _jsxs("dd", { children: [doc.mediaType, ", ", doc.size, " bytes"] }), _jsx("dt", { children: "SHA-256" }), _jsx("dd", { children: _jsx("code", { children: doc.sha256 }) }), doc.sourceNote ? (_jsxs(_Fragment, { children: [_jsx("dt", { children: "Source" }), _jsx("dd", { children: doc.sourceNote })] })) : null] }), _jsx("p", { children: _jsx("a", { href: `/api/documents/${doc.id}/original`, download: true, children: "Download original" }) }), d.notice ? (_jsx("p", { class: d.notice.error ? 'error' : 'notice ok', role: d.notice.error ? 'alert' : 'status', children: d.notice.text })) : null, d.mayReprocess ? _jsx(ReprocessForm, { doc: doc }) : null, _jsx("h2", { children: "Pages" }), _jsx(Thumbnails, { documentId: doc.id, page: 0, pageCount: doc.pageCount ?? d.pages.length, hasImage: doc.mediaType === 'application/pdf' || doc.mediaType.startsWith('image/'), hrefOf: (p) => pagePath(doc.sha256, p) }), d.pages.length ? (_jsxs("table", { class: "pages-table", children: [_jsx("thead", { children: _jsxs("tr", { children: [_jsx("th", { children: "Page" }), _jsx("th", { children: "Read by" }), _jsx("th", { children: "Language" }), _jsx("th", { children: "Beginning" })] }) }), _jsx("tbody", { children: d.pages.map((p) => (_jsxs("tr", { children: [_jsx("td", { children: _jsxs("a", { href: pagePath(doc.sha256, p.page), children: ["Page ", p.page] }) }), _jsxs("td", { children: [p.status === 'done' ? (p.method ?? '') : p.status, p.confidence !== null && p.method === 'ocr'
                                                ? ` (${Math.round(p.confidence * 100)}%)`
                                                : '', p.error ? _jsxs("span", { class: "doc-error", children: [": ", p.error] }) : null] }), _jsx("td", { children: p.language ?? '' }), _jsxs("td", { class: "page-start", children: [p.start.replace(/\s+/g, ' ').trim(), p.chars > p.start.length ? ' …' : ''] })] }))) })] })) : (_jsx("p", { children: doc.status === 'failed' ? 'No page could be read.' : 'No pages read yet.' })), _jsx(Named, { named: d.named ?? {} }), _jsx(DocumentCitations, { citations: d.citations ?? [] })] }) }));
}
/** Process the document again, from a chosen stage (every stage from the original by default). */
function ReprocessForm(props) {
    return (_jsxs("form", { method: "post", action: `${docPath(props.doc.sha256)}/reprocess`, class: "inline reprocess", "aria-label": "Process again", children: [_jsxs("select", { name: "from", "aria-label": "From", children: [_jsx("option", { value: "text", children: "every stage, from the original" }), _jsx("option", { value: "extract", children: "entities, claims and index, from the stored text" }), _jsx("option", { value: "index", children: "the search index only" })] }), ' ', _jsx("button", { type: "submit", class: "secondary", children: "Process again" })] }));
}
/** The stored citations of this document: short link, page, quote, and whether it still stands exactly. */
function DocumentCitations(props) {
    const list = [...props.citations].sort((a, b) => a.page - b.page || a.id.localeCompare(b.id));
    return (_jsxs("section", { class: "document-citations", "aria-label": "Citations", children: [_jsx("h2", { children: "Citations" }), list.length ? (_jsxs("table", { class: "documents-table citations-table", children: [_jsx("thead", { children: _jsxs("tr", { children: [_jsx("th", { children: "Citation" }), _jsx("th", { children: "Page" }), _jsx("th", { children: "Quote" }), _jsx("th", { children: "Status" })] }) }), _jsx("tbody", { children: list.map((c) => (_jsxs("tr", { "data-citation": c.id, "data-status": c.status, children: [_jsx("td", { children: _jsx("a", { class: "citation-id", href: `/c/${c.id}`, children: c.id }) }), _jsx("td", { children: c.page }), _jsx("td", { children: _jsx("q", { children: c.quote.length > 200 ? `${c.quote.slice(0, 200)}…` : c.quote }) }), _jsxs("td", { class: "citation-state", children: [_jsx("span", { class: `status ${c.status === 'holds' ? 'done' : 'failed'}`, children: c.status === 'holds' ? 'exact' : 'broken' }), c.problem ? _jsxs("span", { class: "doc-error", children: [": ", c.problem] }) : null] })] }))) })] })) : (_jsx("p", { class: "muted", children: "No citations of this document yet." }))] }));
}
//# sourceMappingURL=documents.js.map