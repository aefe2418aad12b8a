import { describe, expect, it } from 'vitest';
import { runsToText, type TextRun } from './layout.js';

const run = (str: string, x: number, y: number, width = str.length * 6, size = 12): TextRun => ({
  str,
  x,
  y,
  width,
  size,
});

describe('runsToText', () => {
  it('orders lines top to bottom and runs left to right', () => {
    const text = runsToText([
      run('second line', 72, 116),
      run('world', 110, 100),
      run('Hello', 72, 100),
    ]);
    expect(text).toBe('Hello world\nsecond line');
  });

  it('joins runs that touch without a space and separates runs with a gap', () => {
    expect(runsToText([run('Расу', 72, 100, 24), run('лова', 96, 100, 24)])).toBe('Расулова');
    expect(runsToText([run('г. Кулоб', 68, 100, 46), run('3 февраля 2021 года', 437, 100)])).toBe(
      'г. Кулоб 3 февраля 2021 года',
    );
  });

  it('keeps a slightly raised run (superscript, jitter) on its line', () => {
    expect(runsToText([run('ст. 187', 72, 100, 40), run('(3)', 113, 98, 12, 8)])).toBe(
      'ст. 187(3)',
    );
  });

  it('collapses repeated spaces and drops empty lines', () => {
    expect(runsToText([run('a  ', 0, 10), run('   ', 0, 30), run('b', 0, 50)])).toBe('a\nb');
  });
});
