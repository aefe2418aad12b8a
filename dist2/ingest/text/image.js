import { imageInfo } from '../ocr/raster.js';
export const imageReader = {
    name: 'image',
    mediaTypes: ['image/jpeg', 'image/png', 'image/tiff', 'image/webp', 'image/gif'],
    async open(file, limits) {
        const info = await imageInfo(file, limits.maxPixels);
        return {
            pageCount: info.frames,
            async *pages() {
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
//# sourceMappingURL=image.js.map