// The citation panel of the viewer: the short link, the text, Markdown and CSL-JSON forms, each with
// a copy button, and for a stored citation (/c/<id>) whether it still holds. Filled on the server for
// /c/<id>, by static/cite.js (as text, never markup) when a selection is cited.
import type { CitationStatus } from '../schema/tables.js';

export interface CitationPanelData {
  id: string;
  link: string;
  status: CitationStatus;
  problem: string | null;
  /** When it was last verified (ISO). */
  checkedAt: string;
  text: string;
  markdown: string;
  /** CSL-JSON, pretty-printed. */
  csl: string;
}

/** CSL-JSON as people read it: indented, with the date's parts on one line ("date-parts": [[2026, 11, 30]]); never inside a string (its quotes would be escaped). */
export function readableCsl(csl: unknown): string {
  return JSON.stringify(csl, null, 2).replace(
    /("date-parts": )\[\s*\[\s*([\d\s,]+?)\s*\]\s*\]/g,
    (_, key: string, parts: string) => `${key}[[${parts.replace(/\s+/g, ' ')}]]`,
  );
}

/** A stored citation's page in the viewer: its page and quote instead of the address's. */
export interface CitedPage {
  documentId: number;
  page: number;
  quote: string;
  panel: CitationPanelData;
}

function Form(props: { id: string; label: string; value: string }) {
  return (
    <div class="citation-form">
      <div class="citation-form-head">
        <h3>{props.label}</h3>
        <button type="button" class="copy" data-copy={props.id}>
          Copy
        </button>
      </div>
      <pre id={props.id}>{props.value}</pre>
    </div>
  );
}

export function CitationStatusLine(props: {
  status: CitationStatus;
  problem: string | null;
  checkedAt: string;
}) {
  const when = props.checkedAt.slice(0, 16).replace('T', ' ');
  return props.status === 'holds' ? (
    <p id="citation-status" class="citation-status holds">
      Verified: the quote stands on this page exactly (checked {when} UTC).
    </p>
  ) : (
    <p id="citation-status" class="citation-status broken" role="alert">
      This citation no longer holds since its document was read again (checked {when} UTC):{' '}
      {props.problem ?? 'the quote is not on the page.'}
    </p>
  );
}

export function CitationPanel(props: { citation?: CitationPanelData | undefined }) {
  const c = props.citation;
  return (
    <section id="citation" class="citation-panel" aria-label="Citation" hidden={!c}>
      <h2>Citation{c ? ` ${c.id}` : ''}</h2>
      {c ? (
        <CitationStatusLine status={c.status} problem={c.problem} checkedAt={c.checkedAt} />
      ) : null}
      <p id="citation-error" class="citation-error" role="alert" hidden></p>
      <div class="citation-link">
        Link:{' '}
        <a id="citation-link" href={c?.link ?? '#'}>
          {c?.link ?? ''}
        </a>{' '}
        <button type="button" class="copy" data-copy="citation-link">
          Copy
        </button>
      </div>
      <Form id="citation-text" label="Text" value={c?.text ?? ''} />
      <Form id="citation-markdown" label="Markdown" value={c?.markdown ?? ''} />
      <Form id="citation-csl" label="CSL-JSON" value={c?.csl ?? ''} />
    </section>
  );
}
