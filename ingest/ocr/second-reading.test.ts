import { describe, expect, it } from 'vitest';
import type { OcrWord } from './reading-order.js';
import { latinRuns, mergeOwnLetters, nationalModel } from './second-reading.js';

const line = (n: number, text: string): OcrWord[] =>
  text.split(' ').map((t, i) => ({
    text: t,
    confidence: 0.9,
    x0: i * 100,
    y0: n * 40,
    x1: i * 100 + 90,
    y1: n * 40 + 30,
    line: n,
  }));
const texts = (words: OcrWord[]) => words.map((w) => w.text).join(' ');

describe('second readings', () => {
  it("takes a word from the national model alone where it differs only in that language's own letters", () => {
    const withRussian = line(1, 'Мухиддинов Зафар Сообщение НАУЧНЫЙ Тохиркизи');
    const tajikAlone = line(1, 'Муҳиддинов Зафар Сообшение НАУЧНЬІЇЙ Тохирқизи');
    expect(texts(mergeOwnLetters(withRussian, tajikAlone, 'tgk'))).toBe(
      'Муҳиддинов Зафар Сообщение НАУЧНЫЙ Тохирқизи',
    );
  });

  it('reads again only pages that carried Russian beside a national model', () => {
    expect(nationalModel(['tgk', 'rus'])).toBe('tgk');
    expect(nationalModel(['ukr', 'rus'])).toBe('ukr');
    expect(nationalModel(['tgk', 'eng'])).toBeUndefined();
    expect(nationalModel(['rus', 'eng'])).toBeUndefined();
  });

  it('finds the runs of Latin words with an initial on a line', () => {
    const words = [
      ...line(1, 'аккаунта пользователя «Guzal М.» в мессенджере'),
      ...line(2, 'Passport number'),
      ...line(3, 'Interviewer: K. Wróblewska'),
    ];
    expect(latinRuns(words).map(texts)).toEqual(['«Guzal М.»', 'Interviewer: K. Wróblewska']);
  });
});
