// Parameters from requests, the same for the API and the web pages: ids from paths, and search
// parameters from a query string, where empty values (a form's blank date fields) count as absent.
import type { Context } from 'hono';
import type { SearchParams } from '../search/query.js';
import { getDocument } from '../store/documents.js';
import type { Db } from '../store/db.js';
import { DOCUMENT_STATUSES, type Document, type DocumentStatus } from '../schema/tables.js';
import { InputError } from '../core/errors.js';

/**
 * A row id from a path parameter or a body field: digits only, or undefined (the route then answers
 * 404). Number() alone would take "1e3", " 1" and "0x10", and NaN reaches SQL.
 */
export function positiveInt(value: unknown): number | undefined {
  const s = typeof value === 'number' ? String(value) : value;
  if (typeof s !== 'string' || !/^[1-9][0-9]{0,14}$/.test(s)) return undefined;
  return Number(s);
}

/** The largest value of the database's `integer` columns, which page numbers are: 2^31 − 1. */
const MAX_PAGE = 2_147_483_647;

/**
 * A page number, as positiveInt; a number past the database's integers would make the query itself
 * fail (a 500), so it names no page either.
 */
export function pageNumber(value: unknown): number | undefined {
  const n = positiveInt(value);
  return n !== undefined && n <= MAX_PAGE ? n : undefined;
}

/** The document a route's `:id` names; undefined for an id that is not one (the route answers 404). */
export async function documentParam(c: Context, db: Db): Promise<Document | undefined> {
  const id = positiveInt(c.req.param('id'));
  return id === undefined ? undefined : getDocument(db, id);
}

export function searchParamsOf(c: Context): SearchParams {
  const all = (name: string) => {
    const values = (c.req.queries(name) ?? []).filter((v) => v !== '');
    return values.length ? values : undefined;
  };
  const one = (name: string) => c.req.query(name) || undefined;
  const num = (name: string) => (one(name) === undefined ? undefined : Number(one(name)));
  return {
    q: c.req.query('q') ?? '',
    persons: all('person'),
    places: all('place'),
    organizations: all('organization'),
    from: one('from'),
    to: one('to'),
    collection: all('collection'),
    language: all('language'),
    kind: all('kind'),
    offset: num('offset'),
    limit: num('limit'),
  };
}

/** A query parameter that is a whole number (up to 9 digits), or `fallback` when absent; else an InputError (400). */
export function wholeQuery(c: Context, name: string, fallback: number): number {
  const v = c.req.query(name);
  if (v === undefined || v === '') return fallback;
  if (!/^[0-9]{1,9}$/.test(v)) throw new InputError(`"${name}" is not a whole number`);
  return Number(v);
}

/** The document list's filters and page from a query string; a malformed one is an InputError (400). */
export function documentListParams(c: Context): { collection?: string; status?: DocumentStatus; offset: number; limit: number } {
  const collection = c.req.query('collection') || undefined;
  // PostgreSQL text holds no NUL, and no collection name is that long: a 400, not a database error.
  if (collection !== undefined && (collection.includes('\u0000') || collection.length > 500)) throw new InputError('"collection" is not a collection name');
  const status = c.req.query('status') || undefined;
  if (status !== undefined && !(DOCUMENT_STATUSES as readonly string[]).includes(status)) throw new InputError(`"status" is one of ${DOCUMENT_STATUSES.join(', ')}`);
  const whole = (name: string, fallback: number) => wholeQuery(c, name, fallback);
  const limit = Math.min(200, Math.max(1, whole('limit', 50 /* LIST_LIMIT of web/documents.tsx */)));
  return { ...(collection ? { collection } : {}), ...(status ? { status: status as DocumentStatus } : {}), offset: whole('offset', 0), limit };
}

/** What the API and the web pages tell about a document in lists. */
export function documentSummary(d: Document) {
  return {
    id: d.id,
    filename: d.filename,
    sha256: d.sha256,
    mediaType: d.mediaType,
    size: d.size,
    status: d.status,
    error: d.error,
    pagesDone: d.pagesDone,
    pageCount: d.pageCount,
    collection: d.collection,
    ingestedAt: d.ingestedAt,
  };
}

/** A request's JSON body as an object; anything else (no body, malformed JSON, an array or a scalar) is {}. */
export async function jsonBody(c: Context): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await c.req.json();
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
