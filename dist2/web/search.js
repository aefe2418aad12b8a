import { jsx as _jsx, Fragment as _Fragment, jsxs as _jsxs } from "hono/jsx/jsx-runtime";
import { searchHitPath } from '../cite/citation.js';
import { docPath } from './documents.js';
import { searchQueryString } from '../http/params.js';
import { Layout } from './layout.js';
import { ExportLinks } from './export-links.js';
/** URL parameter of each list filter, and the facet it comes from. */
const LIST_FILTERS = [
    ['person', 'persons', 'person'],
    ['place', 'places', 'place'],
    ['organization', 'organizations', 'organization'],
    ['collection', 'collection', 'collection'],
    ['language', 'language', 'language'],
    ['kind', 'kind', 'kind'],
];
const FACET_PARAM = Object.fromEntries(LIST_FILTERS.map(([param, facet]) => [facet, param]));
function listOf(params, param) {
    const key = LIST_FILTERS.find((f) => f[0] === param)[1];
    return params[key] ?? [];
}
/** The orders a search can be sorted in, as the form offers them. */
const SORTS = [
    ['relevance', 'by relevance'],
    ['date-desc', 'by date, newest first'],
    ['date-asc', 'by date, oldest first'],
];
/** The search URL for these parameters with one change; any change of filters starts at the first page. */
export function searchUrl(params, change = {}) {
    const next = { ...params, offset: change.offset || undefined };
    const lists = Object.fromEntries(LIST_FILTERS.map(([param, key]) => [key, [...listOf(params, param)]]));
    if (change.remove) {
        const [name, value] = change.remove;
        if (name === 'from' || name === 'to')
            next[name] = undefined;
        const filter = LIST_FILTERS.find((f) => f[0] === name);
        if (filter)
            lists[filter[1]] = lists[filter[1]].filter((v) => v !== value);
    }
    if (change.add) {
        const [name, value] = change.add;
        const filter = LIST_FILTERS.find((f) => f[0] === name);
        if (name === 'year') {
            next.from = value;
            next.to = value;
        }
        else if (name === 'from' || name === 'to')
            next[name] = value;
        else if (filter && !lists[filter[1]].includes(value))
            lists[filter[1]].push(value);
    }
    for (const [key, values] of Object.entries(lists))
        next[key] = values.length ? values : undefined;
    // The defaults are left out of the URL.
    if (next.limit === 10)
        next.limit = undefined;
    if (next.sort === 'relevance')
        next.sort = undefined;
    const s = searchQueryString(next).toString();
    return s ? `/?${s}` : '/';
}
/** Every active filter, each with the URL that removes it. */
function chipsOf(params) {
    const chips = [];
    for (const [param] of LIST_FILTERS)
        for (const v of listOf(params, param))
            chips.push({ label: param, value: v, remove: searchUrl(params, { remove: [param, v] }) });
    if (params.from)
        chips.push({
            label: 'from',
            value: params.from,
            remove: searchUrl(params, { remove: ['from', ''] }),
        });
    if (params.to)
        chips.push({
            label: 'to',
            value: params.to,
            remove: searchUrl(params, { remove: ['to', ''] }),
        });
    return chips;
}
function Pager(props) {
    const { response: r } = props;
    const pages = Math.ceil(r.totalDocuments / r.limit);
    if (pages <= 1)
        return null;
    const current = Math.floor(r.offset / r.limit);
    const shown = [
        ...new Set([0, current - 2, current - 1, current, current + 1, current + 2, pages - 1]),
    ]
        .filter((n) => n >= 0 && n < pages)
        .sort((a, b) => a - b);
    return (_jsxs("nav", { class: "pager", "aria-label": "Result pages", children: [current > 0 ? (_jsx("a", { href: searchUrl(props.params, { offset: (current - 1) * r.limit }), rel: "prev", children: "\u2190 Previous" })) : null, shown.map((n, i) => (_jsxs(_Fragment, { children: [i > 0 && n - shown[i - 1] > 1 ? _jsx("span", { children: "\u2026" }) : null, n === current ? (_jsx("strong", { "aria-current": "page", children: n + 1 })) : (_jsx("a", { href: searchUrl(props.params, { offset: n * r.limit }), children: n + 1 }))] }))), current < pages - 1 ? (_jsx("a", { href: searchUrl(props.params, { offset: (current + 1) * r.limit }), rel: "next", children: "Next \u2192" })) : null] }));
}
export function SearchPage(props) {
    const { params, response } = props;
    const chips = chipsOf(params);
    const active = (param, value) => param === 'year'
        ? params.from === value && params.to === value
        : listOf(params, param).includes(value);
    return (_jsxs(Layout, { title: params.q ? `“${params.q}”` : 'Search', user: props.user, children: [_jsxs("form", { method: "get", action: "/", class: "search", role: "search", children: [_jsx("input", { name: "q", value: params.q, placeholder: "Name, place, words \u2014 in any script or spelling", "aria-label": "Search", autofocus: true }), _jsxs("label", { children: ["from ", _jsx("input", { name: "from", value: params.from ?? '', placeholder: "YYYY-MM-DD", size: 10 })] }), _jsxs("label", { children: ["to ", _jsx("input", { name: "to", value: params.to ?? '', placeholder: "YYYY-MM-DD", size: 10 })] }), LIST_FILTERS.flatMap(([param]) => listOf(params, param).map((v) => _jsx("input", { type: "hidden", name: param, value: v }))), _jsxs("label", { children: ["sort", ' ', _jsx("select", { name: "sort", "aria-label": "Sort", children: SORTS.map(([value, label]) => (_jsx("option", { value: value, selected: (params.sort ?? 'relevance') === value, children: label }))) })] }), params.limit && params.limit !== 10 ? (_jsx("input", { type: "hidden", name: "limit", value: String(params.limit) })) : null, _jsx("button", { type: "submit", children: "Search" })] }), chips.length ? (_jsxs("section", { class: "chips", "aria-label": "Active filters", children: ["Filters:", ' ', chips.map((c) => (_jsxs("span", { class: "chip", children: [_jsxs("span", { class: "chip-label", children: [c.label, ":"] }), " ", c.value, ' ', _jsx("a", { href: c.remove, class: "chip-remove", "aria-label": `Remove filter ${c.label} ${c.value}`, title: "Remove this filter", children: "\u00D7" })] }))), chips.length > 1 ? (_jsx("a", { href: params.q ? `/?q=${encodeURIComponent(params.q)}` : '/', class: "clear", children: "Clear all" })) : null] })) : null, props.error ? (_jsx("p", { class: "error", role: "alert", children: props.error })) : null, props.people?.length ? (_jsxs("section", { class: "people-hits", "aria-label": "People", children: ["People:", ' ', props.people.map((p, i) => (_jsxs(_Fragment, { children: [i ? ' · ' : '', _jsx("a", { href: `/people/${encodeURIComponent(p.key)}`, children: p.name }), ' ', _jsxs("span", { class: "count", children: ["(", p.variants.length, " spellings)"] })] })))] })) : null, response ? (_jsxs("div", { class: "results", children: [_jsx("aside", { class: "facets", "aria-label": "Filters", children: Object.entries(response.facets).map(([facet, counts]) => {
                            const param = facet === 'years' ? 'year' : (FACET_PARAM[facet] ?? facet);
                            return Object.keys(counts).length ? (_jsxs("section", { children: [_jsx("h2", { children: facet }), _jsx("ul", { children: Object.entries(counts)
                                            .sort((a, b) => b[1] - a[1])
                                            .slice(0, 12)
                                            .map(([value, n]) => (_jsxs("li", { class: active(param, value) ? 'active' : undefined, children: [active(param, value) ? (_jsxs("a", { href: param === 'year'
                                                        ? searchUrl(searchUrlParams(params, ['from', 'to']))
                                                        : searchUrl(params, { remove: [param, value] }), title: "Remove this filter", children: ["\u2713 ", value] })) : (_jsx("a", { href: searchUrl(params, { add: [param, value] }), children: value })), ' ', _jsx("span", { class: "count", children: n })] }))) })] })) : null;
                        }) }), _jsxs("section", { class: "hits", "aria-label": "Results", children: [_jsxs("p", { class: "total", children: [response.totalDocuments, " document", response.totalDocuments === 1 ? '' : 's', ",", ' ', response.total, " matching page", response.total === 1 ? '' : 's', response.totalDocuments > response.limit
                                        ? ` · documents ${response.offset + 1}–${response.offset + response.documents.length}`
                                        : ''] }), response.total > 0 ? _jsx(ExportLinks, { user: props.user, params: params }) : null, _jsx("ol", { class: "doc-hits", children: response.documents.map((d) => (_jsxs("li", { class: "doc-hit", children: [_jsxs("h3", { children: [_jsx("a", { class: "doc-title", href: searchHitPath(d.sha256, d.pages[0]?.page ?? 1, params.q), children: d.filename }), ' ', _jsxs("span", { class: "count", children: [d.matchingPages, " matching page", d.matchingPages === 1 ? '' : 's'] }), ' ', _jsx("a", { class: "all-pages", href: docPath(d.sha256), children: "all pages" })] }), _jsx("ol", { class: "page-hits", children: d.pages.map((h) => (_jsxs("li", { class: "hit", children: [_jsxs("a", { class: "title", href: searchHitPath(h.sha256, h.page, params.q), children: ["Page ", h.page] }), _jsx("p", { class: "snippet", children: h.snippet.map((s) => (s.match ? _jsx("mark", { children: s.text }) : s.text)) }), _jsx("p", { class: "names", children: [...h.persons, ...h.places].slice(0, 8).join(' · ') })] }))) }), d.matchingPages > d.pages.length ? (_jsxs("p", { class: "more count", children: ["and ", d.matchingPages - d.pages.length, " more matching page", d.matchingPages - d.pages.length === 1 ? '' : 's', " in this document"] })) : null] }))) }), _jsx(Pager, { params: params, response: response })] })] })) : null] }));
}
/** The parameters without some of their fields. */
function searchUrlParams(params, drop) {
    const out = { ...params };
    for (const d of drop)
        delete out[d];
    return out;
}
//# sourceMappingURL=search.js.map