// The JSONL export of ../shared/eval/FORMAT.md: one line per document with its pages and entities.
// A person mention is exported under the full name of the person the people stage found it to be,
// when it has one ("Эргашевым Б. К." and "ERGASHEV BAKHTIYOR" alike): that is what the archive
// concluded, and one person has one name across documents and scripts.
import { asc } from 'drizzle-orm';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { documents, people } from '../schema/tables.js';
import { ALL_ACCESS, readableWhere } from './access.js';
import { getEntities, getPages } from './documents.js';
const FULL_NAME = /^[^.]+ [^.]+$/u;
async function* exportDocuments(db, scope) {
    const docs = await db
        .select()
        .from(documents)
        .where(readableWhere(scope.access ?? ALL_ACCESS))
        .orderBy(asc(documents.id));
    const names = scope.names ??
        new Map((await db.select({ key: people.key, name: people.name }).from(people)).map((p) => [
            p.key,
            p.name,
        ]));
    const nameOf = (e) => {
        const full = e.personKey ? names.get(e.personKey) : undefined;
        return e.type === 'person' && full && FULL_NAME.test(full) ? full : e.normalized;
    };
    for (const doc of docs) {
        const [pageRows, entityRows] = await Promise.all([
            getPages(db, doc.id),
            getEntities(db, doc.id),
        ]);
        yield {
            sha256: doc.sha256,
            filename: doc.filename,
            mediaType: doc.mediaType,
            status: doc.status,
            error: doc.error,
            pages: pageRows.map((p) => ({
                page: p.page,
                text: p.text,
                // A page still waiting for OCR has no text yet; it will be read by OCR.
                method: p.method ?? 'ocr',
                confidence: p.confidence,
                decision: p.status === 'failed' ? `failed: ${p.error}` : p.decision,
            })),
            entities: entityRows.map((e) => ({
                type: e.type,
                text: e.text,
                normalized: nameOf(e),
                page: e.page,
                start: e.start,
                end: e.end,
                ...(e.personKey ? { person: e.personKey } : {}),
            })),
        };
    }
}
/**
 * Writes the JSONL export (of the documents the scope reads) to `out`, leaving it open; answers how
 * many documents. Rejects when `out` fails or is destroyed before the end (a client gone mid-download),
 * and reads no further.
 */
export async function writeJsonl(db, out, scope = {}) {
    let count = 0;
    // A pipeline waits for the stream to drain, and ends the reading when the stream goes away.
    await pipeline(Readable.from((async function* () {
        for await (const doc of exportDocuments(db, scope)) {
            count++;
            yield JSON.stringify(doc) + '\n';
        }
    })()), out, { end: false });
    return count;
}
//# sourceMappingURL=export.js.map