import { describe, expect, it } from 'vitest';
import { findPlaces } from '../places.js';

const names = (text: string) => findPlaces(text).map((p) => p.normalized);

describe('places in Polish', () => {
  it('matches case forms of curated names', () => {
    expect(names('Sąd Okręgowy w Przemyślu; ośrodek w Kętrzynie; na przejściu w Medyce')).toEqual(['Przemyśl', 'Kętrzyn', 'Medyka']);
    expect(names('wyleciała z Duszanbe do Stambułu, a następnie do Syrii; w Stambule i w Charkowie')).toEqual([
      'Dushanbe',
      'Istanbul',
      'Syria',
      'Istanbul',
      'Kharkiv',
    ]);
    expect(names('obywatelka Republiki Tadżykistanu przyjechała do Polski z Ukrainy')).toEqual(['Tajikistan', 'Poland', 'Ukraine']);
    expect(names('urodzona w Nureku, mieszkała w Kijowie')).toEqual(['Nurek', 'Kyiv']);
  });

  it('reads regions written as adjectives', () => {
    expect(names('przejście graniczne Hoptiwka w obwodzie charkowskim')).toEqual(['Hoptivka', 'Kharkiv Oblast']);
  });

  it('inflects GeoNames towns after a preposition on a Polish page', () => {
    const text = 'Zażalenie do Sądu Apelacyjnego w Rzeszowie. Urodzona w Brzozowie, zamieszkała w Sanoku i w Łodzi.';
    expect(names(text)).toEqual(['Rzeszów', 'Brzozów', 'Sanok', 'Łódź']);
    expect(names('Urodził się w Nowym Sączu, a potem przeprowadził do Zielonej Góry.')).toEqual(['Nowy Sącz', 'Zielona Góra']);
  });

  it('leaves streets, adjectives and people alone', () => {
    expect(names('ul. Wojska Polskiego 3; w polskich dokumentach; Polskiego Związku')).toEqual([]);
    expect(names('Przewodniczący: SSO Anna Wierzbicka-Nowak; Protokolant: Joanna Pilch; Tomasz Lewandowski')).toEqual([]);
    expect(names('Farangis Nazarowa, Szerzod Ibrochimow, Rustam Nazarow')).toEqual([]);
  });
});
