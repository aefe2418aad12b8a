// Every stored citation, those that no longer hold first (their document was read again and the
// quote is not on its page any more), each with its short link, document, page and quote.
import type { CitationWithDocument } from '../cite/stored.js';
import type { CitationStatus } from '../schema/tables.js';
import type { Identity } from '../store/accounts.js';
import { docPath } from './documents.js';
import { Layout } from './layout.js';

function listUrl(status: CitationStatus | undefined, offset: number, limit: number): string {
  const u = new URLSearchParams();
  if (status) u.set('status', status);
  if (offset) u.set('offset', String(offset));
  if (limit !== 50) u.set('limit', String(limit));
  const s = u.toString();
  return s ? `/citations?${s}` : '/citations';
}

export function CitationsPage(d: {
  user: Identity;
  citations: CitationWithDocument[];
  total: number;
  offset: number;
  limit: number;
  status?: CitationStatus | undefined;
}) {
  const to = d.offset + d.citations.length;
  return (
    <Layout title="Citations" user={d.user}>
      <h1>Citations</h1>
      <nav class="filters" aria-label="Filter citations">
        <a href="/citations" aria-current={d.status ? undefined : 'page'}>
          All
        </a>{' '}
        ·{' '}
        <a
          href="/citations?status=broken"
          aria-current={d.status === 'broken' ? 'page' : undefined}
        >
          No longer holding
        </a>{' '}
        ·{' '}
        <a href="/citations?status=holds" aria-current={d.status === 'holds' ? 'page' : undefined}>
          Holding
        </a>
      </nav>
      <p class="total">
        {d.total
          ? `Citations ${d.offset + 1}–${to} of ${d.total}`
          : 'No citations' + (d.status ? ' with this status.' : ' yet.')}
      </p>
      {d.citations.length ? (
        <table class="documents-table citations-table">
          <thead>
            <tr>
              <th>Citation</th>
              <th>Status</th>
              <th>Quote</th>
              <th>Document</th>
              <th>Made</th>
            </tr>
          </thead>
          <tbody>
            {d.citations.map(({ citation: c, sha256, filename }) => (
              <tr data-status={c.status}>
                <td>
                  <a class="citation-id" href={`/c/${c.id}`}>
                    {c.id}
                  </a>
                </td>
                <td class="citation-state">
                  <span class={`status ${c.status === 'holds' ? 'done' : 'failed'}`}>
                    {c.status === 'holds' ? 'holds' : 'no longer holds'}
                  </span>
                  {c.problem ? <span class="doc-error">: {c.problem}</span> : null}
                </td>
                <td>
                  <q>{c.quote.length > 200 ? `${c.quote.slice(0, 200)}…` : c.quote}</q>
                </td>
                <td>
                  <a href={docPath(sha256)}>{filename}</a>, p. {c.page}
                </td>
                <td>
                  <time datetime={c.createdAt.toISOString()}>
                    {c.createdAt.toISOString().slice(0, 10)}
                  </time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <nav class="pager" aria-label="Pages of citations">
        {d.offset > 0 ? (
          <a href={listUrl(d.status, Math.max(0, d.offset - d.limit), d.limit)} rel="prev">
            ← Previous
          </a>
        ) : null}
        {to < d.total ? (
          <a href={listUrl(d.status, to, d.limit)} rel="next">
            Next →
          </a>
        ) : null}
      </nav>
    </Layout>
  );
}
