import { describe, expect, it } from 'vitest';
import { correctWords, repairHomoglyphs } from './corrections.js';
import type { OcrWord } from './reading-order.js';

const line = (n: number, text: string): OcrWord[] => text.split(' ').map((t, i) => ({ text: t, confidence: 0.9, x0: i * 100, y0: n * 40, x1: i * 100 + 90, y1: n * 40 + 30, line: n }));
const texts = (words: OcrWord[]) => words.map((w) => w.text).join(' ');

describe('homoglyph repair', () => {
  it('turns look-alike letters of the other script into the script of the word', () => {
    expect(texts(repairHomoglyphs([...line(1, 'Paсул Назаров ГОПТIВКА'), ...line(2, 'Pаsspоrt number')], true))).toBe('Расул Назаров ГОПТІВКА Passport number');
  });

  it('reads a Latin look-alike word as Cyrillic on a Cyrillic page when a 3 stands inside it or its transliteration is beside it', () => {
    const words = [...line(1, 'HA3APOBA / NAZAROVA'), ...line(2, 'HYPEK / NUREK'), ...line(3, '11 MAP/MAR 2016')];
    expect(texts(repairHomoglyphs(words, true))).toBe('НАЗАРОВА / NAZAROVA НУРЕК / NUREK 11 МАР/MAR 2016');
  });

  it('leaves Latin words alone otherwise, and a 3 on a Latin page', () => {
    expect(texts(repairHomoglyphs([...line(1, 'TAXI HOME TJK P<TJKNAZAROVA<<FARANGIS'), ...line(2, 'Нусха / Сору')], true))).toBe('TAXI HOME TJK P<TJKNAZAROVA<<FARANGIS Нусха / Сору');
    expect(texts(repairHomoglyphs([...line(1, 'BA3A'), ...line(2, 'HYPEK / NUREK')], false))).toBe('BA3A НУРЕК / NUREK');
  });

  it('puts an initial into the script of the name around it', () => {
    expect(texts(repairHomoglyphs(line(1, 'Адвокат В. I. Мельник, 03.06.2019'), true))).toBe('Адвокат В. І. Мельник, 03.06.2019');
    expect(texts(repairHomoglyphs(line(1, 'пользователя «Farangis М.» в сети'), true))).toBe('пользователя «Farangis M.» в сети');
    // Between words of both scripts, or with no name beside it, it stays.
    expect(texts(repairHomoglyphs(line(1, 'Farangis I. Мельник'), true))).toBe('Farangis I. Мельник');
  });

  it('runs with the other corrections', () => {
    expect(texts(correctWords(line(1, 'паспорт Мо 401234567 HA3APOBA'), true))).toBe('паспорт № 401234567 НАЗАРОВА');
  });
});
