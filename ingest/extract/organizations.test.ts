import { describe, expect, it } from 'vitest';
import { findOrganizations } from './organizations.js';

const orgs = (text: string) => findOrganizations(text).map((f) => f.normalized);

describe('findOrganizations', () => {
  it('Russian, in capitals and in oblique cases, with abbreviations', () => {
    expect(
      orgs('ГОСУДАРСТВЕННЫЙ КОМИТЕТ НАЦИОНАЛЬНОЙ БЕЗОПАСНОСТИ РЕСПУБЛИКИ ТАДЖИКИСТАН'),
    ).toEqual(['State Committee for National Security of Tajikistan']);
    expect(orgs('определением Верховного суда Республики Таджикистан оставлено')).toEqual([
      'Supreme Court of Tajikistan',
    ]);
    expect(orgs('по запросу Пограничных войск ГКНБ РТ')).toEqual([
      'State Committee for National Security of Tajikistan',
    ]);
    expect(orgs('через Национальное бюро Интерпола')).toEqual(['Interpol']);
    expect(orgs('вербовку в ряды «Исламского государства»')).toEqual(['Islamic State']);
  });

  it('district courts named after their seat', () => {
    expect(orgs('определением суда района Фирдавси г. Душанбе от 11.09.2020')).toEqual([
      'Firdavsi District Court (Dushanbe)',
    ]);
    expect(orgs('a warrant of the Firdavsi District Court, Dushanbe')).toEqual([
      'Firdavsi District Court',
    ]);
  });

  it('Polish courts and prosecutors with their seat in the nominative', () => {
    expect(orgs('Sąd Okręgowy w Lublinie IV Wydział Karny')).toEqual(['Regional Court in Lublin']);
    expect(orgs('apelacja do Sądu Apelacyjnego w Lublinie')).toEqual(['Court of Appeal in Lublin']);
    expect(orgs('skarga do Europejskiego Trybunału Praw Człowieka')).toEqual([
      'European Court of Human Rights',
    ]);
    expect(orgs('placówki Straży Granicznej')).toEqual(['Polish Border Guard']);
  });

  it('Ukrainian, Tajik and English', () => {
    expect(orgs('ДЕРЖАВНОЇ ПРИКОРДОННОЇ СЛУЖБИ УКРАЇНИ')).toEqual([
      'State Border Guard Service of Ukraine',
    ]);
    expect(orgs('ВАЗОРАТИ КОРҲОИ ДОХИЛИИ ҶУМҲУРИИ ТОҶИКИСТОН')).toEqual([
      'Ministry of Internal Affairs of Tajikistan',
    ]);
    expect(orgs('an application to the European Court of Human Rights, and UNHCR')).toEqual([
      'European Court of Human Rights',
      'UNHCR',
    ]);
  });
});

// Invented sentences: ordinary words that merely resemble a catalogue name are no organization.
describe('findOrganizations: no fuzzy matches of common words', () => {
  it('a catalogue name needs its capital: lower-case words are ordinary words', () => {
    expect(orgs('a memorial service was held in the village')).toEqual([]);
    expect(orgs('the federal security services of several states')).toEqual([]);
    expect(orgs('Z tej strony granicznej rzeki widać wieś.')).toEqual([]);
    expect(orgs('Memorial Human Rights Centre and Memorial')).toEqual(['Memorial', 'Memorial']);
  });

  it('a short word of a name matches only whole, a stem has at least four letters', () => {
    expect(orgs('We flew to some airport in the south.')).toEqual([]);
    expect(orgs('Some airports were closed; Tajik airports too.')).toEqual([]);
    expect(orgs('a ticket of Tajik Air, then Aeroflot')).toEqual(['Tajik Air', 'Aeroflot']);
    expect(orgs('wyleciał samolotem Tajik Aira')).toEqual(['Tajik Air']);
  });

  it('a one-word name takes a case ending, not an English plural, and is not a look-alike', () => {
    expect(orgs('Memorials were laid at the gate.')).toEqual([]);
    expect(
      orgs('Interview with the applicant; Interpolation of the data; Europolitan plans; Frontexes'),
    ).toEqual([]);
    expect(orgs('zgodnie z danymi Europolu i Frontexu')).toEqual(['Europol', 'Frontex']);
    expect(orgs('по линии Европола и Фронтекса')).toEqual(['Europol', 'Frontex']);
  });
});
