// The extract stage: reads every stored page of a document, in page order, and stores the entities
// found with their offsets and, on OCR pages, the boxes of their words. Re-runnable for one document:
// it replaces the document's entities.
import { boxesFor } from '../../core/word-boxes.js';
import type { NewEntity, Page } from '../../schema/tables.js';
import type { Archive } from '../../store/archive.js';
import { getDocument, getPages } from '../../store/documents.js';
import { replaceEntities } from '../../store/entities.js';
import { textLayerWords } from '../text/pdf.js';
import { extractInChunks } from './chunks.js';
import { extractPage } from './extract.js';
import { kinshipMentions } from './kinship.js';
import { linkShortForms } from './organization-short-forms.js';
import { rememberPerson } from './persons.js';
import { findTableRecords, mayHoldTable } from './tables.js';
import { newContext } from './types.js';

export function extractDocumentPages(
  pageRows: Pick<Page, 'page' | 'text' | 'words'>[],
): Omit<NewEntity, 'documentId'>[] {
  const ctx = newContext();
  const rows: Omit<NewEntity, 'documentId'>[] = [];
  for (const p of [...pageRows].sort((a, b) => a.page - b.page)) {
    // Table records first: their persons are known to the running text's short mentions after them.
    const records = findTableRecords(p.text, p.words);
    for (const r of records) if (r.type === 'person') rememberPerson(ctx, r.normalized);
    const found = [
      ...records,
      // A long page piece by piece (chunks.ts): memory stays that of an ordinary page.
      ...extractInChunks(p.text, ctx, extractPage).filter(
        (f) => !records.some((r) => r.type === f.type && r.start < f.end && f.start < r.end),
      ),
    ].sort((a, b) => a.start - b.start || a.end - b.end);
    for (const f of found) {
      rows.push({
        page: p.page,
        type: f.type,
        text: f.text,
        normalized: f.normalized,
        start: f.start,
        end: f.end,
        boxes: boxesFor(p.words, f.start, f.end),
        attributes: f.attributes ?? null,
      });
    }
  }
  // "The Migration Department" after "the Migration Department of X": the whole document's names.
  linkShortForms(rows);
  // Relatives the writer names by a kinship noun and a given name: only the whole document says
  // who its writer is (a letter's signature comes last).
  const sorted = [...pageRows].sort((a, b) => a.page - b.page);
  const kin = kinshipMentions(sorted, rows);
  if (!kin.add.length) return rows;
  const words = new Map(sorted.map((p) => [p.page, p.words]));
  return [
    ...rows.filter((r) => !kin.replace.has(r)),
    ...kin.add.map((k) => ({
      page: k.page,
      type: 'person' as const,
      text: k.text,
      normalized: k.normalized,
      start: k.start,
      end: k.end,
      boxes: boxesFor(words.get(k.page) ?? null, k.start, k.end),
      attributes: k.attributes,
    })),
  ].sort((a, b) => a.page - b.page || a.start - b.start || a.end - b.end);
}

export async function extractEntities(archive: Archive, documentId: number): Promise<number> {
  const rows = extractDocumentPages(await withTableWords(archive, documentId));
  await replaceEntities(archive.db, documentId, rows);
  return rows.length;
}

/**
 * A document's pages, a text-layer page that may hold a record table (a line with a name or
 * document column's label) with the boxes of its words read again from the PDF: a text layer's words
 * are not stored (the viewer reads them when it draws), yet a table's columns are only seen in their
 * positions. A page whose layer no longer gives its text, or a PDF that fails to open, keeps none.
 */
async function withTableWords(
  archive: Archive,
  documentId: number,
): Promise<Awaited<ReturnType<typeof getPages>>> {
  const pages = await getPages(archive.db, documentId);
  const wanting = pages.filter(
    (p) => p.method === 'text-layer' && !p.words?.length && mayHoldTable(p.text),
  );
  if (!wanting.length) return pages;
  const doc = await getDocument(archive.db, documentId);
  if (!doc) return pages;
  const words = new Map<number, NonNullable<Page['words']>>();
  for (const p of wanting) {
    const placed = await textLayerWords(archive, doc.sha256, p.page, p.text).catch(() => null);
    // A text layer's words are as certain as its text.
    if (placed?.length)
      words.set(
        p.page,
        placed.map((w) => ({ ...w, text: p.text.slice(w.start, w.end), confidence: 1 })),
      );
  }
  return pages.map((p) => (words.has(p.page) ? { ...p, words: words.get(p.page)! } : p));
}
