import { describe, expect, it } from 'vitest';
import { assessTextLayer } from './plausible.js';

describe('assessTextLayer', () => {
  it('uses a real text layer', () => {
    expect(
      assessTextLayer('Sąd Rejonowy w Chełmie, sprawa o wykroczenie, posiedzenie jawne').usable,
    ).toBe(true);
  });
  it('sends empty, tiny, undecodable and symbol-only layers to OCR', () => {
    expect(assessTextLayer('   \n ')).toEqual({ usable: false, reason: 'no text layer' });
    expect(assessTextLayer('1').reason).toMatch(/too short/);
    expect(assessTextLayer('\uFFFD\uFFFD\uE001\uE002'.repeat(10)).reason).toMatch(/undecodable/);
    expect(assessTextLayer('•••• ---- //// ||||| ====').reason).toMatch(/symbols/);
  });
});
