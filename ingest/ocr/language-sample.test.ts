import { describe, expect, it } from 'vitest';
import { band, sampleBand } from './language-sample.js';

/** A white page with dark bars for text lines at the given rows. */
function page(width: number, height: number, lines: Array<[number, number]>) {
  const data = Buffer.alloc(width * height, 255);
  for (const [y0, y1] of lines)
    for (let y = y0; y < y1; y++)
      data.fill(0, y * width + 100, y * width + Math.floor(width * 0.45));
  return { data, width, height };
}

describe('sampleBand', () => {
  it('spans text lines from the middle of the page, in the full page coordinates', () => {
    const lines = Array.from({ length: 30 }, (_, i): [number, number] => [
      200 + i * 25,
      212 + i * 25,
    ]);
    const b = sampleBand(page(700, 1000, lines), 3000, 10);
    // Lines 11..20 run from row 450 to row 687 of the small copy; three times that on the page.
    expect(b.lines).toBe(10);
    expect(b.top).toBeLessThanOrEqual(450 * 3);
    expect(b.top).toBeGreaterThan(425 * 3);
    expect(b.top + b.height).toBeGreaterThanOrEqual(687 * 3);
    expect(b.top + b.height).toBeLessThan(720 * 3);
  });

  it('falls back to the middle third on a page without text lines, and ignores dark bands', () => {
    expect(sampleBand(page(700, 1000, []), 3000)).toEqual({ top: 1000, height: 1000, lines: 0 });
    const dark = page(700, 1000, [[0, 1000]]);
    for (let y = 0; y < 1000; y++) dark.data.fill(0, y * 700, y * 700 + 600);
    expect(sampleBand(dark, 3000).lines).toBe(0);
  });

  it('takes rows as a view', () => {
    const r = page(10, 10, [[2, 4]]);
    const b = band(r, 2, 3);
    expect(b).toMatchObject({ width: 10, height: 3 });
    expect(b.data.length).toBe(30);
    expect(b.data[0]).toBe(255);
  });
});
