import { jsx as _jsx, jsxs as _jsxs } from "hono/jsx/jsx-runtime";
import { accessOf } from '../http/access.js';
import { storedCitationJson } from '../http/citations.js';
import { citationListQuery, validQuery } from '../http/params.js';
import { canRead } from '../store/access.js';
import { getCitation, listCitations } from '../cite/stored.js';
import { CitationsPage } from './citations.js';
import { getPage } from '../store/documents.js';
import { processingQueue } from '../store/queue.js';
import { CitationStatusLine, readableCsl } from './citation-panel.js';
import { Layout, MessagePage } from './layout.js';
import { QueuePage } from './queue.js';
import { invalidPage, viewer } from './routes.js';
import { docPath } from './documents.js';
async function citationPage(c, ctx) {
    const found = await getCitation(ctx.archive.db, c.req.param('id') ?? '');
    const user = c.get('user');
    if (!found || !canRead(await accessOf(c, ctx), found))
        return c.html(_jsx(MessagePage, { title: "No such citation", message: "There is no citation with this id.", user: user }), 404);
    const json = storedCitationJson(found, ctx.publicUrl);
    const { citation } = found;
    const page = await getPage(ctx.archive.db, citation.documentId, citation.page);
    if (!page) {
        // The document was read again and has no such page any more: the citation says so, without a viewer.
        return c.html(_jsx(Layout, { title: `Citation ${citation.id}`, user: user, children: _jsxs("section", { class: "card message", children: [_jsxs("h1", { children: ["Citation ", citation.id] }), _jsx(CitationStatusLine, { status: citation.status, problem: citation.problem, checkedAt: json.checkedAt }), _jsxs("p", { children: [_jsx("q", { children: citation.quote }), " \u2014 ", found.filename, ", p. ", citation.page, ".", ' ', _jsx("a", { href: docPath(found.sha256), children: "The document" })] })] }) }));
    }
    const panel = {
        id: json.id,
        link: json.link,
        status: json.status,
        problem: json.problem,
        checkedAt: json.checkedAt,
        text: json.text,
        markdown: json.markdown,
        csl: readableCsl(json.csl),
    };
    return viewer(c, ctx, {
        documentId: citation.documentId,
        page: citation.page,
        quote: citation.quote,
        panel,
    });
}
async function citationsPage(c, ctx) {
    const f = validQuery(c, citationListQuery);
    const { total, citations } = await listCitations(ctx.archive.db, {
        ...f,
        access: await accessOf(c, ctx),
    });
    return c.html(_jsx(CitationsPage, { user: c.get('user'), citations: citations, total: total, offset: f.offset, limit: f.limit, status: f.status }));
}
export const MORE_WEB_ROUTES = [
    {
        method: 'GET',
        path: '/c/:id',
        permission: 'read',
        web: true,
        handler: (c, ctx) => citationPage(c, ctx),
    },
    {
        method: 'GET',
        path: '/citations',
        permission: 'read',
        web: true,
        query: citationListQuery,
        invalid: invalidPage('Citations'),
        handler: (c, ctx) => citationsPage(c, ctx),
    },
    {
        method: 'GET',
        path: '/queue',
        permission: 'upload',
        web: true,
        handler: async (c, ctx) => c.html(_jsx(QueuePage, { user: c.get('user'), ...await processingQueue(ctx.archive.db, await accessOf(c, ctx)), now: new Date() })),
    },
];
//# sourceMappingURL=more-routes.js.map