// A page's models are chosen before its full reading, from a sample: a few text lines from the middle
// of the page, found by a row profile of the small copy, read in rus+eng (whose readings language-id.ts
// understands for every supported language). Reading six lines costs a fraction of a page; reading
// the whole page in a wrong model first, then again in the right one, cost a page.
// The row profile is written here: it is a dozen lines, and no npm library does it without a native build.
import { inkThreshold } from './framed-regions.js';
/** Text lines the sample holds: enough cue words for language-id, few enough to be cheap. */
const SAMPLE_LINES = 6;
/** Share of the page height a sample may span at most (sparse pages). */
const MAX_SAMPLE_SHARE = 0.4;
/** Share of the width ignored at each side (scanner borders, page edges in photos). */
const SIDE_MARGIN = 0.04;
/** A text line's height as a share of the page height (12 pt on A4 is ~1.4%). */
const MIN_LINE = 0.004;
const MAX_LINE = 0.04;
/**
 * Rows (in the coordinates of a page `fullHeight` rows high) of a band holding `lines` text lines from
 * the middle of the page (body text, richer in the function words language-id counts than a letter
 * head), found on `small`, a scaled copy of the page. When fewer than three lines are found (a photo,
 * a form), the band is the middle third of the page and `lines` is 0.
 */
export function sampleBand(small, fullHeight, lines = SAMPLE_LINES) {
    const { data, width: W, height: H } = small;
    const threshold = inkThreshold(data);
    const x0 = Math.floor(W * SIDE_MARGIN);
    const x1 = W - x0;
    const inked = new Uint8Array(H);
    for (let y = 0; y < H; y++) {
        let n = 0;
        for (let x = x0, i = y * W + x0; x < x1; x++, i++)
            if (data[i] <= threshold)
                n++;
        // Some ink, but not a dark band (a border, the table a photo was taken on).
        inked[y] = n >= Math.max(2, 0.01 * (x1 - x0)) && n <= 0.5 * (x1 - x0) ? 1 : 0;
    }
    const found = [];
    for (let y = 0; y < H;) {
        if (!inked[y]) {
            y++;
            continue;
        }
        const y0 = y;
        while (y < H && (inked[y] || (y + 1 < H && inked[y + 1])))
            y++;
        const h = y - y0;
        if (h >= MIN_LINE * H && h <= MAX_LINE * H)
            found.push({ y0, y1: y });
    }
    const scale = fullHeight / H;
    if (found.length < 3) {
        return { top: Math.floor(fullHeight / 3), height: Math.floor(fullHeight / 3), lines: 0 };
    }
    const from = Math.max(0, Math.min(found.length - lines, Math.floor(found.length / 2 - lines / 2)));
    const chosen = found.slice(from, from + lines);
    const lineHeight = (chosen[chosen.length - 1].y1 - chosen[0].y0) / chosen.length;
    const top = Math.max(0, chosen[0].y0 - lineHeight / 2);
    const bottom = Math.min(H, chosen[chosen.length - 1].y1 + lineHeight / 2, top + MAX_SAMPLE_SHARE * H);
    const t = Math.floor(top * scale);
    return {
        top: t,
        height: Math.min(fullHeight - t, Math.ceil((bottom - top) * scale)),
        lines: chosen.length,
    };
}
/** The rows of a raster from `top`, `height` high: a view of its pixels, nothing copied. */
export function band(r, top, height) {
    return { data: r.data.subarray(top * r.width, (top + height) * r.width), width: r.width, height };
}
//# sourceMappingURL=language-sample.js.map