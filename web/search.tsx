// The search page: query box, date range, the active filters as removable chips (kept in the URL,
// and so across searches), facets with page counts, and the results grouped by document (each
// document once, its best matching pages under it), a page of documents at a time.
import type { Identity } from '../store/accounts.js';
import type { DocumentSearchResponse, SearchParams, SearchSort } from '../search/query.js';
import { searchHitPath } from '../cite/citation.js';
import type { Person } from '../schema/tables.js';
import { docPath } from './documents.js';
import { searchQueryString } from '../http/params.js';
import { counted } from './counted.js';
import { Layout } from './layout.js';
import { ExportLinks } from './export-links.js';

/** URL parameter of each list filter, and the facet it comes from. */
const LIST_FILTERS = [
  ['person', 'persons', 'person'],
  ['place', 'places', 'place'],
  ['organization', 'organizations', 'organization'],
  ['collection', 'collection', 'collection'],
  ['language', 'language', 'language'],
  ['kind', 'kind', 'kind'],
] as const;
type ListParam = (typeof LIST_FILTERS)[number][0];
const FACET_PARAM: Record<string, ListParam> = Object.fromEntries(
  LIST_FILTERS.map(([param, facet]) => [facet, param]),
);

function listOf(params: SearchParams, param: ListParam): string[] {
  const key = LIST_FILTERS.find((f) => f[0] === param)![1];
  return params[key] ?? [];
}

/** The orders a search can be sorted in, as the form offers them. */
const SORTS: Array<[SearchSort, string]> = [
  ['relevance', 'by relevance'],
  ['date-desc', 'by date, newest first'],
  ['date-asc', 'by date, oldest first'],
];

type Change = { add?: [string, string]; remove?: [string, string]; offset?: number };

/** The search URL for these parameters with one change; any change of filters starts at the first page. */
export function searchUrl(params: SearchParams, change: Change = {}): string {
  const next: SearchParams = { ...params, offset: change.offset || undefined };
  const lists = Object.fromEntries(
    LIST_FILTERS.map(([param, key]) => [key, [...listOf(params, param)]]),
  ) as Record<(typeof LIST_FILTERS)[number][1], string[]>;
  if (change.remove) {
    const [name, value] = change.remove;
    if (name === 'from' || name === 'to') next[name] = undefined;
    const filter = LIST_FILTERS.find((f) => f[0] === name);
    if (filter) lists[filter[1]] = lists[filter[1]].filter((v) => v !== value);
  }
  if (change.add) {
    const [name, value] = change.add;
    const filter = LIST_FILTERS.find((f) => f[0] === name);
    if (name === 'year') {
      next.from = value;
      next.to = value;
    } else if (name === 'from' || name === 'to') next[name] = value;
    else if (filter && !lists[filter[1]].includes(value)) lists[filter[1]].push(value);
  }
  for (const [key, values] of Object.entries(lists))
    next[key as keyof typeof lists] = values.length ? values : undefined;
  // The defaults are left out of the URL.
  if (next.limit === 10) next.limit = undefined;
  if (next.sort === 'relevance') next.sort = undefined;
  const s = searchQueryString(next).toString();
  return s ? `/?${s}` : '/';
}

/** Every active filter, each with the URL that removes it. */
function chipsOf(params: SearchParams): Array<{ label: string; value: string; remove: string }> {
  const chips: Array<{ label: string; value: string; remove: string }> = [];
  for (const [param] of LIST_FILTERS)
    for (const v of listOf(params, param))
      chips.push({ label: param, value: v, remove: searchUrl(params, { remove: [param, v] }) });
  if (params.from)
    chips.push({
      label: 'from',
      value: params.from,
      remove: searchUrl(params, { remove: ['from', ''] }),
    });
  if (params.to)
    chips.push({
      label: 'to',
      value: params.to,
      remove: searchUrl(params, { remove: ['to', ''] }),
    });
  return chips;
}

function Pager(props: { params: SearchParams; response: DocumentSearchResponse }) {
  const { response: r } = props;
  const pages = Math.ceil(r.totalDocuments / r.limit);
  if (pages <= 1) return null;
  const current = Math.floor(r.offset / r.limit);
  const shown = [
    ...new Set([0, current - 2, current - 1, current, current + 1, current + 2, pages - 1]),
  ]
    .filter((n) => n >= 0 && n < pages)
    .sort((a, b) => a - b);
  return (
    <nav class="pager" aria-label="Result pages">
      {current > 0 ? (
        <a href={searchUrl(props.params, { offset: (current - 1) * r.limit })} rel="prev">
          ← Previous
        </a>
      ) : null}
      {shown.map((n, i) => (
        <>
          {i > 0 && n - shown[i - 1]! > 1 ? <span>…</span> : null}
          {n === current ? (
            <strong aria-current="page">{n + 1}</strong>
          ) : (
            <a href={searchUrl(props.params, { offset: n * r.limit })}>{n + 1}</a>
          )}
        </>
      ))}
      {current < pages - 1 ? (
        <a href={searchUrl(props.params, { offset: (current + 1) * r.limit })} rel="next">
          Next →
        </a>
      ) : null}
    </nav>
  );
}

