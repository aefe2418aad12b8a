// Search parameters from a request's query string, the same for the API and the search page.
// Empty values (a form's blank date fields) count as absent.
import type { Context } from 'hono';
import type { SearchParams } from '../search/query.js';

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
