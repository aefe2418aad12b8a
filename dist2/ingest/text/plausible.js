// The rule that decides, per PDF page, whether its text layer is used or the page is OCRed.
// A text layer is used when it is present and plausible:
//   - at least MIN_CHARS non-space characters, and
//   - at most 5% of them are replacement, private-use or control characters (a font without a
//     usable ToUnicode map extracts as such garbage), and
//   - at least half of them are letters or digits (not a soup of symbols).
// Otherwise the page needs OCR. The decision and its reason are stored with the page.
const MIN_CHARS = 16;
export function assessTextLayer(text) {
    const chars = [...text.replace(/\s+/g, '')];
    if (chars.length === 0)
        return { usable: false, reason: 'no text layer' };
    if (chars.length < MIN_CHARS)
        return { usable: false, reason: `text layer too short (${chars.length} characters)` };
    const garbage = chars.filter((c) => /[\uFFFD\uE000-\uF8FF\p{Cc}]/u.test(c)).length;
    if (garbage / chars.length > 0.05)
        return { usable: false, reason: 'text layer is undecodable (font without Unicode map)' };
    const alnum = chars.filter((c) => /[\p{L}\p{N}]/u.test(c)).length;
    if (alnum / chars.length < 0.5)
        return { usable: false, reason: 'text layer is mostly symbols' };
    return { usable: true, reason: 'text layer present and plausible' };
}
//# sourceMappingURL=plausible.js.map