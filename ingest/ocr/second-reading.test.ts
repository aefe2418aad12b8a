import { describe, expect, it } from 'vitest';
import type { OcrWord } from './reading-order.js';
import { latinRuns, mergeOwnLetters, nationalModel } from './second-reading.js';

const line = (n: number, text: string): OcrWord[] => text.split(' ').map((t, i) => ({ text: t, confidence: 0.9, x0: i * 100, y0: n * 40, x1: i * 100 + 90, y1: n * 40 + 30, line: n }));
const texts = (words: OcrWord[]) => words.map((w) => w.text).join(' ');

describe('second readings', () => {
  it('takes a word from the national model alone where it differs only in that language\'s own letters', () => {
    const withRussian = line(1, 'Иброхимов Шерзод Настоящее КУЛЬТУРНЫЙ Рустамкизи');
    const tajikAlone = line(1, 'Иброҳимов Шерзод Настояшее КУЛЬТУРНЬІЇЙ Рустамқизи');
    expect(texts(mergeOwnLetters(withRussian, tajikAlone, 'tgk'))).toBe('Иброҳимов Шерзод Настоящее КУЛЬТУРНЫЙ Рустамқизи');
  });

  it('reads again only pages that carried Russian beside a national model', () => {
    expect(nationalModel(['tgk', 'rus'])).toBe('tgk');
    expect(nationalModel(['ukr', 'rus'])).toBe('ukr');
    expect(nationalModel(['tgk', 'eng'])).toBeUndefined();
    expect(nationalModel(['rus', 'eng'])).toBeUndefined();
  });

  it('finds the runs of Latin words with an initial on a line', () => {
    const words = [...line(1, 'страницы пользователя «Farangis М.» в социальной'), ...line(2, 'Passport number'), ...line(3, 'Interviewer: M. Zielińska')];
    expect(latinRuns(words).map(texts)).toEqual(['«Farangis М.»', 'Interviewer: M. Zielińska']);
  });
});
