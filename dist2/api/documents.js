// Documents over the API: upload (streamed, into a collection), the list, one document's record, a
// page's image (rendered by ingest) and the original file, each only in collections the user may read;
// processing one again (edit on its collection).
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import { accessOf, readableDocument } from '../http/access.js';
import { documentFilter, documentListQuery, documentSummary, pageNumber, reprocessBody, validJson, validQuery, } from '../http/params.js';
import { renderPageImage } from '../ingest/ocr/page-image.js';
import { reprocess } from '../http/reprocess.js';
import { atLeast, collectionName, collectionsOfDocuments, DEFAULT_COLLECTION, levelOn, } from '../store/access.js';
import { getPage, listDocuments } from '../store/documents.js';
import { MAX_FILES, receiveUpload } from './upload.js';
/** The collection an upload goes into: `?collection=`, or the default one. */
const uploadQuery = z.object({
    collection: z
        .preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().optional())
        .transform((v, check) => {
        const name = v === undefined || v === '' ? DEFAULT_COLLECTION : collectionName(v);
        if (name === undefined)
            check.addIssue({ code: 'custom', message: '"collection" is not a collection name' });
        return name ?? DEFAULT_COLLECTION;
    }),
});
export const DOCUMENT_ROUTES = [
    {
        method: 'POST',
        path: '/api/documents',
        permission: 'upload',
        streaming: true,
        query: uploadQuery,
        handler: async (c, ctx) => {
            const incoming = c.env.incoming;
            if (!incoming)
                return c.json({ error: 'uploads need the Node.js server' }, 500);
            const { collection } = validQuery(c, uploadQuery);
            // The user needs upload on the collection (admins have it everywhere, and open a collection
            // by uploading into one). Every refusal is the same answer, whatever the name: a collection
            // that holds documents, one the user may only read, one nobody has used. Anything else would
            // tell which collections exist.
            if (!atLeast(await levelOn(ctx.archive.db, c.get('user'), collection, ctx.archive.config.defaultAccess), 'upload'))
                return c.json({ error: 'no collection of that name you may upload into' }, 404);
            try {
                const received = await receiveUpload(ctx.archive, incoming, c.get('user').name, collection === DEFAULT_COLLECTION ? null : collection);
                const { tooLarge, tooMany, broken } = received;
                // The same bytes already stored in a collection the user may not read: said, but not which document.
                const owners = await collectionsOfDocuments(ctx.archive.db, received.files.flatMap((f) => (f.status === 'duplicate' && f.id !== null ? [f.id] : [])));
                const access = await accessOf(c, ctx);
                const files = received.files.map((f) => f.status === 'duplicate' &&
                    f.id !== null &&
                    !(access.all || access.collections.includes(owners.get(f.id) ?? ''))
                    ? { ...f, id: null }
                    : f);
                // Files completed before a break, or under the limits, were stored and queued: each result says so.
                if (broken)
                    return c.json({ error: broken, files }, 400);
                if (tooMany)
                    return c.json({
                        error: `more than ${MAX_FILES} files in one upload: the files past the ${MAX_FILES}th were not stored; send them in another upload`,
                        files,
                    }, 413);
                if (tooLarge)
                    return c.json({
                        error: `a file is larger than the limit of ${ctx.archive.config.limits.maxFileBytes} bytes`,
                        files,
                    }, 413);
                return c.json({ files });
            }
            catch (err) {
                if (err instanceof InputError)
                    return c.json({ error: err.message }, 400);
                throw err;
            }
        },
    },
    {
        method: 'GET',
        path: '/api/documents',
        permission: 'read',
        query: documentListQuery,
        handler: async (c, ctx) => {
            const f = validQuery(c, documentListQuery);
            const { total, documents } = await listDocuments(ctx.archive.db, documentFilter(f), await accessOf(c, ctx));
            return c.json({
                total,
                offset: f.offset,
                limit: f.limit,
                documents: documents.map(documentSummary),
            });
        },
    },
    {
        method: 'GET',
        path: '/api/documents/:id',
        permission: 'read',
        handler: async (c, ctx) => {
            const doc = await readableDocument(c, ctx);
            if (doc instanceof Response)
                return doc;
            return c.json({
                id: doc.id,
                sha256: doc.sha256,
                filename: doc.filename,
                mediaType: doc.mediaType,
                size: doc.size,
                status: doc.status,
                error: doc.error,
                pageCount: doc.pageCount,
                pagesDone: doc.pagesDone,
                collection: doc.collection,
                attachments: doc.attachments,
                ingestedAt: doc.ingestedAt,
            });
        },
    },
    {
        method: 'GET',
        path: '/api/documents/:id/pages/:page/image',
        permission: 'read',
        handler: async (c, ctx) => {
            const doc = await readableDocument(c, ctx);
            if (doc instanceof Response)
                return doc;
            const pageNo = pageNumber(c.req.param('page'));
            const page = pageNo !== undefined ? await getPage(ctx.archive.db, doc.id, pageNo) : undefined;
            if (!page)
                return c.json({ error: 'no such page' }, 404);
            const image = await renderPageImage(ctx.archive, doc, page);
            if (!image.ok)
                return c.json({ error: image.message }, image.reason === 'none' ? 404 : 422);
            return c.body(new Uint8Array(image.bytes), 200, {
                'content-type': image.contentType,
                'cache-control': 'private, max-age=86400',
            });
        },
    },
    {
        method: 'GET',
        path: '/api/documents/:id/original',
        permission: 'read',
        handler: async (c, ctx) => {
            const doc = await readableDocument(c, ctx);
            if (doc instanceof Response)
                return doc;
            // Always a download, never rendered: the original is hostile input.
            const name = doc.filename.replace(/["\\\r\n]/g, '_');
            const stream = Readable.toWeb(fs.createReadStream(ctx.archive.originals.pathFor(doc.sha256)));
            return c.body(stream, 200, {
                'content-type': 'application/octet-stream',
                'content-disposition': `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
            });
        },
    },
    {
        method: 'POST',
        path: '/api/documents/:id/reprocess',
        permission: 'edit',
        json: reprocessBody,
        handler: async (c, ctx) => {
            const doc = await readableDocument(c, ctx);
            if (doc instanceof Response)
                return doc;
            const r = await reprocess(c, ctx, doc, validJson(c, reprocessBody).from);
            if (!r.ok)
                return c.json({ error: r.error }, r.status);
            return c.json({ id: doc.id, status: 'queued', from: r.from }, 202);
        },
    },
];
//# sourceMappingURL=documents.js.map