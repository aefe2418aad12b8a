// The person mentions of one invented page as the people stage reads them (the extraction, then
// birth dates, passports and kin tied to each mention): shared by the people unit tests.
import { withBirthDates } from '../case/birth-dates.js';
import { extractDocumentPages } from '../ingest/extract/stage.js';
import type { WordBox } from '../schema/tables.js';

/** Page 1 of document 1 holding `text` (with its word boxes, for a table), read into mentions. */
export function pageMentions(text: string, words: WordBox[] | null = null) {
  const rows = extractDocumentPages([{ page: 1, text, words }]).map((e, i) => ({
    id: i + 1,
    documentId: 1,
    page: e.page,
    type: e.type,
    start: e.start ?? 0,
    end: e.end ?? 0,
    text: e.text,
    normalized: e.normalized,
    attributes: e.attributes ?? null,
  }));
  return withBirthDates(rows);
}
