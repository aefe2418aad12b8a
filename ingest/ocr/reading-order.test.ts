import { describe, expect, it } from 'vitest';
import { orderWords, type OcrWord } from './reading-order.js';

let line = 0;
/** Words of one tesseract line, laid out left to right from x with 12-px characters, 30 px high. */
function lineAt(y: number, ...parts: Array<[number, string]>): OcrWord[] {
  line++;
  return parts.flatMap(([x, text]) => {
    let cx = x;
    return text.split(' ').map((t) => {
      const w = {
        text: t,
        confidence: 0.9,
        x0: cx,
        y0: y,
        x1: cx + t.length * 12,
        y1: y + 30,
        line,
      };
      cx = w.x1 + 10;
      return w;
    });
  });
}

describe('orderWords', () => {
  it('reads a paragraph line by line', () => {
    const words = [
      ...lineAt(100, [50, 'first line of text']),
      ...lineAt(140, [50, 'second line of text']),
    ];
    expect(orderWords(words).text).toBe('first line of text\nsecond line of text');
  });

  it('reads a label/value grid cell by cell', () => {
    const words = [
      ...lineAt(100, [50, 'Type'], [400, 'Code'], [800, 'Passport No.']),
      ...lineAt(135, [50, 'P'], [400, 'TJK'], [800, '407315298']),
    ];
    expect(orderWords(words).text).toBe('Type\nP\nCode\nTJK\nPassport No.\n407315298');
  });

  it('keeps table rows separated by normal spacing as rows', () => {
    const words = [
      ...lineAt(100, [50, 'No'], [200, 'Date'], [500, 'Crossing point']),
      ...lineAt(160, [50, '1'], [200, '02.03.2019'], [500, 'Yahodyn']),
      ...lineAt(220, [50, '2'], [200, '14.09.2020'], [500, 'Krakovets']),
    ];
    expect(orderWords(words).text).toBe(
      'No Date Crossing point\n1 02.03.2019 Yahodyn\n2 14.09.2020 Krakovets',
    );
  });

  it('keeps the lines of a block (a stamp read apart) together, the block placed like a cell', () => {
    const header = lineAt(40, [50, 'Visas and stamps']);
    const left = [...lineAt(100, [60, 'UKRAINA 0512']), ...lineAt(135, [60, 'YAHODYN'])];
    const right = [...lineAt(110, [500, 'PL 112']), ...lineAt(145, [500, 'DOROHUSK'])];
    const below = lineAt(300, [50, 'Copy certified']);
    const { text, words } = orderWords([...header, ...below], [right, left]);
    expect(text).toBe('Visas and stamps\nUKRAINA 0512\nYAHODYN\nPL 112\nDOROHUSK\nCopy certified');
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
  });

  it('gives each word its offsets in the text', () => {
    const { text, words } = orderWords([...lineAt(100, [50, 'Расулова Гузал'])]);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
  });
});
