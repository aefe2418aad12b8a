// Export of a search's results: the hits as CSV (document, page, snippet, link), and the originals
// of the documents hit as a ZIP streamed from the store. The same search parameters as /api/search;
// the first MAX_EXPORT_HITS pages by relevance. And the archive's exports as the caller may read
// them: the JSONL export (a line per document) and the case export (`casefile export` asks these of
// a running server).
import fs from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import yazl from 'yazl';
import { z } from 'zod';
import { buildCase } from '../case/export.js';
import { writeJsonlFor } from '../case/jsonl.js';
import { searchHitPath } from '../cite/citation.js';
import { InputError } from '../core/errors.js';
import { searchPages, type SearchHit, type SearchParams } from '../search/query.js';
import { getDocuments } from '../store/documents.js';
import type { Context } from 'hono';
import { accessOf, peopleAsReadOf } from '../http/access.js';
import type { AppContext, Env, Route } from '../http/context.js';
import { searchParams, searchQuery, validQuery } from '../http/params.js';

/** Pages exported at most: ten engine requests of a hundred. */
const MAX_EXPORT_HITS = 1000;
/** Originals in one ZIP at most. */
const MAX_EXPORT_DOCUMENTS = 200;

/** The hits of a search, in relevance order, up to MAX_EXPORT_HITS. */
async function allHits(ctx: AppContext, p: SearchParams): Promise<SearchHit[]> {
  const hits: SearchHit[] = [];
  for (let offset = 0; offset < MAX_EXPORT_HITS; offset += 100) {
    const res = await searchPages(ctx.search.meili, { ...p, offset, limit: 100 });
    hits.push(...res.hits);
    if (res.hits.length < 100 || offset + 100 >= res.total) break;
  }
  return hits.slice(0, MAX_EXPORT_HITS);
}

/**
 * One CSV cell. A cell a spreadsheet would read as a formula (= + - @, or a tab or carriage return
 * before one) is prefixed with a quote mark, so document text never runs as a formula (CSV
 * injection); every cell is quoted as RFC 4180 says. Written here: quoting is three lines, and the
 * formula guard is ours whichever CSV library wrote the rest.
 */
function csvCell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

function csvRow(cells: Array<string | number>): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

const CSV_HEADER = ['document', 'sha256', 'page', 'snippet', 'link'];

function hitsCsv(hits: SearchHit[], ctx: AppContext, q: string): string {
  const origin = ctx.publicUrl.replace(/\/$/, '');
  // A byte-order mark, so that spreadsheets read the UTF-8 of Cyrillic and Tajik text as such.
  let out = '\ufeff' + csvRow(CSV_HEADER);
  for (const h of hits) {
    const snippet = h.snippet
      .map((s) => s.text)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    out += csvRow([
      h.filename,
      h.sha256,
      h.page,
      snippet,
      origin + searchHitPath(h.sha256, h.page, q),
    ]);
  }
  return out;
}

/** A name inside the ZIP: the SHA-256's start (unique, traceable) and the file's name made safe. */
function zipEntryName(sha256: string, filename: string): string {
  const safe =
    filename
      .replace(/[\\/:*?"<>|\p{Cc}]/gu, '_')
      .replace(/^\.+/, '_')
      .slice(0, 180) || 'original';
  return `${sha256.slice(0, 12)}-${safe}`;
}

function attachmentName(ext: string, what = 'search'): string {
  return `attachment; filename="casefile-${what}-${new Date().toISOString().slice(0, 10)}.${ext}"`;
}

async function exported(
  c: Context<Env>,
  ctx: AppContext,
  write: (hits: SearchHit[], q: string) => Promise<Response>,
): Promise<Response> {
  try {
    const p = { ...searchParams(validQuery(c, searchQuery)), access: await accessOf(c, ctx) };
    return await write(await allHits(ctx, p), p.q);
  } catch (err) {
    if (err instanceof InputError) return c.json({ error: err.message }, 400);
    throw err;
  }
}

/** `?all=1`: every claim read rather than the disputed timeline. */
const caseQuery = z.object({
  all: z
    .preprocess((v) => (Array.isArray(v) ? (v as unknown[])[0] : v), z.enum(['0', '1']).optional())
    .transform((v) => v === '1'),
});

export const EXPORT_ROUTES: Route[] = [
  {
    method: 'GET',
    path: '/api/export/documents.jsonl',
    permission: 'read',
    handler: async (c, ctx) => {
      const access = await accessOf(c, ctx);
      const asRead = await peopleAsReadOf(c, ctx);
      const out = new PassThrough();
      // Streamed as it is read: an archive's text does not fit in one answer's memory.
      writeJsonlFor(ctx.archive.db, out, access, asRead).then(
        () => out.end(),
        (err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))),
      );
      return c.body(Readable.toWeb(out) as ReadableStream, 200, {
        'content-type': 'application/x-ndjson; charset=utf-8',
        'content-disposition': attachmentName('jsonl', 'documents'),
        'cache-control': 'private, no-store',
      });
    },
  },
  {
    method: 'GET',
    path: '/api/export/case.json',
    permission: 'read',
    query: caseQuery,
    handler: async (c, ctx) =>
      c.json(
        await buildCase(ctx.archive.db, {
          allClaims: validQuery(c, caseQuery).all,
          access: await accessOf(c, ctx),
          asRead: await peopleAsReadOf(c, ctx),
        }),
        200,
        { 'cache-control': 'private, no-store' },
      ),
  },
  {
    method: 'GET',
    path: '/api/search/export.csv',
    permission: 'search',
    query: searchQuery,
    handler: (c, ctx) =>
      exported(c, ctx, async (hits, q) =>
        c.body(hitsCsv(hits, ctx, q), 200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': attachmentName('csv'),
          'cache-control': 'private, no-store',
        }),
      ),
  },
  {
    method: 'GET',
    path: '/api/search/export.zip',
    permission: 'read',
    query: searchQuery,
    handler: (c, ctx) =>
      exported(c, ctx, async (hits, q) => {
        const ids = [...new Set(hits.map((h) => h.documentId))].slice(0, MAX_EXPORT_DOCUMENTS);
        const docs = await getDocuments(ctx.archive.db, ids);
        const zip = new yazl.ZipFile();
        // The hits go along, so the ZIP says why each file is in it.
        zip.addBuffer(Buffer.from(hitsCsv(hits, ctx, q)), 'hits.csv');
        for (const doc of docs) {
          const file = ctx.archive.originals.pathFor(doc.sha256);
          if (!fs.existsSync(file)) continue;
          // Scans and PDFs are compressed already: storing them saves the CPU for nothing lost.
          zip.addReadStreamLazy(
            zipEntryName(doc.sha256, doc.filename),
            { compress: doc.mediaType.startsWith('text/'), size: doc.size },
            (cb) => cb(null, fs.createReadStream(file)),
          );
        }
        zip.end();
        const body = Readable.toWeb(zip.outputStream as Readable) as ReadableStream;
        return c.body(body, 200, {
          'content-type': 'application/zip',
          'content-disposition': attachmentName('zip'),
          'cache-control': 'private, no-store',
        });
      }),
  },
];
