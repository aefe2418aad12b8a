// A stored citation as the API answers it and the citation page shows it: its forms (text,
// Markdown, CSL) under its short link, and whether it still holds.
import { makeCitation } from '../cite/citation.js';
/** A citation's forms and status; `origin` starts its links (AppContext.publicUrl). */
export function storedCitationJson(found, origin) {
    const c = found.citation;
    const forms = makeCitation({
        filename: found.filename,
        sha256: found.sha256,
        page: c.page,
        quote: c.quote,
        origin,
        id: c.id,
        retrieved: c.createdAt,
    });
    return {
        ...forms,
        id: c.id,
        status: c.status,
        problem: c.problem,
        checkedAt: c.checkedAt.toISOString(),
    };
}
//# sourceMappingURL=citations.js.map