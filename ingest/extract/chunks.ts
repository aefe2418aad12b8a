// A long page is extracted in pieces. Extraction holds per-token arrays for the whole text it reads
// (the tagger's hashed features, its scores and Viterbi tables, the tokens, the dehyphenated copy and
// every extractor's matches): a 3 MB text page raised the server's memory by ~0.6–0.9 GB, measured
// with `npm run bench -- load`. Cut at paragraph or line breaks (sentences, spaces only when a run
// has none), each piece costs what an ordinary page costs and is released before the next; a page
// shorter than a piece is read whole, as before.
import type { DocumentContext, Found } from './types.js';

/** Characters of a page's text extracted at once; longer pages are cut (far above a printed page's few thousand). */
const CHUNK_CHARS = 32_768;

// A line ending in a hyphen may be a word cut in two (core/text/hyphenation.ts joins it): never cut there.
const HYPHEN_END = /^[-\u00ad\u2010\u2011]$/;

/**
 * Pieces of `text`, as [start, end) offsets that follow each other and cover it, each at most `size`
 * characters (≥ 2). A piece ends after the last paragraph break (a blank line) in its second half, else
 * after the last line break not following a hyphen, else after a sentence's end and its space, else
 * after a space; a run without any is cut at `size` (never inside a UTF-16 surrogate pair).
 */
export function chunkRanges(text: string, size = CHUNK_CHARS): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > size) {
    const limit = start + size;
    const window = text.slice(start + Math.floor(size / 2), limit);
    const from = start + Math.floor(size / 2);
    const last = (re: RegExp, ok: (at: number) => boolean = () => true): number => {
      let found = -1;
      for (const m of window.matchAll(re)) {
        const at = from + m.index + m[0].length;
        if (ok(at)) found = at;
      }
      return found;
    };
    let end = last(/\n[ \t]*\n/g);
    if (end < 0) end = last(/\n/g, (at) => !HYPHEN_END.test(text.charAt(at - 2)));
    if (end < 0) end = last(/[.!?…]["»”’)]*\s+/gu);
    if (end < 0) end = last(/\s+/gu);
    if (end < 0) {
      end = limit;
      const code = text.charCodeAt(end);
      if (code >= 0xdc00 && code <= 0xdfff) end--;
    }
    out.push([start, end]);
    start = end;
  }
  out.push([start, text.length]);
  return out;
}

/**
 * `extract` (extractPage) over a page of any length: a page longer than `size` characters piece by
 * piece (chunkRanges), the document's context carried from one piece to the next as from page to page;
 * offsets are the whole page's.
 */
export function extractInChunks(
  text: string,
  ctx: DocumentContext,
  extract: (text: string, ctx: DocumentContext) => Found[],
  size = CHUNK_CHARS,
): Found[] {
  if (text.length <= size) return extract(text, ctx);
  const out: Found[] = [];
  for (const [start, end] of chunkRanges(text, size))
    for (const f of extract(text.slice(start, end), ctx))
      out.push({ ...f, start: f.start + start, end: f.end + start });
  return out;
}