export function SearchPage(props: {
  user: Identity;
  params: SearchParams;
  response?: DocumentSearchResponse | undefined;
  error?: string | undefined;
  people?: Person[];
}) {
  const { params, response } = props;
  const chips = chipsOf(params);
  const active = (param: string, value: string) =>
    param === 'year'
      ? params.from === value && params.to === value
      : listOf(params, param as ListParam).includes(value);
  return (
    <Layout title={params.q ? `“${params.q}”` : 'Search'} user={props.user}>
      <form method="get" action="/" class="search" role="search">
        <input
          name="q"
          value={params.q}
          placeholder="Name, place, words — in any script or spelling"
          aria-label="Search"
          autofocus
        />
        <label>
          from <input name="from" value={params.from ?? ''} placeholder="YYYY-MM-DD" size={10} />
        </label>
        <label>
          to <input name="to" value={params.to ?? ''} placeholder="YYYY-MM-DD" size={10} />
        </label>
        {/* The active filters go along with the next search. */}
        {LIST_FILTERS.flatMap(([param]) =>
          listOf(params, param).map((v) => <input type="hidden" name={param} value={v} />),
        )}
        <label>
          sort{' '}
          <select name="sort" aria-label="Sort">
            {SORTS.map(([value, label]) => (
              <option value={value} selected={(params.sort ?? 'relevance') === value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {params.limit && params.limit !== 10 ? (
          <input type="hidden" name="limit" value={String(params.limit)} />
        ) : null}
        <button type="submit">Search</button>
      </form>
      {chips.length ? (
        <section class="chips" aria-label="Active filters">
          Filters:{' '}
          {chips.map((c) => (
            <span class="chip">
              <span class="chip-label">{c.label}:</span> {c.value}{' '}
              <a
                href={c.remove}
                class="chip-remove"
                aria-label={`Remove filter ${c.label} ${c.value}`}
                title="Remove this filter"
              >
                ×
              </a>
            </span>
          ))}
          {chips.length > 1 ? (
            <a href={params.q ? `/?q=${encodeURIComponent(params.q)}` : '/'} class="clear">
              Clear all
            </a>
          ) : null}
        </section>
      ) : null}
      {props.error ? (
        <p class="error" role="alert">
          {props.error}
        </p>
      ) : null}
      {props.people?.length ? (
        <section class="people-hits" aria-label="People">
          People:{' '}
          {props.people.map((p, i) => (
            <>
              {i ? ' · ' : ''}
              <a href={`/people/${encodeURIComponent(p.key)}`}>{p.name}</a>{' '}
              <span class="count">({counted(p.variants.length, 'spelling')})</span>
            </>
          ))}
        </section>
      ) : null}
      {response ? (
        <div class="results">
          <aside class="facets" aria-label="Filters">
            {Object.entries(response.facets).map(([facet, counts]) => {
              const param = facet === 'years' ? 'year' : (FACET_PARAM[facet] ?? facet);
              return Object.keys(counts).length ? (
                <section>
                  <h2>{facet}</h2>
                  <ul>
                    {Object.entries(counts)
                      .sort((a, b) => b[1] - a[1])
                      .slice(0, 12)
                      .map(([value, n]) => (
                        <li class={active(param, value) ? 'active' : undefined}>
                          {active(param, value) ? (
                            <a
                              href={
                                param === 'year'
                                  ? searchUrl(searchUrlParams(params, ['from', 'to']))
                                  : searchUrl(params, { remove: [param, value] })
                              }
                              title="Remove this filter"
                            >
                              ✓ {value}
                            </a>
                          ) : (
                            <a href={searchUrl(params, { add: [param, value] })}>{value}</a>
                          )}{' '}
                          <span class="count">{n}</span>
                        </li>
                      ))}
                  </ul>
                </section>
              ) : null;
            })}
          </aside>
          <section class="hits" aria-label="Results">
            <p class="total">
              {counted(response.totalDocuments, 'document')},{' '}
              {counted(response.total, 'matching page')}
              {response.totalDocuments > response.limit
                ? ` · documents ${response.offset + 1}–${response.offset + response.documents.length}`
                : ''}
            </p>
            {response.total > 0 ? <ExportLinks user={props.user} params={params} /> : null}
            <ol class="doc-hits">
              {response.documents.map((d) => (
                <li class="doc-hit">
                  <h3>
                    <a
                      class="doc-title"
                      href={searchHitPath(d.sha256, d.pages[0]?.page ?? 1, params.q)}
                    >
                      {d.filename}
                    </a>{' '}
                    <span class="count">{counted(d.matchingPages, 'matching page')}</span>{' '}
                    <a class="all-pages" href={docPath(d.sha256)}>
                      all pages
                    </a>
                  </h3>
                  <ol class="page-hits">
                    {d.pages.map((h) => (
                      <li class="hit">
                        <a class="title" href={searchHitPath(h.sha256, h.page, params.q)}>
                          Page {h.page}
                        </a>
                        <p class="snippet">
                          {h.snippet.map((s) => (s.match ? <mark>{s.text}</mark> : s.text))}
                        </p>
                        <p class="names">{[...h.persons, ...h.places].slice(0, 8).join(' · ')}</p>
                      </li>
                    ))}
                  </ol>
                  {d.matchingPages > d.pages.length ? (
                    <p class="more count">
                      and {counted(d.matchingPages - d.pages.length, 'more matching page')} in this
                      document
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
            <Pager params={params} response={response} />
          </section>
        </div>
      ) : null}
    </Layout>
  );
}

/** The parameters without some of their fields. */
function searchUrlParams(params: SearchParams, drop: Array<'from' | 'to'>): SearchParams {
  const out = { ...params };
  for (const d of drop) delete out[d];
  return out;
}
