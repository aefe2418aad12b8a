import { jsx as _jsx, jsxs as _jsxs } from "hono/jsx/jsx-runtime";
import { docPath, Progress, StatusText } from './documents.js';
import { Layout } from './layout.js';
function Rows(props) {
    return (_jsxs("table", { class: "documents-table queue-table", children: [_jsx("thead", { children: _jsxs("tr", { children: [_jsx("th", { children: "File" }), _jsx("th", { children: "Status" }), _jsx("th", { children: "Processing" }), _jsx("th", { children: "Tries" }), _jsx("th", { children: "Collection" }), _jsx("th", { children: "Uploaded" })] }) }), _jsx("tbody", { children: props.entries.map((e) => {
                    const doc = e.document;
                    const retry = doc.status === 'queued' && e.runAt && e.runAt > props.now ? e.runAt : null;
                    return (_jsxs("tr", { "data-id": String(doc.id), "data-status": doc.status, children: [_jsx("td", { children: _jsx("a", { class: "doc-link", href: docPath(doc.sha256), children: doc.filename }) }), _jsx("td", { class: "status-cell", children: _jsx(StatusText, { doc: doc }) }), _jsx("td", { children: _jsx(Progress, { doc: doc }) }), _jsxs("td", { class: "tries", children: [e.maxAttempts ? `${e.attempts} of ${e.maxAttempts}` : '—', e.lastError && doc.status !== 'failed' ? (_jsxs("span", { class: "last-error", children: [" \u00B7 last try: ", e.lastError] })) : null, retry ? (_jsxs("span", { class: "retry", children: [" \u00B7 next try ", retry.toISOString().slice(11, 19), " UTC"] })) : null] }), _jsx("td", { children: doc.collection ?? '' }), _jsx("td", { children: _jsx("time", { datetime: doc.ingestedAt.toISOString(), children: doc.ingestedAt.toISOString().slice(0, 16).replace('T', ' ') }) })] }));
                }) })] }));
}
export function QueuePage(props) {
    const sections = [
        ['processing', 'Processing', props.processing, 'Nothing is being read right now.'],
        ['queued', 'Waiting', props.queued, 'Nothing is waiting.'],
        ['failed', 'Failed', props.failed, 'No document failed.'],
    ];
    return (_jsxs(Layout, { title: "Processing queue", user: props.user, scripts: ['/static/documents.js'], children: [_jsx("h1", { children: "Processing queue" }), _jsxs("p", { class: "total", children: [props.processing.length, " processing \u00B7 ", props.queued.length, " waiting \u00B7 ", props.failed.length, ' ', "failed"] }), sections.map(([id, title, entries, none]) => (_jsxs("section", { class: `queue-section ${id}`, id: `queue-${id}`, "aria-label": title, children: [_jsxs("h2", { children: [title, " (", entries.length, ")"] }), entries.length ? _jsx(Rows, { entries: entries, now: props.now }) : _jsx("p", { class: "none", children: none })] }))), _jsxs("p", { children: [_jsx("a", { href: "/documents", children: "All documents" }), " \u00B7 ", _jsx("a", { href: "/upload", children: "Upload" })] })] }));
}
//# sourceMappingURL=queue.js.map