// Search parameters from a request's query string, the same for the API and the search page.
// Empty values (a form's blank date fields) count as absent.
import type { Context } from 'hono';
import type { SearchParams } from '../search/query.js';

/**
 * A row id or page number from a path parameter or a body field: digits only, or undefined (the
 * route then answers 404). Number() alone would take "1e3", " 1" and "0x10", and NaN reaches SQL.
 */
export function positiveInt(value: unknown): number | undefined {
  const s = typeof value === 'number' ? String(value) : value;
  if (typeof s !== 'string' || !/^[1-9][0-9]{0,14}$/.test(s)) return undefined;
  return Number(s);
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
