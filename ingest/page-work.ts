// The work on a document's text whose cost grows with its pages (entity extraction, reading claims,
// choosing a long page's languages), run inside the threads of page-threads.ts, where a page that
// needs too much memory ends its thread and never stalls or ends the server. Pure functions of what
// the stages read from the store.
import { isMainThread } from 'node:worker_threads';
import { logThreadMemory } from '../core/memory-debug.js';
import type { Entity, NewEntity, Page } from '../schema/tables.js';
import { readClaims, type ClaimFound } from './claims/read.js';
import { extractDocumentPages } from './extract/document.js';
import { chooseLanguages, type LanguageChoice } from './ocr/language-id.js';

export type PageRow = Pick<Page, 'page' | 'text' | 'words'>;
export type EntityRow = Omit<NewEntity, 'documentId'>;

function logged<T>(value: T): T {
  if (!isMainThread) logThreadMemory('extraction thread');
  return value;
}

/** The entities of a document's pages. */
export function extract(pages: PageRow[]): EntityRow[] {
  return logged(extractDocumentPages(pages));
}

/** The claims of a document's pages and stored entities. */
export function claims(task: { pages: PageRow[]; entities: Entity[] }): ClaimFound[] {
  return logged(readClaims(task.pages, task.entities));
}

/** The languages of a page's text. */
export function languages(text: string): LanguageChoice {
  return chooseLanguages(text);
}

/** Builds the extractors' tables (gazetteer, name lists) before the first document needs them. */
export function warm(): null {
  extractDocumentPages([
    { page: 1, text: 'Warm-up: Dilbar Saidova, Kulob, 1 March 2019.', words: null },
  ]);
  return null;
}
