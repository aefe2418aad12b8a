// The OCR words a span of a page's text covers: ingest stores their boxes with each entity, the API
// answers them for a quote and the viewer marks them.

/** A box in page-image pixels and, once placed in the page text, the offsets it covers there. */
export interface PlacedBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  start?: number;
  end?: number;
}

type Box = [number, number, number, number];

/** Boxes of the OCR words that overlap [start, end); null when there are no words or none overlap. */
export function boxesFor(
  words: readonly PlacedBox[] | null,
  start: number,
  end: number,
): Box[] | null {
  if (!words) return null;
  const hit = words.filter(
    (w) => w.start !== undefined && w.end !== undefined && w.start < end && w.end > start,
  );
  return hit.length ? hit.map((w) => [w.x0, w.y0, w.x1, w.y1]) : null;
}
