import { describe, expect, it } from 'vitest';
import { findOrganizations } from './organizations.js';

const orgs = (text: string) => findOrganizations(text).map((f) => f.normalized);

describe('findOrganizations', () => {
  it('Russian, in capitals and in oblique cases, with abbreviations', () => {
    expect(orgs('ГОСУДАРСТВЕННЫЙ КОМИТЕТ НАЦИОНАЛЬНОЙ БЕЗОПАСНОСТИ РЕСПУБЛИКИ ТАДЖИКИСТАН')).toEqual(['State Committee for National Security of Tajikistan']);
    expect(orgs('решением Верховного суда Республики Таджикистан от')).toEqual(['Supreme Court of Tajikistan']);
    expect(orgs('сведениями Пограничных войск ГКНБ РТ')).toEqual(['State Committee for National Security of Tajikistan']);
    expect(orgs('по линии Интерпола')).toEqual(['Interpol']);
    expect(orgs('организации «Исламское государство»')).toEqual(['Islamic State']);
  });

  it('district courts named after their seat', () => {
    expect(orgs('постановлением суда района Сино г. Душанбе от 28.04.2018')).toEqual(['Sino District Court (Dushanbe)']);
    expect(orgs('issued by the Sino District Court, Dushanbe')).toEqual(['Sino District Court']);
  });

  it('Polish courts and prosecutors with their seat in the nominative', () => {
    expect(orgs('Sąd Okręgowy w Przemyślu II Wydział Karny')).toEqual(['Regional Court in Przemyśl']);
    expect(orgs('zażalenie do Sądu Apelacyjnego w Rzeszowie')).toEqual(['Court of Appeal in Rzeszów']);
    expect(orgs('Europejskiego Trybunału Praw Człowieka')).toEqual(['European Court of Human Rights']);
    expect(orgs('funkcjonariuszy Straży Granicznej')).toEqual(['Polish Border Guard']);
  });

  it('Ukrainian, Tajik and English', () => {
    expect(orgs('АДМІНІСТРАЦІЯ ДЕРЖАВНОЇ ПРИКОРДОННОЇ СЛУЖБИ УКРАЇНИ')).toEqual(['State Border Guard Service of Ukraine']);
    expect(orgs('ВАЗОРАТИ КОРҲОИ ДОХИЛИИ ҶУМҲУРИИ ТОҶИКИСТОН')).toEqual(['Ministry of Internal Affairs of Tajikistan']);
    expect(orgs('the European Court of Human Rights and UNHCR')).toEqual(['European Court of Human Rights', 'UNHCR']);
  });
});
