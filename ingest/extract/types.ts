// What every entity extractor returns: a typed span of a page's text and its normalized value.
type EntityType = 'date' | 'person' | 'place' | 'organization' | 'passport';

export interface Found {
  type: EntityType;
  /** The surface form, exactly as it stands in the page text. */
  text: string;
  /**
   * date: ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; person: given names then family name in Latin script;
   * place: common English name; organization: English name; passport: `ISSUER:NUMBER`.
   */
  normalized: string;
  /** Character offsets into the page text. */
  start: number;
  end: number;
  attributes?: Record<string, unknown>;
}

/** An entity as the extract stage stores it, on its page (later stages read these rows). */
export interface EntityRow {
  page: number;
  type: string;
  text: string;
  normalized: string;
  start: number;
  end: number;
  attributes?: Record<string, unknown> | null;
}

/** What extractors learn from earlier pages of the same document (read in page order). */
export interface DocumentContext {
  /** The year of the last full date seen, for dates written without one ("22 March", "в ноябре"). */
  lastYear?: number;
  /** Persons found so far, by folded family name, to resolve later short mentions. */
  persons: Map<string, string>;
  /** Issuing countries (ISO alpha-3) mentioned so far, for passport numbers in running text. */
  countries: string[];
  /** The citizenship the document states ("гражданка Республики Таджикистан"), ISO alpha-3. */
  citizenship?: string;
}

export function newContext(): DocumentContext {
  return { persons: new Map(), countries: [] };
}
