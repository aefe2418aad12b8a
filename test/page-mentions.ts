// Invented pages for the unit tests: a table's text with its word boxes, and the person mentions of a
// page as the people stage reads them (the extraction, then birth dates, passports and kin tied to
// each mention), and the claims of a page.
import { withBirthDates } from '../case/birth-dates.js';
import { readClaims } from '../ingest/claims/read.js';
import { extractDocumentPages } from '../ingest/extract/document.js';
import type { WordBox } from '../schema/tables.js';

/** Page 1 of document 1 holding `text` (with its word boxes, for a table), read into mentions. */
export function pageMentions(text: string, words: WordBox[] | null = null) {
  return withBirthDates(mentionRows(text, words));
}

/**
 * The mention rows of page 1 of document `documentId` holding `text`, their ids counted on from
 * `firstId`, before the people stage's ties (birth dates, passports, kin).
 */
export function mentionRows(
  text: string,
  words: WordBox[] | null = null,
  documentId = 1,
  firstId = 1,
) {
  return extractDocumentPages([{ page: 1, text, words }]).map((e, i) => ({
    id: firstId + i,
    documentId,
    page: e.page,
    type: e.type,
    start: e.start ?? 0,
    end: e.end ?? 0,
    text: e.text,
    normalized: e.normalized,
    attributes: e.attributes ?? null,
  }));
}

/**
 * Page text and word boxes for rows of cells under `head` (running text without boxes): each cell at
 * its column's x in `xs`, 10 px a letter, rows 30 px apart, cells joined by single spaces.
 */
export function tablePage(
  rows: string[][],
  xs: number[],
  head = '',
): { text: string; words: WordBox[] } {
  const words: WordBox[] = [];
  let text = head;
  rows.forEach((row, r) => {
    if (r || head) text += '\n';
    row.forEach((cell, c) => {
      let x = xs[c]!;
      for (const w of cell.split(' ').filter(Boolean)) {
        if (!text.endsWith('\n') && text) text += ' ';
        words.push({
          x0: x,
          x1: x + w.length * 10,
          y0: r * 30,
          y1: r * 30 + 20,
          start: text.length,
          end: text.length + w.length,
          text: w,
          confidence: 95,
        });
        text += w;
        x += w.length * 10 + 10;
      }
    });
  });
  return { text, words };
}

/**
 * The claims of page 1 holding `text` (with its word boxes, for a table), and the page's entities by
 * id, as the claims stage reads them after extraction.
 */
export function pageClaims(text: string, words: WordBox[] | null = null) {
  const pages = [{ page: 1, text, words }];
  const entities = extractDocumentPages(pages).map((e, i) => ({
    ...e,
    id: i + 1,
    attributes: e.attributes ?? null,
  }));
  return {
    claims: readClaims(pages, entities),
    entities,
    byId: new Map(entities.map((e) => [e.id, e])),
  };
}

/** [kind, first person's normalized name, place, from, to, stance] of each claim of `pageClaims`. */
export function claimRows({ claims, byId }: ReturnType<typeof pageClaims>) {
  return claims.map((c) => [
    c.kind,
    byId.get(c.personIds[0]!)?.normalized,
    c.place,
    c.from,
    c.to,
    c.stance,
  ]);
}
