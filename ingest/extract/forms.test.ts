import { describe, expect, it } from 'vitest';
import { extractPage } from './extract.js';
import { findFormPersons } from './forms.js';
import { newContext } from './types.js';

const persons = (text: string) => findFormPersons(text).map((f) => f.normalized);
const extracted = (text: string) =>
  extractPage(text, newContext())
    .filter((f) => f.type === 'person')
    .map((f) => f.normalized);

// Every form and person here is invented.
describe('findFormPersons', () => {
  it('pairs a family-name field with the given-name field lines near it, in six languages', () => {
    expect(persons('АНКЕТА\nФамилия Назирова\nИмя Севара\nОтчество Бахтиёровна')).toEqual([
      'Sevara Nazirova',
    ]);
    expect(persons("Прізвище: Назірова\nІм'я: Севара\nПо батькові: Бахтійорівна")).toEqual([
      'Sevara Nazirova',
    ]);
    expect(persons('Nazwisko: Nazirowa\nImię: Sewara\nData urodzenia: 03.04.1992')).toEqual([
      'Sevara Nazirova',
    ]);
    expect(persons('Prénom : Sevara\nNom de famille : Nazirova')).toEqual(['Sevara Nazirova']);
    expect(persons('Surname: NAZIROVA\nGiven names: SEVARA')).toEqual(['Sevara Nazirova']);
    expect(persons('Name: Nasirowa\nVorname: Sewara')).toEqual(['Sevara Nasirova']);
    expect(persons('Насаб: Назирова\nНом: Севара')).toEqual(['Sevara Nazirova']);
  });

  it('reads a whole-name field in either order', () => {
    expect(persons('ФИО: Назирова Севара Бахтиёровна\nДата рождения: 03.04.1992')).toEqual([
      'Sevara Nazirova',
    ]);
    expect(persons('Full name: Sevara Nazirova')).toEqual(['Sevara Nazirova']);
  });

  it('reads a whole-name field whose label puts the family name first, whatever the name', () => {
    expect(
      persons('KARTA\nNazwisko i imię: Zawilec Bogumiła\nData urodzenia: 7 lipca 1985 r.'),
    ).toEqual(['Bogumiła Zawilec']);
    expect(persons('Name, Vorname: Quaschning Helmtraud')).toEqual(['Helmtraud Quaschning']);
    expect(persons('Nom, prénom : Vauquelin Ombeline')).toEqual(['Ombeline Vauquelin']);
    expect(persons("Прізвище, ім'я, по батькові: Ковтуненко Оксана Олексіївна")).toEqual([
      'Oksana Kovtunenko',
    ]);
  });

  it("reads no one else's field, no lower-case value, no label alone, no fields far apart", () => {
    // The father's given name is his, not the holder's.
    expect(persons('Фамилия Назирова\nИмя отца Бахтиёр')).toEqual([]);
    expect(persons('Nazwisko: Nazirowa\nImię ojca: Bachtijor')).toEqual([]);
    expect(persons('Фамилия: не указана\nИмя: Севара')).toEqual([]);
    expect(persons('Фамилия\nИмя')).toEqual([]);
    expect(persons('Surname: Nazirova\n\n\n\n\n\nGiven names: Sevara')).toEqual([]);
  });

  it("gives the extractor the form's person and no label as a name", () => {
    expect(extracted('АНКЕТА\nФамилия Назирова\nИмя Севара\nИмя отца Бахтиёр')).toEqual([
      'Sevara Nazirova',
    ]);
    expect(extracted('WNIOSEK\nNazwisko: Nazirowa\nImię: Sewara')).toEqual(['Sevara Nazirova']);
  });
});
