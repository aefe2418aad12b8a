// The reader registry: one reader per format, chosen by the media type detected at intake.
// A reader yields the document's pages one at a time, so a 2,000-page PDF never sits whole in memory.
import type { Limits } from '../../core/config.js';
import type { Attachment, PageMethod, PageStatus } from '../../schema/tables.js';

export interface ReadPage {
  page: number;
  status: PageStatus;
  method: PageMethod | null;
  decision: string;
  text: string;
  confidence: number | null;
  width: number | null;
  height: number | null;
  /** Why a `failed` page could not be read. */
  error?: string;
}

export interface OpenedDocument {
  pageCount: number;
  /** Files embedded in the document, for formats that carry them (PDF). */
  attachments?: Attachment[];
  pages(): AsyncIterable<ReadPage>;
  close(): Promise<void>;
}

export interface Reader {
  name: string;
  mediaTypes: readonly string[];
  open(file: string, limits: Limits): Promise<OpenedDocument>;
}

const registry = new Map<string, Reader>();

export function registerReader(reader: Reader): void {
  for (const type of reader.mediaTypes) registry.set(type, reader);
}

export function readerFor(mediaType: string): Reader | undefined {
  return registry.get(mediaType);
}
