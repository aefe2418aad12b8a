// Entities of a whole document from its pages' text and words: a pure function of the pages, run in
// the extraction threads (ingest/page-threads.ts) and by the evaluation scripts.
import { boxesFor } from '../../core/word-boxes.js';
import type { NewEntity, Page } from '../../schema/tables.js';
import { extractInChunks } from './chunks.js';
import { extractPage } from './extract.js';
import { kinshipMentions } from './kinship.js';
import { linkShortForms } from './organization-short-forms.js';
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
