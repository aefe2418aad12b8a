// The extract stage: reads every stored page of a document, in page order, and stores the entities
// found with their offsets and, on OCR pages, the boxes of their words. Re-runnable for one document:
// it replaces the document's entities.
import type { NewEntity, Page, WordBox } from '../../schema/tables.js';
import type { Archive } from '../../store/archive.js';
import { getPages } from '../../store/documents.js';
import { replaceEntities } from '../../store/entities.js';
import { extractPage } from './extract.js';
import { newContext } from './types.js';

/** Boxes of the OCR words that overlap [start, end): what a viewer highlights. */
export function boxesFor(
  words: WordBox[] | null,
  start: number,
  end: number,
): Array<[number, number, number, number]> | null {
  if (!words) return null;
  const hit = words.filter(
    (w) => w.start !== undefined && w.end !== undefined && w.start < end && w.end > start,
  );
  return hit.length ? hit.map((w) => [w.x0, w.y0, w.x1, w.y1]) : null;
}

export function extractDocumentPages(
  pageRows: Pick<Page, 'page' | 'text' | 'words'>[],
): Omit<NewEntity, 'documentId'>[] {
  const ctx = newContext();
  const rows: Omit<NewEntity, 'documentId'>[] = [];
  for (const p of [...pageRows].sort((a, b) => a.page - b.page)) {
    for (const f of extractPage(p.text, ctx)) {
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
  return rows;
}

export async function extractEntities(archive: Archive, documentId: number): Promise<number> {
  const rows = extractDocumentPages(await getPages(archive.db, documentId));
  await replaceEntities(archive.db, documentId, rows);
  return rows.length;
}
