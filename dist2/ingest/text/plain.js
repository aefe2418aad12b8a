// Reads plain text files; a form feed separates pages, as in the export format.
import fsp from 'node:fs/promises';
import { InputError } from '../../core/errors.js';
import { decodeText } from './decode.js';
export const plainTextReader = {
    name: 'plain-text',
    mediaTypes: ['text/plain'],
    async open(file) {
        const { text, encoding } = decodeText(await fsp.readFile(file));
        const normalized = text.replace(/\r\n?/g, '\n').normalize('NFC');
        if (normalized.trim().length === 0)
            throw new InputError('text file contains only white space');
        const chunks = normalized.split('\f');
        return {
            pageCount: chunks.length,
            async *pages() {
                for (const [i, chunk] of chunks.entries()) {
                    yield {
                        page: i + 1,
                        status: 'done',
                        method: 'text-layer',
                        decision: `plain text (${encoding})`,
                        text: chunk,
                        confidence: null,
                        width: null,
                        height: null,
                    };
                }
            },
            close: async () => undefined,
        };
    },
};
//# sourceMappingURL=plain.js.map