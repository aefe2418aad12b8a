import { replaceClaims } from '../../store/claims.js';
import { getPages } from '../../store/documents.js';
import { entitiesInOrder } from '../../store/entities.js';
import { readClaims } from './read.js';
export async function readDocumentClaims(archive, documentId) {
    const pageRows = await getPages(archive.db, documentId);
    const ents = await entitiesInOrder(archive.db, documentId);
    const found = readClaims(pageRows, ents);
    await replaceClaims(archive.db, documentId, found.map((c) => ({
        page: c.page,
        personEntityIds: c.personIds,
        place: c.place,
        placeText: c.placeText,
        dateFrom: c.from,
        dateTo: c.to,
        approximate: c.approximate ?? false,
        stance: c.stance,
        kind: c.kind,
        quote: c.quote,
        quoteStart: c.start,
        quoteEnd: c.end,
    })));
    return found.length;
}
//# sourceMappingURL=stage.js.map