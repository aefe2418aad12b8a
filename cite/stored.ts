// Citations kept in the archive under a short stable id (`/c/<id>`), and their re-verification when
// their document is processed again: a citation whose quote no longer stands on its page exactly is
// flagged `broken` with the differences found, never silently kept as if it held.
import { createHash } from 'node:crypto';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { citations, documents, pages, type CitationStatus, type StoredCitation } from '../schema/tables.js';
import { readableWhere, type Access } from '../store/access.js';
import type { Db } from '../store/db.js';
import { findQuote, notFoundMessage } from './verify.js';

/** Ten base32 characters: 50 bits, short enough to type, far from colliding in any archive. */
export const CITATION_ID_LENGTH = 10;
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/**
 * RFC 4648 base32 (lower case, no padding) of the first bytes of a digest. Written here because
 * Node has no base32 and it is a few lines over bits; the alphabet avoids 0/1/8/9 look-alikes.
 */
function base32(bytes: Uint8Array, length: number): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
    if (out.length >= length) break;
  }
  return out;
}

/** The id of a citation: the same document, page and quote always give the same id. */
export function citationId(sha256: string, page: number, quote: string): string {
  const digest = createHash('sha256').update(`${sha256}\n${page}\n${quote}`, 'utf8').digest();
  return base32(digest, CITATION_ID_LENGTH);
}

export function isCitationId(s: string): boolean {
  return s.length === CITATION_ID_LENGTH && [...s].every((ch) => BASE32.includes(ch));
}

/**
 * Stores a citation that was just verified exact (or finds it stored already) and marks it holding:
 * citing it again after it broke and was fixed by a new reading checks it afresh.
 */
export async function saveCitation(db: Db, c: { sha256: string; documentId: number; page: number; quote: string; userId: number | null }): Promise<StoredCitation> {
  const id = citationId(c.sha256, c.page, c.quote);
  const [row] = await db
    .insert(citations)
    .values({ id, documentId: c.documentId, page: c.page, quote: c.quote, createdBy: c.userId })
    .onConflictDoUpdate({ target: citations.id, set: { status: 'holds', problem: null, checkedAt: sql`now()` } })
    .returning();
  // 50 bits of SHA-256: two different citations under one id would be a first; refuse rather than mix them.
  if (!row || row.documentId !== c.documentId || row.page !== c.page || row.quote !== c.quote) throw new Error('citation id collision');
  return row;
}

export interface CitationWithDocument {
  citation: StoredCitation;
  sha256: string;
  filename: string;
  /** The cited document's collection (null: the default one), for access checks. */
  collection: string | null;
}

export async function getCitation(db: Db, id: string): Promise<CitationWithDocument | undefined> {
  if (!isCitationId(id)) return undefined;
  const [row] = await db
    .select({ citation: citations, sha256: documents.sha256, filename: documents.filename, collection: documents.collection })
    .from(citations)
    .innerJoin(documents, eq(documents.id, citations.documentId))
    .where(eq(citations.id, id));
  return row;
}

export async function citationsOf(db: Db, documentId: number): Promise<StoredCitation[]> {
  return db.select().from(citations).where(eq(citations.documentId, documentId));
}

/**
 * Checks every stored citation of a document against its pages as they stand now (after the
 * document was read again): each is `holds` when its quote stands on its page exactly, else
 * `broken` with the reason. Answers how many no longer hold.
 */
export async function reverifyCitations(db: Db, documentId: number): Promise<number> {
  const stored = await citationsOf(db, documentId);
  let broken = 0;
  for (const c of stored) {
    const [page] = await db.select({ text: pages.text }).from(pages).where(and(eq(pages.documentId, documentId), eq(pages.page, c.page)));
    const m = page ? findQuote(page.text, c.quote) : undefined;
    const problem = !page ? `page ${c.page} no longer exists in this document` : m && !m.found ? notFoundMessage(m) : null;
    if (problem) broken++;
    await db
      .update(citations)
      .set({ status: problem ? 'broken' : 'holds', problem, checkedAt: sql`now()` })
      .where(eq(citations.id, c.id));
  }
  return broken;
}

/** Stored citations, those that no longer hold first, then the newest; with the total. */
/** Stored citations, broken first; `access`: only those of documents it reads (store/access.ts). */
export async function listCitations(db: Db, f: { status?: CitationStatus | undefined; offset?: number; limit?: number; access?: Access } = {}): Promise<{ total: number; citations: CitationWithDocument[] }> {
  const where = and(f.status ? eq(citations.status, f.status) : undefined, f.access ? readableWhere(f.access) : undefined);
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(citations).innerJoin(documents, eq(documents.id, citations.documentId)).where(where);
  const rows = await db
    .select({ citation: citations, sha256: documents.sha256, filename: documents.filename, collection: documents.collection })
    .from(citations)
    .innerJoin(documents, eq(documents.id, citations.documentId))
    .where(where)
    // 'broken' sorts before 'holds'.
    .orderBy(asc(citations.status), desc(citations.createdAt), asc(citations.id))
    .offset(f.offset ?? 0)
    .limit(f.limit ?? 50);
  return { total: Number(row?.n ?? 0), citations: rows };
}
