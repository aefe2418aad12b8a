import { jsx as _jsx, Fragment as _Fragment, jsxs as _jsxs } from "hono/jsx/jsx-runtime";
// Links that export a search's results: its hits as CSV, the originals of the documents hit as a
// ZIP (api/export.ts), for the roles that may have them.
import { allowed } from '../http/permissions.js';
import { searchUrl } from './search.js';
export function ExportLinks(props) {
    // The same query and filters; the export itself takes the first pages by relevance, not this page.
    const query = searchUrl({ ...props.params, offset: 0 }).replace(/^\/\??/, '');
    const suffix = query ? `?${query}` : '';
    return (_jsxs("p", { class: "export", "aria-label": "Export the results", children: ["Export:", ' ', allowed(props.user.role, 'search') ? (_jsx("a", { class: "export-csv", href: `/api/search/export.csv${suffix}`, download: true, children: "hits as CSV" })) : null, allowed(props.user.role, 'read') ? (_jsxs(_Fragment, { children: [' · ', _jsx("a", { class: "export-zip", href: `/api/search/export.zip${suffix}`, download: true, children: "originals as ZIP" })] })) : null] }));
}
//# sourceMappingURL=export-links.js.map