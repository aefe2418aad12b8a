// Detects what a file is from its bytes, never from its name: leaked files are often misnamed.
import fsp from 'node:fs/promises';
import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type';
import { hasTextBom, looksLikeText } from '../text/decode.js';
const SNIFF_BYTES = 64 * 1024;
export async function detectFile(file) {
    const handle = await fsp.open(file, 'r');
    let head;
    try {
        const buf = Buffer.alloc(SNIFF_BYTES);
        const { bytesRead } = await handle.read(buf, 0, SNIFF_BYTES, 0);
        head = buf.subarray(0, bytesRead);
    }
    finally {
        await handle.close();
    }
    // Some formats (TIFF) need file-type to read past the first bytes: give it the whole file.
    return detectBytes(head, () => fileTypeFromFile(file));
}
export async function detectBytes(head, full) {
    if (head.length === 0)
        return { mediaType: 'application/x-empty', extension: '' };
    // PDF readers accept the header anywhere in the first kilobyte; file-type only looks at offset 0.
    const pdfAt = Buffer.from(head.subarray(0, 1024)).indexOf('%PDF-');
    if (pdfAt >= 0)
        return { mediaType: 'application/pdf', extension: 'pdf' };
    // Text with a byte-order mark first: file-type takes UTF-16LE's FF FE for an MPEG audio frame.
    if (hasTextBom(head) && looksLikeText(head))
        return { mediaType: 'text/plain', extension: 'txt' };
    const type = full ? await full() : await fileTypeFromBuffer(head);
    if (type)
        return { mediaType: type.mime, extension: type.ext };
    if (looksLikeText(head))
        return { mediaType: 'text/plain', extension: 'txt' };
    return { mediaType: 'application/octet-stream', extension: 'bin' };
}
//# sourceMappingURL=detect.js.map