// The archive's documents: a table of every document (newest first) with its processing status and
// progress, filtered by collection and status, a page at a time; and a document's own page listing
// its pages. Rows still being processed follow their document (documents.js).
import type { Identity } from '../store/accounts.js';
import { DOCUMENT_KINDS } from '../store/documents.js';
import { PAGE_LANGUAGES } from '../schema/languages.js';
import {
  DOCUMENT_STATUSES,
  type Document,
  type DocumentStatus,
  type StoredCitation,
} from '../schema/tables.js';
import { Layout } from './layout.js';
import { Thumbnails } from './thumbnails.js';
import { counted } from './counted.js';

export const docPath = (sha256: string) => `/d/${sha256.slice(0, 16)}`;
const pagePath = (sha256: string, page: number) => `/d/${sha256.slice(0, 16)}/p/${page}`;

export interface DocumentsData {
  user: Identity;
  documents: Document[];
  total: number;
  offset: number;
  limit: number;
  collection?: string | undefined;
  status?: DocumentStatus | undefined;
  kind?: string | undefined;
  language?: string | undefined;
  addedFrom?: string | undefined;
  addedTo?: string | undefined;
  sort?: string | undefined;
  collections: Array<{ collection: string | null; documents: number }>;
}

const LIST_LIMIT = 50;

/** The list's filters, in the order the form has them (URL parameter, field of the data). */
const LIST_PARAMS = [
  ['collection', 'collection'],
  ['status', 'status'],
  ['kind', 'kind'],
  ['language', 'language'],
  ['added_from', 'addedFrom'],
  ['added_to', 'addedTo'],
  ['sort', 'sort'],
] as const;

function listUrl(d: DocumentsData, offset: number): string {
  const u = new URLSearchParams();
  for (const [param, field] of LIST_PARAMS) {
    const v = d[field];
    if (v) u.set(param, v);
  }
  if (offset) u.set('offset', String(offset));
  if (d.limit !== LIST_LIMIT) u.set('limit', String(d.limit));
  const s = u.toString();
  return s ? `/documents?${s}` : '/documents';
}

export function Progress(props: { doc: Document }) {
  const d = props.doc;
  const total = d.pageCount ?? 0;
  return (
    <span class="progress-cell">
      <progress
        max={String(Math.max(total, 1))}
        value={String(d.status === 'done' ? Math.max(total, 1) : Math.min(d.pagesDone, total))}
      ></progress>{' '}
      <span class="pages">
        {total
          ? `${d.pagesDone} of ${counted(total, 'page')}`
          : d.status === 'queued'
            ? 'waiting'
            : '—'}
      </span>
    </span>
  );
}

export function StatusText(props: { doc: Pick<Document, 'status' | 'error'> }) {
  return (
    <>
      <span class={`status ${props.doc.status}`}>{props.doc.status}</span>
      {props.doc.error ? <span class="doc-error">: {props.doc.error}</span> : null}
    </>
  );
}

