// searchQueryString is the inverse of searchParams: search parameters written as a query string (by
// the CLI's `search --server` and the web's links) read back as the same search.
import { describe, expect, it } from 'vitest';
import type { SearchParams } from '../search/query.js';
import { searchParams, searchQuery, searchQueryString } from './params.js';

/** A query string's values as the request validator receives them: a string, or an array when repeated. */
function asRequest(u: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(u.keys())) {
    const values = u.getAll(key);
    out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

const roundTrip = (p: SearchParams) =>
  searchParams(searchQuery.parse(asRequest(new URLSearchParams(searchQueryString(p).toString()))));

describe('searchQueryString', () => {
  it.each<[string, SearchParams]>([
    ['a bare query', { q: 'Wiśniewska' }],
    ['no query at all', { q: '' }],
    [
      'every list, repeated values, and characters a URL must escape',
      {
        q: 'Тарасенко & "Hofmann" 50%',
        persons: ['Олена Тарасенко', 'Grégoire Lemaître'],
        places: ['Łódź', 'São Tomé'],
        organizations: ['Zeeland & Zonen B.V.'],
        collection: ['desk one', 'desk#two'],
        language: ['uk', 'pl'],
        kind: ['pdf', 'image'],
      },
    ],
    [
      'dates, a page and an order',
      {
        q: 'Kowalczyk',
        from: '2019-03',
        to: '2021-11-30',
        offset: 40,
        limit: 20,
        sort: 'date-asc',
      },
    ],
    ['a single value in a list', { q: 'x', persons: ['Jansen'], kind: ['text'] }],
  ])('%s reads back as the same search', (_, params) => {
    const expected: SearchParams = {
      persons: undefined,
      places: undefined,
      organizations: undefined,
      from: undefined,
      to: undefined,
      collection: undefined,
      language: undefined,
      kind: undefined,
      offset: undefined,
      limit: undefined,
      sort: undefined,
      ...params,
    };
    expect(roundTrip(params)).toEqual(expected);
  });

  it('leaves out absent values and empty lists', () => {
    expect(searchQueryString({ q: '', persons: [], from: undefined }).toString()).toBe('');
    expect(searchQueryString({ q: 'Brandt', kind: ['pdf', 'text'] }).toString()).toBe(
      'q=Brandt&kind=pdf&kind=text',
    );
  });
});
