import { describe, expect, it } from 'vitest';
import { findPersons } from './persons.js';
import { newContext } from './types.js';

const names = (text: string) => findPersons(text, newContext(), []).map((f) => [text.slice(f.start, f.end), f.normalized]);

describe('findPersons', () => {
  it('Russian: family, given and patronymic, in oblique cases, with the patronymic dropped', () => {
    expect(names('по обвинению Назаровой Фарангис Рустамовны в совершении')).toEqual([['Назаровой Фарангис Рустамовны', 'Farangis Nazarova']]);
    expect(names('Отец обвиняемой — Назаров Рустам Хайдарович, 1962 года')).toEqual([['Назаров Рустам Хайдарович', 'Rustam Nazarov']]);
    expect(names('1. Привлечь Ибрагимова Шерзода Алиевича, 30 ноября')).toEqual([['Ибрагимова Шерзода Алиевича', 'Sherzod Ibragimov']]);
  });

  it('Russian: initials before and after the family name, masculine genitive after a noun', () => {
    expect(names('утверждаю Ш. М. Саидзода')).toEqual([['Ш. М. Саидзода', 'Sh. M. Saidzoda']]);
    expect(names('показаниями свидетеля Холматова Д. С. (т. 2)')).toEqual([['Холматова Д. С.', 'D. S. Kholmatov']]);
    expect(names('майор юстиции Б. Д. Каримов')).toEqual([['Б. Д. Каримов', 'B. D. Karimov']]);
  });

  it('resolves a later short mention to the person named in full earlier', () => {
    const ctx = newContext();
    findPersons('Назарова Фарангис Рустамовна, 14.06.1991 года рождения', ctx, []);
    expect(findPersons('Вина Назаровой Ф. Р. подтверждается', ctx, []).map((f) => f.normalized)).toEqual(['Farangis Nazarova']);
  });

  it('Tajik: -қизи patronymic, -зода family names, Tajik letters', () => {
    expect(names('НАЗАРОВА ФАРАНГИС РУСТАМҚИЗИ')).toEqual([['НАЗАРОВА ФАРАНГИС РУСТАМҚИЗИ', 'Farangis Nazarova']]);
    expect(names('Шоҳидон: Юсуфов Абдуллоҳ, паспорт')).toEqual([['Юсуфов Абдуллоҳ', 'Abdulloh Yusufov']]);
    expect(names('Иброҳимов Шерзод Алиевич')).toEqual([['Иброҳимов Шерзод Алиевич', 'Sherzod Ibrohimov']]);
  });

  it('Ukrainian: Ukrainian romanization and dative before initials', () => {
    expect(names('Адвокату Мельнику В. І.')).toEqual([['Мельнику В. І.', 'V. I. Melnyk']]);
  });

  it('Polish, English and passport upper case', () => {
    expect(names('wydania Farangis Nazarowej władzom')).toEqual([['Farangis Nazarowej', 'Farangis Nazarova']]);
    expect(names('małżeństwo z Szerzodem Ibrochimowem w')).toEqual([['Szerzodem Ibrochimowem', 'Sherzod Ibrokhimov']]);
    expect(names('Przewodniczący: SSO Anna Wierzbicka-Nowak')).toEqual([['Anna Wierzbicka-Nowak', 'Anna Wierzbicka-Nowak']]);
    expect(names('said her lawyer, Paul Hendricks.')).toEqual([['Paul Hendricks', 'Paul Hendricks']]);
    expect(names('Applicant NAZAROVA Mehrangez, born')).toEqual([['NAZAROVA Mehrangez', 'Mehrangez Nazarova']]);
  });

  it('reads names from labelled form fields, the father in the masculine', () => {
    const form = 'Present family name NAZAROVA\nForename FARANGIS\nFather\'s name RUSTAM\nSex F';
    expect(findPersons(form, newContext(), []).map((f) => f.normalized)).toEqual(['Farangis Nazarova', 'Rustam Nazarov']);
  });

  it('does not take places, organizations, labels or sentence starts for names', () => {
    expect(names('Вина Назаровой подтверждается')).toEqual([]);
    expect(names('ГОСУДАРСТВЕННЫЙ КОМИТЕТ НАЦИОНАЛЬНОЙ БЕЗОПАСНОСТИ')).toEqual([]);
    expect(names('Prokuratury Okręgowej w Przemyślu')).toEqual([]);
    expect(names('Насаб / Surname')).toEqual([]);
  });
});