export function DocumentsPage(d: DocumentsData) {
  const from = d.total ? d.offset + 1 : 0;
  const to = d.offset + d.documents.length;
  const filtered = LIST_PARAMS.some(([param, field]) => param !== 'sort' && d[field]);
  return (
    <Layout title="Documents" user={d.user} scripts={['/static/documents.js']}>
      <h1>Documents</h1>
      <form method="get" action="/documents" class="filters" aria-label="Filter documents">
        <label>
          Collection{' '}
          <select name="collection">
            <option value="">all collections</option>
            {d.collections
              .filter((c) => c.collection !== null)
              .map((c) => (
                <option value={c.collection!} selected={c.collection === d.collection}>
                  {c.collection} ({c.documents})
                </option>
              ))}
          </select>
        </label>
        <label>
          Status{' '}
          <select name="status">
            <option value="">any status</option>
            {DOCUMENT_STATUSES.map((s) => (
              <option value={s} selected={s === d.status}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          Kind{' '}
          <select name="kind">
            <option value="">any kind</option>
            {DOCUMENT_KINDS.map((k) => (
              <option value={k} selected={k === d.kind}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <label>
          Language{' '}
          <select name="language">
            <option value="">any language</option>
            {PAGE_LANGUAGES.map(([code, name]) => (
              <option value={code} selected={code === d.language}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Added from <input type="date" name="added_from" value={d.addedFrom ?? ''} />
        </label>
        <label>
          to <input type="date" name="added_to" value={d.addedTo ?? ''} />
        </label>
        <label>
          Sort{' '}
          <select name="sort">
            {(
              [
                ['newest', 'newest first'],
                ['oldest', 'oldest first'],
                ['name', 'by file name'],
              ] as const
            ).map(([v, label]) => (
              <option value={v} selected={v === (d.sort ?? 'newest')}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {d.limit !== LIST_LIMIT ? (
          <input type="hidden" name="limit" value={String(d.limit)} />
        ) : null}
        <button type="submit">Filter</button>
        {filtered ? <a href="/documents">Clear filters</a> : null}
      </form>
      <p class="total">
        {d.total
          ? `Documents ${from}–${to} of ${d.total}`
          : 'No documents' + (filtered ? ' match these filters.' : ' yet.')}
      </p>
      {d.documents.length ? (
        <table class="documents-table">
          <thead>
            <tr>
              <th>File</th>
              <th>Status</th>
              <th>Processing</th>
              <th>Collection</th>
              <th>Uploaded</th>
              <th>SHA-256</th>
            </tr>
          </thead>
          <tbody>
            {d.documents.map((doc) => (
              <tr data-id={String(doc.id)} data-status={doc.status}>
                <td>
                  <a class="doc-link" href={docPath(doc.sha256)}>
                    {doc.filename}
                  </a>
                  <br />
                  <a
                    class="open-link"
                    href={pagePath(doc.sha256, 1)}
                    hidden={doc.status !== 'done' || !doc.pageCount}
                  >
                    Open page 1
                  </a>
                </td>
                <td class="status-cell">
                  <StatusText doc={doc} />
                </td>
                <td>
                  <Progress doc={doc} />
                </td>
                <td>{doc.collection ?? ''}</td>
                <td>
                  <time datetime={doc.ingestedAt.toISOString()}>
                    {doc.ingestedAt.toISOString().slice(0, 16).replace('T', ' ')}
                  </time>
                </td>
                <td>
                  <code title={doc.sha256}>{doc.sha256.slice(0, 12)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <nav class="pager" aria-label="Pages of documents">
        {d.offset > 0 ? (
          <a href={listUrl(d, Math.max(0, d.offset - d.limit))} rel="prev">
            ← Newer
          </a>
        ) : null}
        {to < d.total ? (
          <a href={listUrl(d, d.offset + d.limit)} rel="next">
            Older →
          </a>
        ) : null}
      </nav>
    </Layout>
  );
}

export interface DocumentPageData {
  user: Identity;
  doc: Document;
  /** The stored citations of the document (shown to whoever may read it). */
  citations?: StoredCitation[];
  /** The user may process it again (edit on its collection): the form is offered. */
  mayReprocess?: boolean;
  /** What a reprocess request just answered (an error, or that it is queued). */
  notice?: { error: boolean; text: string } | undefined;
  pages: Array<{
    page: number;
    status: string;
    method: string | null;
    language: string | null;
    confidence: number | null;
    error: string | null;
    start: string;
    chars: number;
  }>;
  /**
   * What the document names, by type (person, place, organization, date, passport): each value
   * once, with the pages it stands on and, for a person, the key of their page.
   */
  named?: Record<string, Array<{ value: string; pages: number[]; personKey: string | null }>>;
}

/** The document's entities by type: people link to their page, the rest to a search for them. */
function Named(props: { named: NonNullable<DocumentPageData['named']> }) {
  const types = Object.entries(props.named).filter(([, values]) => values.length > 0);
  if (!types.length) return null;
  return (
    <section class="named" aria-label="Named in this document">
      <h2>Named in this document</h2>
      {types.map(([type, values]) => (
        <section class={`named-${type}`}>
          <h3>{type === 'person' ? 'people' : `${type}s`}</h3>
          <ul>
            {values.map((v) => (
              <li>
                <a
                  href={
                    v.personKey
                      ? `/people/${encodeURIComponent(v.personKey)}`
                      : `/?q=${encodeURIComponent(v.value)}`
                  }
                >
                  {v.value}
                </a>{' '}
                <span class="count">
                  p. {v.pages.slice(0, 10).join(', ')}
                  {v.pages.length > 10 ? ', …' : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

export function DocumentPage(d: DocumentPageData) {
  const { doc } = d;
  return (
    <Layout title={doc.filename} user={d.user} scripts={['/static/documents.js']}>
      <article class="document" data-id={String(doc.id)} data-status={doc.status}>
        <h1>{doc.filename}</h1>
        <dl class="facts">
          <dt>Status</dt>
          <dd class="status-cell">
            <StatusText doc={doc} />
          </dd>
          <dt>Pages</dt>
          <dd>
            <Progress doc={doc} />
          </dd>
          <dt>Collection</dt>
          <dd>{doc.collection ?? '—'}</dd>
          <dt>Uploaded</dt>
          <dd>{doc.ingestedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC</dd>
          <dt>Type</dt>
          <dd>
            {doc.mediaType}, {doc.size} bytes
          </dd>
          <dt>SHA-256</dt>
          <dd>
            <code>{doc.sha256}</code>
          </dd>
          {doc.sourceNote ? (
            <>
              <dt>Source</dt>
              <dd>{doc.sourceNote}</dd>
            </>
          ) : null}
        </dl>
        <p>
          <a href={`/api/documents/${doc.id}/original`} download>
            Download original
          </a>
        </p>
        {d.notice ? (
          <p
            class={d.notice.error ? 'error' : 'notice ok'}
            role={d.notice.error ? 'alert' : 'status'}
          >
            {d.notice.text}
          </p>
        ) : null}
        {d.mayReprocess ? <ReprocessForm doc={doc} /> : null}
        <h2>Pages</h2>
        <Thumbnails
          documentId={doc.id}
          page={0}
          pageCount={doc.pageCount ?? d.pages.length}
          hasImage={doc.mediaType === 'application/pdf' || doc.mediaType.startsWith('image/')}
          hrefOf={(p) => pagePath(doc.sha256, p)}
        />
        {d.pages.length ? (
          <table class="pages-table">
            <thead>
              <tr>
                <th>Page</th>
                <th>Read by</th>
                <th>Language</th>
                <th>Beginning</th>
              </tr>
            </thead>
            <tbody>
              {d.pages.map((p) => (
                <tr>
                  <td>
                    <a href={pagePath(doc.sha256, p.page)}>Page {p.page}</a>
                  </td>
                  <td>
                    {p.status === 'done' ? (p.method ?? '') : p.status}
                    {p.confidence !== null && p.method === 'ocr'
                      ? ` (${Math.round(p.confidence * 100)}%)`
                      : ''}
                    {p.error ? <span class="doc-error">: {p.error}</span> : null}
                  </td>
                  <td>{p.language ?? ''}</td>
                  <td class="page-start">
                    {p.start.replace(/\s+/g, ' ').trim()}
                    {p.chars > p.start.length ? ' …' : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{doc.status === 'failed' ? 'No page could be read.' : 'No pages read yet.'}</p>
        )}
        <Named named={d.named ?? {}} />
        <DocumentCitations citations={d.citations ?? []} />
      </article>
    </Layout>
  );
}

/** Process the document again, from a chosen stage (every stage from the original by default). */
function ReprocessForm(props: { doc: Document }) {
  return (
    <form
      method="post"
      action={`${docPath(props.doc.sha256)}/reprocess`}
      class="inline reprocess"
      aria-label="Process again"
    >
      <select name="from" aria-label="From">
        <option value="text">every stage, from the original</option>
        <option value="extract">entities, claims and index, from the stored text</option>
        <option value="index">the search index only</option>
      </select>{' '}
      <button type="submit" class="secondary">
        Process again
      </button>
    </form>
  );
}

/** The stored citations of this document: short link, page, quote, and whether it still stands exactly. */
function DocumentCitations(props: { citations: StoredCitation[] }) {
  const list = [...props.citations].sort((a, b) => a.page - b.page || a.id.localeCompare(b.id));
  return (
    <section class="document-citations" aria-label="Citations">
      <h2>Citations</h2>
      {list.length ? (
        <table class="documents-table citations-table">
          <thead>
            <tr>
              <th>Citation</th>
              <th>Page</th>
              <th>Quote</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {list.map((c) => (
              <tr data-citation={c.id} data-status={c.status}>
                <td>
                  <a class="citation-id" href={`/c/${c.id}`}>
                    {c.id}
                  </a>
                </td>
                <td>{c.page}</td>
                <td>
                  <q>{c.quote.length > 200 ? `${c.quote.slice(0, 200)}…` : c.quote}</q>
                </td>
                <td class="citation-state">
                  <span class={`status ${c.status === 'holds' ? 'done' : 'failed'}`}>
                    {c.status === 'holds' ? 'exact' : 'broken'}
                  </span>
                  {c.problem ? <span class="doc-error">: {c.problem}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">No citations of this document yet.</p>
      )}
    </section>
  );
}
