// Loads PDFs with pdfjs-dist in a hardened configuration: no eval of font programs, no font faces,
// no XFA, no scripting; CMaps and standard fonts come from the installed package, never a CDN.
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument, VerbosityLevel, } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { InputError } from '../../core/errors.js';
const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
/** Opens a PDF; images of more than `maxImagePixels` are not decoded (pdfjs leaves them out of the page). */
export async function openPdf(data, maxImagePixels = Infinity) {
    const task = getDocument({
        data,
        maxImageSize: Number.isFinite(maxImagePixels) ? Math.floor(maxImagePixels) : -1,
        isEvalSupported: false,
        disableFontFace: true,
        useSystemFonts: false,
        enableXfa: false,
        cMapUrl: path.join(pdfjsRoot, 'cmaps') + path.sep,
        cMapPacked: true,
        standardFontDataUrl: path.join(pdfjsRoot, 'standard_fonts') + path.sep,
        wasmUrl: path.join(pdfjsRoot, 'wasm') + path.sep,
        verbosity: VerbosityLevel.ERRORS,
    });
    try {
        return await task.promise;
    }
    catch (err) {
        await task.destroy().catch(() => undefined);
        throw pdfError(err);
    }
}
/** Maps pdfjs exceptions to the error an investigator should read against the file. */
export function pdfError(err) {
    const name = err.name;
    const message = err instanceof Error ? err.message : String(err);
    if (name === 'PasswordException') {
        return new InputError('encrypted PDF: it needs a password to open (user password), which Casefile does not have');
    }
    if (name === 'InvalidPDFException')
        return new InputError(`corrupt or truncated PDF: ${message}`);
    if (name === 'FormatError' || name === 'UnknownErrorException')
        return new InputError(`unreadable PDF: ${message}`);
    return err instanceof Error ? err : new Error(message);
}
//# sourceMappingURL=pdfjs.js.map