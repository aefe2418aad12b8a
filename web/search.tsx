// The search page: query box, date range, facets with counts, hits with highlighted snippets.
import type { Identity } from '../store/accounts.js';
import type { SearchParams, SearchResponse } from '../search/query.js';
import { searchHitPath } from '../cite/citation.js';
import type { Person } from '../schema/tables.js';
import { Layout } from './layout.js';

const FACET_PARAM: Record<string, string> = { persons: 'person', places: 'place', organizations: 'organization', language: 'language', kind: 'kind', collection: 'collection' };

function withParam(params: SearchParams, name: string, value: string): string {
  const u = new URLSearchParams();
  if (params.q) u.set('q', params.q);
  for (const [k, list] of [['person', params.persons], ['place', params.places], ['organization', params.organizations], ['language', params.language], ['kind', params.kind], ['collection', params.collection]] as const) {
    for (const v of list ?? []) u.append(k, v);
  }
  if (params.from) u.set('from', params.from);
  if (params.to) u.set('to', params.to);
  if (name === 'year') {
    u.set('from', value);
    u.set('to', value);
  } else u.append(name, value);
  return `/?${u.toString()}`;
}

export function SearchPage(props: { user: Identity; params: SearchParams; response?: SearchResponse | undefined; error?: string | undefined; people?: Person[] }) {
  const { params, response } = props;
  return (
    <Layout title={params.q ? `“${params.q}”` : 'Search'} user={props.user}>
      <form method="get" action="/" class="search" role="search">
        <input name="q" value={params.q} placeholder="Name, place, words — in any script or spelling" aria-label="Search" autofocus />
        <label>
          from <input name="from" value={params.from ?? ''} placeholder="YYYY-MM-DD" size={10} />
        </label>
        <label>
          to <input name="to" value={params.to ?? ''} placeholder="YYYY-MM-DD" size={10} />
        </label>
        <button type="submit">Search</button>
      </form>
      {props.error ? <p class="error" role="alert">{props.error}</p> : null}
      {props.people?.length ? (
        <section class="people-hits" aria-label="People">
          People:{' '}
          {props.people.map((p, i) => (
            <>
              {i ? ' · ' : ''}
              <a href={`/people/${encodeURIComponent(p.key)}`}>{p.name}</a> <span class="count">({p.variants.length} spellings)</span>
            </>
          ))}
        </section>
      ) : null}
      {response ? (
        <div class="results">
          <aside class="facets" aria-label="Filters">
            {Object.entries(response.facets).map(([facet, counts]) =>
              Object.keys(counts).length ? (
                <section>
                  <h2>{facet}</h2>
                  <ul>
                    {Object.entries(counts)
                      .sort((a, b) => b[1] - a[1])
                      .slice(0, 12)
                      .map(([value, n]) => (
                        <li>
                          <a href={withParam(params, facet === 'years' ? 'year' : (FACET_PARAM[facet] ?? facet), value)}>{value}</a> <span class="count">{n}</span>
                        </li>
                      ))}
                  </ul>
                </section>
              ) : null,
            )}
          </aside>
          <section class="hits" aria-label="Results">
            <p class="total">
              {response.total} page{response.total === 1 ? '' : 's'}
            </p>
            <ol>
              {response.hits.map((h) => (
                <li class="hit">
                  <a class="title" href={searchHitPath(h.sha256, h.page, params.q)}>
                    {h.filename}, page {h.page}
                  </a>
                  <p class="snippet">{h.snippet.map((s) => (s.match ? <mark>{s.text}</mark> : s.text))}</p>
                  <p class="names">{[...h.persons, ...h.places].slice(0, 8).join(' · ')}</p>
                </li>
              ))}
            </ol>
          </section>
        </div>
      ) : null}
    </Layout>
  );
}
