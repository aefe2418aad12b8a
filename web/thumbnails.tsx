// The viewer's strip of page thumbnails: the pages around the one shown (each a link that keeps the
// quote or search words), the current one marked; images load only when scrolled into view.
/** Pages shown on either side of the current one: a strip of a 5,000-page document stays small. */
const THUMB_WINDOW = 40;

export function Thumbnails(props: {
  documentId: number;
  page: number;
  pageCount: number;
  hasImage: boolean;
  hrefOf: (page: number) => string;
}) {
  if (props.pageCount < 2) return null;
  const from = Math.max(1, props.page - THUMB_WINDOW);
  const to = Math.min(props.pageCount, props.page + THUMB_WINDOW);
  const pages = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  return (
    <nav class={props.hasImage ? 'thumbs' : 'thumbs no-image'} aria-label="Pages of this document">
      {from > 1 ? <span class="thumb-more">…</span> : null}
      {pages.map((p) => (
        <a
          class={p === props.page ? 'thumb current' : 'thumb'}
          href={props.hrefOf(p)}
          aria-current={p === props.page ? 'page' : undefined}
          title={`Page ${p}`}
          data-page={String(p)}
        >
          {props.hasImage ? (
            <img
              src={`/api/documents/${props.documentId}/pages/${p}/image`}
              alt=""
              loading="lazy"
            />
          ) : null}
          <span class="thumb-number">{p}</span>
        </a>
      ))}
      {to < props.pageCount ? <span class="thumb-more">…</span> : null}
    </nav>
  );
}
