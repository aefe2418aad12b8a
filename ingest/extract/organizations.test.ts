import { describe, expect, it } from 'vitest';
import { findOrganizations } from './organizations.js';

const orgs = (text: string) => findOrganizations(text).map((f) => f.normalized);

describe('findOrganizations', () => {
  it('Russian, in capitals and in oblique cases, with abbreviations', () => {
    expect(orgs('ГОСУДАРСТВЕННЫЙ КОМИТЕТ НАЦИОНАЛЬНОЙ БЕЗОПАСНОСТИ РЕСПУБЛИКИ ТАДЖИКИСТАН')).toEqual(['State Committee for National Security of Tajikistan']);
    expect(orgs('определением Верховного суда Республики Таджикистан оставлено')).toEqual(['Supreme Court of Tajikistan']);
    expect(orgs('по запросу Пограничных войск ГКНБ РТ')).toEqual(['State Committee for National Security of Tajikistan']);
    expect(orgs('через Национальное бюро Интерпола')).toEqual(['Interpol']);
    expect(orgs('вербовку в ряды «Исламского государства»')).toEqual(['Islamic State']);
  });

  it('district courts named after their seat', () => {
    expect(orgs('определением суда района Фирдавси г. Душанбе от 11.09.2020')).toEqual(['Firdavsi District Court (Dushanbe)']);
    expect(orgs('a warrant of the Firdavsi District Court, Dushanbe')).toEqual(['Firdavsi District Court']);
  });

  it('Polish courts and prosecutors with their seat in the nominative', () => {
    expect(orgs('Sąd Okręgowy w Lublinie IV Wydział Karny')).toEqual(['Regional Court in Lublin']);
    expect(orgs('apelacja do Sądu Apelacyjnego w Lublinie')).toEqual(['Court of Appeal in Lublin']);
    expect(orgs('skarga do Europejskiego Trybunału Praw Człowieka')).toEqual(['European Court of Human Rights']);
    expect(orgs('placówki Straży Granicznej')).toEqual(['Polish Border Guard']);
  });

  it('Ukrainian, Tajik and English', () => {
    expect(orgs('ДЕРЖАВНОЇ ПРИКОРДОННОЇ СЛУЖБИ УКРАЇНИ')).toEqual(['State Border Guard Service of Ukraine']);
    expect(orgs('ВАЗОРАТИ КОРҲОИ ДОХИЛИИ ҶУМҲУРИИ ТОҶИКИСТОН')).toEqual(['Ministry of Internal Affairs of Tajikistan']);
    expect(orgs('an application to the European Court of Human Rights, and UNHCR')).toEqual(['European Court of Human Rights', 'UNHCR']);
  });
});
