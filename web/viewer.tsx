// The document viewer: the page image with the quote (or search words) highlighted by their word
// boxes, the text beside it with the same passage marked, the page's entities by type (each a
// search), previous/next page, the original for download, and a Cite button. A quote from a
// permalink that does not stand on the page exactly is said so above the page, and its closest
// passage is marked apart (class `near`), never as the quote.
import type { Identity } from '../store/accounts.js';
import { permalinkPath, searchHitPath } from '../cite/citation.js';
import { docPath } from './documents.js';
import { Layout } from './layout.js';
import { CitationPanel, type CitationPanelData } from './citation-panel.js';
import { Thumbnails } from './thumbnails.js';

export type { CitedPage } from './citation-panel.js';

export interface ViewerData {
  user: Identity;
  documentId: number;
  filename: string;
  sha256: string;
  page: number;
  pageCount: number;
  text: string;
  method: string | null;
  /** Image size in the units of `boxes`. */
  width: number;
  height: number;
  /** Word boxes of the marked passage(s), each with the index of the text mark it outlines. */
  boxes: Array<{ box: [number, number, number, number]; mark: number }>;
  /** Boxes of the page's entities (persons, places, organizations, dates, passports). */
  entityBoxes: Array<{ type: string; box: [number, number, number, number] }>;
  /**
   * The passage marked: the quote or search words as they stand, or (`near`) the closest passage to a
   * quote that does not, with the page's tokens that differ from the quote (`differs`, offsets in the text).
   */
  highlight: { start: number; end: number; near: boolean; differs: Array<[number, number]> } | null;
  /** Search words (`?w=`): every place they stand on the page (offsets in the text). */
  marks: Array<[number, number]>;
  /** False for a document without page images (plain text): the text alone is shown. */
  hasImage: boolean;
  /** A permalink's quote (`?q=`), verified against the page. */
  quote: string;
  /** Search words (`?w=`): marked where they stand, never verified. */
  words: string;
  /** Set when the permalink's quote does not stand on this page: the notice, naming how the closest passage differs. */
  notOnPage: string | null;
  /** Each entity type's values, with the words each stands as on this page (for citing it). */
  entities: Record<string, Array<{ value: string; text: string }>>;
  /** Files embedded in the document: listed, never opened. */
  attachments: Array<{ name: string; size: number; sha256: string }>;
  /** A stored citation (/c/<id>): its panel is shown filled, with whether it still holds. */
  citation?: CitationPanelData | undefined;
}

function NotOnPage(props: { quote: string; message: string }) {
  return (
    <section class="notice not-on-page" id="quote-notice" role="alert">
      <p>
        <strong>{props.message}</strong>
      </p>
      <p class="quoted">
        Quote: <q>{props.quote}</q>
      </p>
    </section>
  );
}

/** The text from `start` to `end` with the spans in `differs` (sorted, inside it) set apart. */
function WithDiffers(props: {
  text: string;
  start: number;
  end: number;
  differs: Array<[number, number]>;
}) {
  const parts = [];
  let at = props.start;
  for (const [s, e] of props.differs) {
    if (s < at || e > props.end) continue;
    parts.push(props.text.slice(at, s), <span class="differs">{props.text.slice(s, e)}</span>);
    at = e;
  }
  parts.push(props.text.slice(at, props.end));
  return <>{parts}</>;
}

function Marked(props: {
  text: string;
  highlight: ViewerData['highlight'];
  marks: Array<[number, number]>;
}) {
  const h = props.highlight;
  if (!h) {
    // Search words: every occurrence, the first one the target of the page's #quote anchor.
    const parts = [];
    let at = 0;
    for (const [i, [s, e]] of props.marks.entries()) {
      parts.push(
        props.text.slice(at, s),
        i === 0 ? (
          <mark id="quote" data-mark="0">
            {props.text.slice(s, e)}
          </mark>
        ) : (
          <mark class="also" data-mark={String(i)}>
            {props.text.slice(s, e)}
          </mark>
        ),
      );
      at = e;
    }
    parts.push(props.text.slice(at));
    return <>{parts}</>;
  }
  return (
    <>
      {props.text.slice(0, h.start)}
      {h.near ? (
        <mark id="near" class="near" title="Closest passage: not the quote">
          <WithDiffers text={props.text} start={h.start} end={h.end} differs={h.differs} />
        </mark>
      ) : (
        <mark id="quote" data-mark="0">
          {props.text.slice(h.start, h.end)}
        </mark>
      )}
      {props.text.slice(h.end)}
    </>
  );
}

/** The entity types and what marks them, for the legend (colours in app.css). */
const ENTITY_TYPES = ['person', 'place', 'organization', 'date', 'passport'] as const;

/** A box drawn around its words, a little outside them, so the outline never covers a letter. */
function Outline(props: {
  class: string;
  box: [number, number, number, number];
  /** The text mark this box outlines (search words), for stepping from hit to hit. */
  mark?: number;
}) {
  const [x0, y0, x1, y1] = props.box;
  const pad = Math.max(2, Math.round((y1 - y0) * 0.18));
  return (
    <rect
      class={props.class}
      x={String(x0 - pad)}
      y={String(y0 - pad)}
      width={String(x1 - x0 + 2 * pad)}
      height={String(y1 - y0 + 2 * pad)}
      rx={String(pad)}
      data-mark={props.mark === undefined ? undefined : String(props.mark)}
    />
  );
}

