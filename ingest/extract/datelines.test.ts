import { describe, expect, it } from 'vitest';
import { datelinePlaces } from './datelines.js';
import { extractPage } from './extract.js';
import { findDates } from './dates.js';
import { newContext } from './types.js';

// Invented news openings; the towns are real places the gazetteer holds, the stories are not.
const places = (text: string) =>
  extractPage(text, newContext())
    .filter((f) => f.type === 'place')
    .map((f) => `${f.text}=${f.normalized}`);
const found = (text: string, known: (s: string) => string | undefined) =>
  datelinePlaces(text, findDates(text, newContext()), known).map(
    (f) => `${text.slice(f.start, f.end)}=${f.normalized}`,
  );

describe('datelines: a town in capitals opening a news item, then its date', () => {
  it('reads the town in capitals before the date as a place, in any language', () => {
    expect(
      places('Talks resume on the tariff .\nGENEVA 2021-03-14\nDelegates met on Sunday .\n'),
    ).toContain('GENEVA=Geneva');
    expect(places('МОСКВА, 14 марта 2021 г. — Совет директоров утвердил отчёт.\n')).toContain(
      'МОСКВА=Moscow',
    );
    expect(places('WIGAN , England 2021-03-14\nThe home side won easily .\n')).toContain(
      'WIGAN=Wigan',
    );
  });

  it('takes an unlisted town when the region after its comma is a listed place', () => {
    const known = (s: string) => (s === 'Portugal' ? 'Portugal' : undefined);
    expect(found('VILA NOVINHA , Portugal 2021-03-14\nThe mayor resigned .\n', known)).toEqual([
      'VILA NOVINHA=Vila Novinha',
    ]);
    expect(found('VILA NOVINHA 2021-03-14\nThe mayor resigned .\n', known)).toEqual([]);
  });

  it('reads no dateline from a name in capitals with a birth date in a row, or from running text', () => {
    const known = (s: string) => (s === 'NICE' || s === 'LYON' ? s : undefined);
    expect(found('KOWALSKI 1985-03-14 kierowca, Lublin\n', known)).toEqual([]);
    expect(found('LYON 1985-03-14 ur. w Lublinie, kierowca\n', known)).toEqual([]);
    expect(found('Il est arrivé à NICE le 2021-03-14 .\n', known)).toEqual([]);
  });
});
