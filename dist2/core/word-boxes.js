// The OCR words a span of a page's text covers: ingest stores their boxes with each entity, the API
// answers them for a quote and the viewer marks them.
/** Boxes of the OCR words that overlap [start, end); null when there are no words or none overlap. */
export function boxesFor(words, start, end) {
    if (!words)
        return null;
    const hit = words.filter((w) => w.start !== undefined && w.end !== undefined && w.start < end && w.end > start);
    return hit.length ? hit.map((w) => [w.x0, w.y0, w.x1, w.y1]) : null;
}
//# sourceMappingURL=word-boxes.js.map