import { jsx as _jsx, jsxs as _jsxs } from "hono/jsx/jsx-runtime";
// The viewer's strip of page thumbnails: the pages around the one shown (each a link that keeps the
// quote or search words), the current one marked; images load only when scrolled into view.
/** Pages shown on either side of the current one: a strip of a 5,000-page document stays small. */
const THUMB_WINDOW = 40;
export function Thumbnails(props) {
    if (props.pageCount < 2)
        return null;
    const from = Math.max(1, props.page - THUMB_WINDOW);
    const to = Math.min(props.pageCount, props.page + THUMB_WINDOW);
    const pages = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    return (_jsxs("nav", { class: props.hasImage ? 'thumbs' : 'thumbs no-image', "aria-label": "Pages of this document", children: [from > 1 ? _jsx("span", { class: "thumb-more", children: "\u2026" }) : null, pages.map((p) => (_jsxs("a", { class: p === props.page ? 'thumb current' : 'thumb', href: props.hrefOf(p), "aria-current": p === props.page ? 'page' : undefined, title: `Page ${p}`, "data-page": String(p), children: [props.hasImage ? (_jsx("img", { src: `/api/documents/${props.documentId}/pages/${p}/image`, alt: "", loading: "lazy" })) : null, _jsx("span", { class: "thumb-number", children: p })] }))), to < props.pageCount ? _jsx("span", { class: "thumb-more", children: "\u2026" }) : null] }));
}
//# sourceMappingURL=thumbnails.js.map