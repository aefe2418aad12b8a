import { describe, expect, it } from 'vitest';
import { detectBytes } from './detect.js';

describe('detectBytes', () => {
  it('recognises types by content, not name', async () => {
    expect((await detectBytes(Buffer.from('%PDF-1.7\n'))).mediaType).toBe('application/pdf');
    expect((await detectBytes(Buffer.from('junk before header %PDF-1.4\n'))).mediaType).toBe(
      'application/pdf',
    );
    expect(
      (await detectBytes(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0])))
        .mediaType,
    ).toBe('image/jpeg');
    expect((await detectBytes(Buffer.from('Обвинительное заключение'))).mediaType).toBe(
      'text/plain',
    );
    // UTF-16LE begins FF FE, which file-type alone reads as an MPEG audio frame.
    expect(
      (await detectBytes(Buffer.from('\uFEFFНас остановили на границе', 'utf16le'))).mediaType,
    ).toBe('text/plain');
    expect((await detectBytes(Buffer.alloc(0))).mediaType).toBe('application/x-empty');
    expect((await detectBytes(Buffer.from([0, 1, 2, 3, 250, 251]))).mediaType).toBe(
      'application/octet-stream',
    );
  });
});
