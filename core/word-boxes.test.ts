import { describe, expect, it } from 'vitest';
import { boxesFor } from './word-boxes.js';

const word = (start: number, end: number, x0: number) => ({
  text: 'w',
  confidence: 90,
  x0,
  y0: 10,
  x1: x0 + 40,
  y1: 30,
  start,
  end,
});

describe('boxesFor', () => {
  it('gives the boxes of the words a span overlaps, in order', () => {
    const words = [word(0, 5, 0), word(6, 11, 50), word(12, 17, 100)];
    expect(boxesFor(words, 3, 8)).toEqual([
      [0, 10, 40, 30],
      [50, 10, 90, 30],
    ]);
    expect(boxesFor(words, 11, 12)).toBeNull(); // the space between two words
  });

  it('gives null without words or for words without text offsets', () => {
    expect(boxesFor(null, 0, 5)).toBeNull();
    expect(boxesFor([{ x0: 0, y0: 0, x1: 1, y1: 1 }], 0, 5)).toBeNull();
  });
});
