// The JSONL export of ../shared/eval/FORMAT.md: one line per document with its pages and entities.
// A person mention is exported under the full name of the person the people stage found it to be,
// when it has one ("Эргашевым Б. К." and "ERGASHEV BAKHTIYOR" alike): that is what the archive
// concluded, and one person has one name across documents and scripts.
import { asc } from 'drizzle-orm';
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import { documents, people } from '../schema/tables.js';
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

async function* exportDocuments(db: Db): AsyncIterable<ExportedDocument> {
  const docs = await db.select().from(documents).orderBy(asc(documents.id));
  const names = new Map(
    (await db.select({ key: people.key, name: people.name }).from(people)).map((p) => [
      p.key,
      p.name,
    ]),
  );
  const nameOf = (e: { type: string; normalized: string; personKey: string | null }) => {
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

export async function writeJsonl(db: Db, out: Writable): Promise<number> {
  let count = 0;
  for await (const doc of exportDocuments(db)) {
    if (!out.write(JSON.stringify(doc) + '\n')) await once(out, 'drain');
    count++;
  }
  return count;
}