function Legend(props: { near: boolean; types: string[] }) {
  const swatch = (cls: string) => (
    <svg class="swatch" viewBox="0 0 20 12" aria-hidden="true">
      <rect class={cls} x="2" y="2" width="16" height="8" rx="2" />
    </svg>
  );
  return (
    <ul class="legend" aria-label="Legend">
      <li>
        {swatch(props.near ? 'box near' : 'box')}{' '}
        {props.near ? 'closest passage (not the quote)' : 'quote or search words'}
      </li>
      {ENTITY_TYPES.filter((t) => props.types.includes(t)).map((t) => (
        <li>
          {swatch(`entity ${t}`)} {t}
        </li>
      ))}
    </ul>
  );
}

export function ViewerPage(d: ViewerData) {
  const link = (p: number) =>
    d.quote ? permalinkPath(d.sha256, p, d.quote) : searchHitPath(d.sha256, p, d.words);
  const boxClass = d.highlight?.near ? 'box near' : 'box';
  return (
    <Layout
      title={`${d.filename}, page ${d.page}`}
      user={d.user}
      scripts={['/static/cite.js', '/static/viewer.js']}
    >
      <div class="viewer" data-document={String(d.documentId)} data-page={String(d.page)}>
        <header class="viewer-head">
          <h1>
            {d.filename}, page {d.page} of {d.pageCount}
          </h1>
          <nav>
            {d.page > 1 ? (
              <a href={link(d.page - 1)} rel="prev">
                ← Previous
              </a>
            ) : null}
            {d.page < d.pageCount ? (
              <a href={link(d.page + 1)} rel="next">
                Next →
              </a>
            ) : null}
            <a href={docPath(d.sha256)}>All pages</a>
            <a href={`/api/documents/${d.documentId}/original`} download>
              Download original
            </a>
            <button type="button" id="cite">
              Cite selection
            </button>
          </nav>
          {/* Search words: the previous and next page of this document they match (viewer.js asks /api/documents/:id/hits). */}
          {d.words ? (
            <nav
              id="hit-nav"
              class="hit-nav"
              aria-label="Hits in this document"
              data-words={d.words}
              data-pages={`/d/${d.sha256.slice(0, 16)}/p/`}
              hidden
            ></nav>
          ) : null}
          <p class="hash">
            SHA-256 <code>{d.sha256}</code> · read by {d.method ?? 'unknown'}
          </p>
          {d.notOnPage ? <NotOnPage quote={d.quote} message={d.notOnPage} /> : null}
          <CitationPanel citation={d.citation} />
        </header>
        <Thumbnails
          documentId={d.documentId}
          page={d.page}
          pageCount={d.pageCount}
          hasImage={d.hasImage}
          hrefOf={link}
        />
        <div class={d.hasImage ? 'panes' : 'panes no-image'}>
          {d.hasImage ? (
            <figure class="page-image">
              <div class="image-tools" role="toolbar" aria-label="Zoom">
                <button type="button" id="zoom-out" title="Zoom out" aria-label="Zoom out">
                  −
                </button>
                <output id="zoom-level">100%</output>
                <button type="button" id="zoom-in" title="Zoom in" aria-label="Zoom in">
                  +
                </button>
                <button type="button" id="zoom-fit" title="Fit the width">
                  Fit width
                </button>
                <Legend
                  near={d.highlight?.near ?? false}
                  types={[...new Set(d.entityBoxes.map((b) => b.type))]}
                />
              </div>
              <div class="scroller">
                <div class="frame">
                  <img
                    src={`/api/documents/${d.documentId}/pages/${d.page}/image`}
                    alt={`Page ${d.page} of ${d.filename}`}
                  />
                  {/* Boxes as SVG outlines in the image's own coordinates: no inline styles, which the CSP forbids. */}
                  <svg
                    class="boxes"
                    viewBox={`0 0 ${d.width} ${d.height}`}
                    preserveAspectRatio="none"
                    aria-hidden="true"
                  >
                    {d.entityBoxes.map(({ type, box }) => (
                      <Outline class={`entity ${type}`} box={box} />
                    ))}
                    {d.boxes.map(({ box, mark }) => (
                      <Outline class={boxClass} box={box} mark={mark} />
                    ))}
                  </svg>
                </div>
              </div>
            </figure>
          ) : null}
          <div class="side">
            <section class="page-text" aria-label="Page text">
              <pre id="text">
                <Marked text={d.text} highlight={d.highlight} marks={d.marks} />
              </pre>
            </section>
            <aside class="entities" aria-label="Entities on this page">
              {Object.entries(d.entities).map(([type, values]) => (
                <section>
                  <h2>
                    {d.hasImage && d.entityBoxes.some((b) => b.type === type) ? (
                      <svg class="swatch" viewBox="0 0 20 12" aria-hidden="true">
                        <rect class={`entity ${type}`} x="2" y="2" width="16" height="8" rx="2" />
                      </svg>
                    ) : null}{' '}
                    {type}
                  </h2>
                  <ul>
                    {values.map((v) => (
                      <li>
                        <a href={`/?q=${encodeURIComponent(v.value)}`}>{v.value}</a>{' '}
                        <button
                          type="button"
                          class="cite-entity"
                          data-quote={v.text}
                          title={`Cite “${v.text}”`}
                        >
                          cite
                        </button>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
              {d.attachments.length > 0 ? (
                <section class="attachments">
                  <h2>Embedded files (not opened)</h2>
                  <ul>
                    {d.attachments.map((a) => (
                      <li>
                        {a.name} · {a.size} bytes · SHA-256 <code>{a.sha256.slice(0, 16)}</code>
                      </li>
                    ))}
                  </ul>
                </section>
              ) : null}
            </aside>
          </div>
        </div>
      </div>
    </Layout>
  );
}
