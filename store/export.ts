// The JSONL export of ../shared/eval/FORMAT.md: one line per document with its pages and entities.
// A person mention is exported under the full name of the person the people stage found it to be,
// when it has one ("Эргашевым Б. К." and "ERGASHEV BAKHTIYOR" alike): that is what the archive
// concluded, and one person has one name across documents and scripts.
import { asc } from 'drizzle-orm';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { documents, people } from '../schema/tables.js';
import { ALL_ACCESS, readableWhere, type Access } from './access.js';
import type { Db } from './db.js';
import { getEntities, getPages } from './documents.js';

interface ExportedPage {
  page: number;
  text: string;
  method: 'text-layer' | 'ocr';
  confidence: number | null;
  /** How the text was obtained and why (extra to the format; the scorer ignores it). */
  decision: string | null;
}

interface ExportedDocument {
  sha256: string;
  filename: string;
  mediaType: string;
  status: string;
  error: string | null;
  pages: ExportedPage[];
  entities: Array<{
    type: string;
    text: string;
    normalized: string;
    page: number;
    start: number;
    end: number;
    person?: string;
  }>;
}

const FULL_NAME = /^[^.]+ [^.]+$/u;

/** What an export holds: the documents of an access, and the names to give its people. */
export interface JsonlScope {
  /** The documents exported: those this access reads (default: every document). */
  access?: Access;
  /**
   * Each person's name by key, as the reader sees them (case/people.ts visiblePeople): a person's
   * own name may be a spelling written only in documents the reader may not read. Default: the
   * people table's names.
   */
  names?: Map<string, string>;
  /**
   * Each person mention's person by mention id, as the reader sees their people (a reader of some
   * collections: ingest/people/as-read.ts). Default: the person the people stage gave it.
   */
  personOfMention?: Map<number, string>;
}

async function* exportDocuments(db: Db, scope: JsonlScope): AsyncIterable<ExportedDocument> {
  const docs = await db
    .select()
    .from(documents)
    .where(readableWhere(scope.access ?? ALL_ACCESS))
    .orderBy(asc(documents.id));
  const names =
    scope.names ??
    new Map(
      (await db.select({ key: people.key, name: people.name }).from(people)).map((p) => [
        p.key,
        p.name,
      ]),
    );
  const nameOf = (e: { type: string; normalized: string; personKey: string | null }) => {
    const full = e.personKey ? names.get(e.personKey) : undefined;
    return e.type === 'person' && full && FULL_NAME.test(full) ? full : e.normalized;
  };
  const own = scope.personOfMention;
  for (const doc of docs) {
    const [pageRows, read] = await Promise.all([getPages(db, doc.id), getEntities(db, doc.id)]);
    const entityRows = own
      ? read.map((e) => (e.personKey ? { ...e, personKey: own.get(e.id) ?? null } : e))
      : read;
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
export async function writeJsonl(db: Db, out: Writable, scope: JsonlScope = {}): Promise<number> {
  let count = 0;
  // A pipeline waits for the stream to drain, and ends the reading when the stream goes away.
  await pipeline(
    Readable.from(
      (async function* () {
        for await (const doc of exportDocuments(db, scope)) {
          count++;
          yield JSON.stringify(doc) + '\n';
        }
      })(),
    ),
    out,
    { end: false },
  );
  return count;
}
