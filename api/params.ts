// Parameters from requests, the same for the API and the web pages: ids from paths, and search
// parameters from a query string, where empty values (a form's blank date fields) count as absent.
import type { Context } from 'hono';
import type { SearchParams } from '../search/query.js';
import { getDocument } from '../store/documents.js';
import type { Db } from '../store/db.js';
import type { Document } from '../schema/tables.js';

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
