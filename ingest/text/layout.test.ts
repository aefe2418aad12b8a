import { describe, expect, it } from 'vitest';
import { placeRuns, runsToText, type TextRun } from './layout.js';

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

describe('placeRuns', () => {
  it('gives the same text as runsToText, with each word boxed where it stands in it', () => {
    const runs = [
      run('Ledger kept by', 72, 100),
      run('Quillon', 160, 100),
      run('Второй ряд:  Мирослав', 72, 130, 126),
    ];
    const { text, words } = placeRuns(runs);
    expect(text).toBe(runsToText(runs));
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual([
      'Ledger',
      'kept',
      'by',
      'Quillon',
      'Второй',
      'ряд:',
      'Мирослав',
    ]);
    const quillon = words[3]!;
    expect([quillon.x0, quillon.x1]).toEqual([160, 160 + 42]);
    expect(quillon.y0).toBeLessThan(100);
    expect(quillon.y1).toBeGreaterThan(100);
    // A word's box is its share of the run: "kept" is characters 7..11 of a 14-character run 84 wide.
    expect([words[1]!.x0, words[1]!.x1]).toEqual([72 + 7 * 6, 72 + 11 * 6]);
    expect(words[6]!.y0).toBeGreaterThan(100);
  });

  it('boxes a word split across runs as one word around its pieces', () => {
    const cases: Array<[TextRun[], string[], [number, number]]> = [
      [[run('Вель', 72, 100, 24), run('ми', 96, 100, 12)], ['Вельми'], [72, 108]],
      // Polish letters set in a fallback font, each its own run: "Sąd Łężny".
      [
        [
          run('S', 50, 100, 6),
          run('ą', 56, 100, 6),
          run('d', 62, 100, 6),
          run('Ł', 74, 100, 6),
          run('ężny', 80, 100, 24),
        ],
        ['Sąd', 'Łężny'],
        [50, 68],
      ],
      // A kerned Latin word and the next word in the same run after a space.
      [
        [run('Wa', 10, 100, 12), run('ter lane', 22, 100, 48)],
        ['Water', 'lane'],
        [10, 40],
      ],
    ];
    for (const [runs, expected, [x0, x1]] of cases) {
      const { text, words } = placeRuns(runs);
      expect(words.map((w) => text.slice(w.start, w.end))).toEqual(expected);
      expect([words[0]!.x0, words[0]!.x1]).toEqual([x0, x1]);
    }
  });
});

describe('placeRuns with a measure', () => {
  it('shares the run out by the measured advances: narrow spaces, wide letters', () => {
    // An invented measure: spaces count 1, letters 3.
    const measure = (s: string) => [...s].reduce((n, c) => n + (c === ' ' ? 1 : 3), 0);
    const { words } = placeRuns([run('ab cd', 0, 100, 130)], measure);
    expect(words.map((w) => [w.x0, w.x1])).toEqual([
      [0, 60],
      [70, 130],
    ]);
    // A measure that finds no font falls back to counting characters.
    expect(placeRuns([run('ab cd', 0, 100, 50)], () => 0).words.map((w) => w.x1)).toEqual([20, 50]);
  });
});
