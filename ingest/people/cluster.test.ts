import { describe, expect, it } from 'vitest';
import { clusterPeople, variantKey, type Mention } from './cluster.js';

let id = 0;
const m = (documentId: number, text: string, normalized: string): Mention => ({ id: ++id, documentId, text, normalized });

describe('clusterPeople', () => {
  const mentions = [
    m(1, 'Ибрагимов Шерзод Алиевич', 'Sherzod Ibragimov'),
    m(2, 'IBROKHIMOV SHERZOD', 'Sherzod Ibrokhimov'),
    m(3, 'Szerzodem Ibrochimowem', 'Sherzod Ibrokhimov'),
    m(4, 'Sherzod Ibrohimov', 'Sherzod Ibrohimov'),
    m(1, 'Назаровой Фарангис Рустамовны', 'Farangis Nazarova'),
    m(5, 'Faranguis Nazarova', 'Faranguis Nazarova'),
    m(6, 'Назарова Ф. Р.', 'F. R. Nazarova'),
    m(4, 'Mehrangez Nazarova', 'Mehrangez Nazarova'),
    m(7, 'Mekhrangez Nazarova', 'Mekhrangez Nazarova'),
    m(1, 'Назаров Рустам Хайдарович', 'Rustam Nazarov'),
    m(2, 'Назаровым Р. Х.', 'R. Kh. Nazarov'),
    m(1, 'Ш. М. Саидзода', 'Sh. M. Saidzoda'),
    m(3, 'S. M. Saidzoda', 'S. M. Saidzoda'),
  ];
  const people = clusterPeople(mentions);
  const of = (text: string) => people.find((p) => p.variants.includes(text))?.key;

  it('joins transliterations, Polish case forms and word order of one name', () => {
    expect(new Set([of('Ибрагимов Шерзод Алиевич'), of('Sherzod Ibrokhimov'), of('Szerzodem Ibrochimowem'), of('Sherzod Ibrohimov')]).size).toBe(1);
    expect(of('Faranguis Nazarova')).toBe(of('Назаровой Фарангис Рустамовны'));
    expect(of('Mekhrangez Nazarova')).toBe(of('Mehrangez Nazarova'));
  });

  it('keeps sisters and their father apart, and gives initials to the one person they fit', () => {
    const family = [of('Назаровой Фарангис Рустамовны'), of('Mehrangez Nazarova'), of('Назаров Рустам Хайдарович')];
    expect(new Set(family).size).toBe(3);
    expect(of('Назарова Ф. Р.')).toBe(family[0]);
    expect(of('Назаровым Р. Х.')).toBe(family[2]);
    expect(of('S. M. Saidzoda')).toBe(of('Ш. М. Саидзода'));
  });

  it('leaves initials that fit two people of one family unassigned to either', () => {
    const twoF = clusterPeople([m(1, 'Farangis Nazarova', 'Farangis Nazarova'), m(2, 'Firuza Nazarova', 'Firuza Nazarova'), m(3, 'Назарова Ф.', 'F. Nazarova')]);
    expect(twoF).toHaveLength(3);
  });

  it('gives a given name with the family initial to the one full name it fits, in its document first', () => {
    const p = clusterPeople([
      m(1, 'Назаровой Фарангис Рустамовны', 'Farangis Nazarova'),
      m(1, 'Farangis N.', 'Farangis N.'),
      m(2, 'Farangis Nurova', 'Farangis Nurova'),
      m(3, 'Farangis N.', 'Farangis N.'),
      m(4, 'Umed R.', 'Umed R.'),
    ]);
    const of = (text: string) => p.find((x) => x.mentionIds.length && x.variants.includes(text));
    expect(of('Назаровой Фарангис Рустамовны')?.mentionIds).toHaveLength(2);
    expect(of('Farangis Nurova')?.mentionIds).toHaveLength(1);
    // In document 3 two people fit; in document 4 nobody: each stays a person of its own, with a usable key.
    expect(p).toHaveLength(4);
    expect(p.every((x) => /^[a-z0-9-]+$/.test(x.key))).toBe(true);
  });

  it('lists clean spellings only: no labels caught between names, no OCR script mix-ups', () => {
    const p = clusterPeople([m(1, 'NAZAROVA\nForename FARANGIS', 'Farangis Nazarova'), m(2, 'Назарова Ф. P.', 'F. R. Nazarova'), m(3, 'Farangis Nazarova', 'Farangis Nazarova')]);
    expect(p).toHaveLength(1);
    expect(p[0]?.variants).toEqual(['Farangis Nazarova']);
  });

  it('applies merge and split decisions, the last one about a pair winning', () => {
    const base = [m(1, 'Umed Rakhmonzoda', 'Umed Rakhmonzoda'), m(2, 'Umid Rahmonov', 'Umid Rahmonov')];
    expect(clusterPeople(base)).toHaveLength(2);
    const merge = { kind: 'merge' as const, a: variantKey('Umed Rakhmonzoda'), b: variantKey('Umid Rahmonov') };
    expect(clusterPeople(base, [merge])).toHaveLength(1);
    const split = { kind: 'split' as const, a: variantKey('Umid Rahmonov'), b: variantKey('Umed Rakhmonzoda') };
    expect(clusterPeople(base, [merge, split])).toHaveLength(2);
  });
});
