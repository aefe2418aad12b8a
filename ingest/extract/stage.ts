// The extract stage: reads every stored page of a document, in page order, and stores the entities
// found with their offsets and, on OCR pages, the boxes of their words. Re-runnable for one document:
// it replaces the document's entities.
import { boxesFor } from '../../core/word-boxes.js';
import type { NewEntity, Page } from '../../schema/tables.js';
import type { Archive } from '../../store/archive.js';
import { getPages } from '../../store/documents.js';
import { replaceEntities } from '../../store/entities.js';
import { extractPage } from './extract.js';
import { kinshipMentions } from './kinship.js';
import { rememberPerson } from './persons.js';
import { findTableRecords } from './tables.js';
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
      ...extractPage(p.text, ctx).filter(
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
  const rows = extractDocumentPages(await getPages(archive.db, documentId));
  await replaceEntities(archive.db, documentId, rows);
  return rows.length;
}
