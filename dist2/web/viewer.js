import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "hono/jsx/jsx-runtime";
import { permalinkPath, searchHitPath } from '../cite/citation.js';
import { docPath } from './documents.js';
import { Layout } from './layout.js';
import { CitationPanel } from './citation-panel.js';
import { Thumbnails } from './thumbnails.js';
function NotOnPage(props) {
    return (_jsxs("section", { class: "notice not-on-page", id: "quote-notice", role: "alert", children: [_jsx("p", { children: _jsx("strong", { children: props.message }) }), _jsxs("p", { class: "quoted", children: ["Quote: ", _jsx("q", { children: props.quote })] })] }));
}
/** The text from `start` to `end` with the spans in `differs` (sorted, inside it) set apart. */
function WithDiffers(props) {
    const parts = [];
    let at = props.start;
    for (const [s, e] of props.differs) {
        if (s < at || e > props.end)
            continue;
        parts.push(props.text.slice(at, s), _jsx("span", { class: "differs", children: props.text.slice(s, e) }));
        at = e;
    }
    parts.push(props.text.slice(at, props.end));
    return _jsx(_Fragment, { children: parts });
}
function Marked(props) {
    const h = props.highlight;
    if (!h) {
        // Search words: every occurrence, the first one the target of the page's #quote anchor.
        const parts = [];
        let at = 0;
        for (const [i, [s, e]] of props.marks.entries()) {
            parts.push(props.text.slice(at, s), i === 0 ? (_jsx("mark", { id: "quote", "data-mark": "0", children: props.text.slice(s, e) })) : (_jsx("mark", { class: "also", "data-mark": String(i), children: props.text.slice(s, e) })));
            at = e;
        }
        parts.push(props.text.slice(at));
        return _jsx(_Fragment, { children: parts });
    }
    return (_jsxs(_Fragment, { children: [props.text.slice(0, h.start), h.near ? (_jsx("mark", { id: "near", class: "near", title: "Closest passage: not the quote", children: _jsx(WithDiffers, { text: props.text, start: h.start, end: h.end, differs: h.differs }) })) : (_jsx("mark", { id: "quote", "data-mark": "0", children: props.text.slice(h.start, h.end) })), props.text.slice(h.end)] }));
}
/** The entity types and what marks them, for the legend (colours in app.css). */
const ENTITY_TYPES = ['person', 'place', 'organization', 'date', 'passport'];
/** A box drawn around its words, a little outside them, so the outline never covers a letter. */
function Outline(props) {
    const [x0, y0, x1, y1] = props.box;
    const pad = Math.max(2, Math.round((y1 - y0) * 0.18));
    return (_jsx("rect", { class: props.class, x: String(x0 - pad), y: String(y0 - pad), width: String(x1 - x0 + 2 * pad), height: String(y1 - y0 + 2 * pad), rx: String(pad), "data-mark": props.mark === undefined ? undefined : String(props.mark) }));
}
function Legend(props) {
    const swatch = (cls) => (_jsx("svg", { class: "swatch", viewBox: "0 0 20 12", "aria-hidden": "true", children: _jsx("rect", { class: cls, x: "2", y: "2", width: "16", height: "8", rx: "2" }) }));
    return (_jsxs("ul", { class: "legend", "aria-label": "Legend", children: [_jsxs("li", { children: [swatch(props.near ? 'box near' : 'box'), ' ', props.near ? 'closest passage (not the quote)' : 'quote or search words'] }), ENTITY_TYPES.filter((t) => props.types.includes(t)).map((t) => (_jsxs("li", { children: [swatch(`entity ${t}`), " ", t] })))] }));
}
export function ViewerPage(d) {
    const link = (p) => d.quote ? permalinkPath(d.sha256, p, d.quote) : searchHitPath(d.sha256, p, d.words);
    const boxClass = d.highlight?.near ? 'box near' : 'box';
    return (_jsx(Layout, { title: `${d.filename}, page ${d.page}`, user: d.user, scripts: ['/static/cite.js', '/static/viewer.js'], children: _jsxs("div", { class: "viewer", "data-document": String(d.documentId), "data-page": String(d.page), children: [_jsxs("header", { class: "viewer-head", children: [_jsxs("h1", { children: [d.filename, ", page ", d.page, " of ", d.pageCount] }), _jsxs("nav", { children: [d.page > 1 ? (_jsx("a", { href: link(d.page - 1), rel: "prev", children: "\u2190 Previous" })) : null, d.page < d.pageCount ? (_jsx("a", { href: link(d.page + 1), rel: "next", children: "Next \u2192" })) : null, _jsx("a", { href: docPath(d.sha256), children: "All pages" }), _jsx("a", { href: `/api/documents/${d.documentId}/original`, download: true, children: "Download original" }), _jsx("button", { type: "button", id: "cite", children: "Cite selection" })] }), d.words ? (_jsx("nav", { id: "hit-nav", class: "hit-nav", "aria-label": "Hits in this document", "data-words": d.words, "data-pages": `/d/${d.sha256.slice(0, 16)}/p/`, hidden: true })) : null, _jsxs("p", { class: "hash", children: ["SHA-256 ", _jsx("code", { children: d.sha256 }), " \u00B7 read by ", d.method ?? 'unknown'] }), d.notOnPage ? _jsx(NotOnPage, { quote: d.quote, message: d.notOnPage }) : null, _jsx(CitationPanel, { citation: d.citation })] }), _jsx(Thumbnails, { documentId: d.documentId, page: d.page, pageCount: d.pageCount, hasImage: d.hasImage, hrefOf: link }), _jsxs("div", { class: d.hasImage ? 'panes' : 'panes no-image', children: [d.hasImage ? (_jsxs("figure", { class: "page-image", children: [_jsxs("div", { class: "image-tools", role: "toolbar", "aria-label": "Zoom", children: [_jsx("button", { type: "button", id: "zoom-out", title: "Zoom out", "aria-label": "Zoom out", children: "\u2212" }), _jsx("output", { id: "zoom-level", children: "100%" }), _jsx("button", { type: "button", id: "zoom-in", title: "Zoom in", "aria-label": "Zoom in", children: "+" }), _jsx("button", { type: "button", id: "zoom-fit", title: "Fit the width", children: "Fit width" }), _jsx(Legend, { near: d.highlight?.near ?? false, types: [...new Set(d.entityBoxes.map((b) => b.type))] })] }), _jsx("div", { class: "scroller", children: _jsxs("div", { class: "frame", children: [_jsx("img", { src: `/api/documents/${d.documentId}/pages/${d.page}/image`, alt: `Page ${d.page} of ${d.filename}` }), _jsxs("svg", { class: "boxes", viewBox: `0 0 ${d.width} ${d.height}`, preserveAspectRatio: "none", "aria-hidden": "true", children: [d.entityBoxes.map(({ type, box }) => (_jsx(Outline, { class: `entity ${type}`, box: box }))), d.boxes.map(({ box, mark }) => (_jsx(Outline, { class: boxClass, box: box, mark: mark })))] })] }) })] })) : null, _jsxs("div", { class: "side", children: [_jsx("section", { class: "page-text", "aria-label": "Page text", children: _jsx("pre", { id: "text", children: _jsx(Marked, { text: d.text, highlight: d.highlight, marks: d.marks }) }) }), _jsxs("aside", { class: "entities", "aria-label": "Entities on this page", children: [Object.entries(d.entities).map(([type, values]) => (_jsxs("section", { children: [_jsxs("h2", { children: [d.hasImage && d.entityBoxes.some((b) => b.type === type) ? (_jsx("svg", { class: "swatch", viewBox: "0 0 20 12", "aria-hidden": "true", children: _jsx("rect", { class: `entity ${type}`, x: "2", y: "2", width: "16", height: "8", rx: "2" }) })) : null, ' ', type] }), _jsx("ul", { children: values.map((v) => (_jsxs("li", { children: [_jsx("a", { href: `/?q=${encodeURIComponent(v.value)}`, children: v.value }), ' ', _jsx("button", { type: "button", class: "cite-entity", "data-quote": v.text, title: `Cite “${v.text}”`, children: "cite" })] }))) })] }))), d.attachments.length > 0 ? (_jsxs("section", { class: "attachments", children: [_jsx("h2", { children: "Embedded files (not opened)" }), _jsx("ul", { children: d.attachments.map((a) => (_jsxs("li", { children: [a.name, " \u00B7 ", a.size, " bytes \u00B7 SHA-256 ", _jsx("code", { children: a.sha256.slice(0, 16) })] }))) })] })) : null] })] })] })] }) }));
}
//# sourceMappingURL=viewer.js.map