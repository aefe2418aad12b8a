import { describe, expect, it } from 'vitest';
import { correctWords, repairHomoglyphs } from './corrections.js';
import type { OcrWord } from './reading-order.js';

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

describe('homoglyph repair', () => {
  it('turns look-alike letters of the other script into the script of the word', () => {
    expect(
      texts(
        repairHomoglyphs(
          [...line(1, 'Tимур Расулов ЧЕРНIВЦI'), ...line(2, 'Pаsspоrt number')],
          true,
        ),
      ),
    ).toBe('Тимур Расулов ЧЕРНІВЦІ Passport number');
  });

  it('reads a Latin look-alike word as Cyrillic on a Cyrillic page when a 3 stands inside it or its transliteration is beside it', () => {
    const words = [
      ...line(1, 'KA3AKOBA / KAZAKOVA'),
      ...line(2, 'KOMAPOB / KOMAROV'),
      ...line(3, '05 MAP/MAR 2021'),
    ];
    expect(texts(repairHomoglyphs(words, true))).toBe(
      'КАЗАКОВА / KAZAKOVA КОМАРОВ / KOMAROV 05 МАР/MAR 2021',
    );
  });

  it('leaves Latin words alone otherwise, and a 3 on a Latin page', () => {
    expect(
      texts(
        repairHomoglyphs(
          [...line(1, 'TAXI HOME TJK P<TJKRASULOVA<<GUZAL'), ...line(2, 'Нусха / Сору')],
          true,
        ),
      ),
    ).toBe('TAXI HOME TJK P<TJKRASULOVA<<GUZAL Нусха / Сору');
    expect(
      texts(repairHomoglyphs([...line(1, 'BA3A'), ...line(2, 'KOMAPOB / KOMAROV')], false)),
    ).toBe('BA3A КОМАРОВ / KOMAROV');
  });

  it('puts an initial into the script of the name around it', () => {
    expect(texts(repairHomoglyphs(line(1, 'Адвокат С. I. Дмитрик, 14.09.2020'), true))).toBe(
      'Адвокат С. І. Дмитрик, 14.09.2020',
    );
    expect(texts(repairHomoglyphs(line(1, 'пользователя «Guzal М.» в сети'), true))).toBe(
      'пользователя «Guzal M.» в сети',
    );
    // Between words of both scripts, or with no name beside it, it stays.
    expect(texts(repairHomoglyphs(line(1, 'Guzal I. Дмитрик'), true))).toBe('Guzal I. Дмитрик');
  });

  it('runs with the other corrections', () => {
    expect(texts(correctWords(line(1, 'паспорт Мо 407315298 KA3AKOBA'), true))).toBe(
      'паспорт № 407315298 КАЗАКОВА',
    );
  });
});
