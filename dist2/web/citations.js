import { jsx as _jsx, jsxs as _jsxs } from "hono/jsx/jsx-runtime";
import { docPath } from './documents.js';
import { Layout } from './layout.js';
function listUrl(status, offset, limit) {
    const u = new URLSearchParams();
    if (status)
        u.set('status', status);
    if (offset)
        u.set('offset', String(offset));
    if (limit !== 50)
        u.set('limit', String(limit));
    const s = u.toString();
    return s ? `/citations?${s}` : '/citations';
}
export function CitationsPage(d) {
    const to = d.offset + d.citations.length;
    return (_jsxs(Layout, { title: "Citations", user: d.user, children: [_jsx("h1", { children: "Citations" }), _jsxs("nav", { class: "filters", "aria-label": "Filter citations", children: [_jsx("a", { href: "/citations", "aria-current": d.status ? undefined : 'page', children: "All" }), ' ', "\u00B7", ' ', _jsx("a", { href: "/citations?status=broken", "aria-current": d.status === 'broken' ? 'page' : undefined, children: "No longer holding" }), ' ', "\u00B7", ' ', _jsx("a", { href: "/citations?status=holds", "aria-current": d.status === 'holds' ? 'page' : undefined, children: "Holding" })] }), _jsx("p", { class: "total", children: d.total
                    ? `Citations ${d.offset + 1}–${to} of ${d.total}`
                    : 'No citations' + (d.status ? ' with this status.' : ' yet.') }), d.citations.length ? (_jsxs("table", { class: "documents-table citations-table", children: [_jsx("thead", { children: _jsxs("tr", { children: [_jsx("th", { children: "Citation" }), _jsx("th", { children: "Status" }), _jsx("th", { children: "Quote" }), _jsx("th", { children: "Document" }), _jsx("th", { children: "Made" })] }) }), _jsx("tbody", { children: d.citations.map(({ citation: c, sha256, filename }) => (_jsxs("tr", { "data-status": c.status, children: [_jsx("td", { children: _jsx("a", { class: "citation-id", href: `/c/${c.id}`, children: c.id }) }), _jsxs("td", { class: "citation-state", children: [_jsx("span", { class: `status ${c.status === 'holds' ? 'done' : 'failed'}`, children: c.status === 'holds' ? 'holds' : 'no longer holds' }), c.problem ? _jsxs("span", { class: "doc-error", children: [": ", c.problem] }) : null] }), _jsx("td", { children: _jsx("q", { children: c.quote.length > 200 ? `${c.quote.slice(0, 200)}…` : c.quote }) }), _jsxs("td", { children: [_jsx("a", { href: docPath(sha256), children: filename }), ", p. ", c.page] }), _jsx("td", { children: _jsx("time", { datetime: c.createdAt.toISOString(), children: c.createdAt.toISOString().slice(0, 10) }) })] }))) })] })) : null, _jsxs("nav", { class: "pager", "aria-label": "Pages of citations", children: [d.offset > 0 ? (_jsx("a", { href: listUrl(d.status, Math.max(0, d.offset - d.limit), d.limit), rel: "prev", children: "\u2190 Previous" })) : null, to < d.total ? (_jsx("a", { href: listUrl(d.status, to, d.limit), rel: "next", children: "Next \u2192" })) : null] })] }));
}
//# sourceMappingURL=citations.js.map