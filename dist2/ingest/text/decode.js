// Decodes plain text whose encoding is not declared: BOMs first, then strict UTF-8, then
// chardet's statistical guess among legacy encodings (windows-1251 and KOI8-R for Cyrillic).
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { InputError } from '../../core/errors.js';
function bomEncoding(buf) {
    if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
        return { encoding: 'utf-8', skip: 3 };
    if (buf[0] === 0xff && buf[1] === 0xfe)
        return { encoding: 'utf-16le', skip: 2 };
    if (buf[0] === 0xfe && buf[1] === 0xff)
        return { encoding: 'utf-16be', skip: 2 };
    return undefined;
}
/** Share of bytes that only binary files contain (NUL and C0 controls other than tab, newlines, form feed). */
function binaryShare(buf) {
    let bad = 0;
    for (const b of buf) {
        if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b))
            bad++;
    }
    return buf.length === 0 ? 0 : bad / buf.length;
}
export function hasTextBom(head) {
    return bomEncoding(head) !== undefined;
}
export function looksLikeText(head) {
    if (bomEncoding(head))
        return true;
    return !head.includes(0) && binaryShare(head) < 0.01;
}
// Encodings we accept from chardet's guess. Anything else in a file without a BOM is more likely
// binary than text, so it is refused rather than decoded into nonsense.
const LEGACY = new Set([
    'windows-1251',
    'koi8-r',
    'iso-8859-5',
    'ibm866',
    'windows-1252',
    'iso-8859-1',
    'iso-8859-2',
    'windows-1250',
    'utf-16le',
    'utf-16be',
]);
export function decodeText(buf) {
    const bom = bomEncoding(buf);
    if (bom) {
        return {
            text: iconv.decode(Buffer.from(buf.subarray(bom.skip)), bom.encoding),
            encoding: bom.encoding,
        };
    }
    if (buf.includes(0) || binaryShare(buf) >= 0.01)
        throw new InputError('binary data, not text (unrecognised file type)');
    try {
        return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
    }
    catch {
        // Not UTF-8: fall through to the legacy encodings.
    }
    const guesses = chardet.analyse(buf).map((m) => m.name.toLowerCase());
    const encoding = guesses.find((name) => LEGACY.has(name) && iconv.encodingExists(name));
    if (!encoding)
        throw new InputError(`text in an unrecognised encoding (guesses: ${guesses.slice(0, 3).join(', ') || 'none'})`);
    return { text: iconv.decode(Buffer.from(buf), encoding), encoding };
}
//# sourceMappingURL=decode.js.map