// Images (JPEG, PNG, TIFF with any number of pages, WebP, GIF) have no text layer: every frame is a
// page for OCR. Only the header is read here, so an oversized image is refused before it is decoded.
import type { Limits } from '../../core/config.js';
import { imageInfo } from '../ocr/raster.js';
import type { OpenedDocument, ReadPage, Reader } from './readers.js';

export const imageReader: Reader = {
  name: 'image',
  mediaTypes: ['image/jpeg', 'image/png', 'image/tiff', 'image/webp', 'image/gif'],
  async open(file: string, limits: Limits): Promise<OpenedDocument> {
    const info = await imageInfo(file, limits.maxPixels);
    return {
      pageCount: info.frames,
      async *pages(): AsyncIterable<ReadPage> {
        for (let n = 1; n <= info.frames; n++) {
          yield {
            page: n,
            status: 'needs-ocr',
            method: null,
            decision: 'image: no text layer',
            text: '',
            confidence: null,
            width: info.width,
            height: info.height,
          };
        }
      },
      close: async () => undefined,
    };
  },
};
