import { jsx as _jsx, jsxs as _jsxs } from "hono/jsx/jsx-runtime";
/** CSL-JSON as people read it: indented, with the date's parts on one line ("date-parts": [[2026, 11, 30]]); never inside a string (its quotes would be escaped). */
export function readableCsl(csl) {
    return JSON.stringify(csl, null, 2).replace(/("date-parts": )\[\s*\[\s*([\d\s,]+?)\s*\]\s*\]/g, (_, key, parts) => `${key}[[${parts.replace(/\s+/g, ' ')}]]`);
}
function Form(props) {
    return (_jsxs("div", { class: "citation-form", children: [_jsxs("div", { class: "citation-form-head", children: [_jsx("h3", { children: props.label }), _jsx("button", { type: "button", class: "copy", "data-copy": props.id, children: "Copy" })] }), _jsx("pre", { id: props.id, children: props.value })] }));
}
export function CitationStatusLine(props) {
    const when = props.checkedAt.slice(0, 16).replace('T', ' ');
    return props.status === 'holds' ? (_jsxs("p", { id: "citation-status", class: "citation-status holds", children: ["Verified: the quote stands on this page exactly (checked ", when, " UTC)."] })) : (_jsxs("p", { id: "citation-status", class: "citation-status broken", role: "alert", children: ["This citation no longer holds since its document was read again (checked ", when, " UTC):", ' ', props.problem ?? 'the quote is not on the page.'] }));
}
export function CitationPanel(props) {
    const c = props.citation;
    return (_jsxs("section", { id: "citation", class: "citation-panel", "aria-label": "Citation", hidden: !c, children: [_jsxs("h2", { children: ["Citation", c ? ` ${c.id}` : ''] }), c ? (_jsx(CitationStatusLine, { status: c.status, problem: c.problem, checkedAt: c.checkedAt })) : null, _jsx("p", { id: "citation-error", class: "citation-error", role: "alert", hidden: true }), _jsxs("div", { class: "citation-link", children: ["Link:", ' ', _jsx("a", { id: "citation-link", href: c?.link ?? '#', children: c?.link ?? '' }), ' ', _jsx("button", { type: "button", class: "copy", "data-copy": "citation-link", children: "Copy" })] }), _jsx(Form, { id: "citation-text", label: "Text", value: c?.text ?? '' }), _jsx(Form, { id: "citation-markdown", label: "Markdown", value: c?.markdown ?? '' }), _jsx(Form, { id: "citation-csl", label: "CSL-JSON", value: c?.csl ?? '' })] }));
}
//# sourceMappingURL=citation-panel.js.map