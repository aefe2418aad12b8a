import { describe, expect, it } from 'vitest';
import { extractPage } from '../extract.js';
import { findPlaces } from '../places.js';
import { newContext } from '../types.js';

const names = (text: string) => findPlaces(text).map((p) => p.normalized);

// Continents and world regions (data/world-regions.json) in the six languages' case forms.
describe('continents and world regions', () => {
  it('Russian and Ukrainian: case forms of one word and of adjective + noun', () => {
    expect(names('Он несколько лет жил в Европе, потом в Казани.')).toEqual(['Europe', 'Kazan']);
    expect(names('Груз шёл из Азии через Среднюю Азию')).toEqual(['Asia', 'Central Asia']);
    expect(names('работал на Ближнем Востоке и в Центральной Азии')).toEqual([
      'Middle East',
      'Central Asia',
    ]);
    expect(names('Вона навчалася у Європі, а потім працювала в Африці.')).toEqual([
      'Europe',
      'Africa',
    ]);
    expect(names('Він воював на Близькому Сході та жив у Центральній Азії')).toEqual([
      'Middle East',
      'Central Asia',
    ]);
    expect(names('поставки зі Східної Європи до Латинської Америки')).toEqual([
      'Eastern Europe',
      'Latin America',
    ]);
  });

  it('Polish case forms', () => {
    expect(names('Przez dwa lata mieszkał w Europie, a potem w Azji Środkowej.')).toEqual([
      'Europe',
      'Central Asia',
    ]);
    expect(names('Pracowała na Bliskim Wschodzie i na Bałkanach.')).toEqual([
      'Middle East',
      'Balkans',
    ]);
  });

  it('English, French and German', () => {
    expect(names('He spent two years in Central Asia and later in the Middle East.')).toEqual([
      'Central Asia',
      'Middle East',
    ]);
    expect(names('Elle a vécu en Europe puis au Moyen-Orient et en Asie centrale.')).toEqual([
      'Europe',
      'Middle East',
      'Central Asia',
    ]);
    expect(names('Er arbeitete im Nahen Osten und reiste durch Zentralasien.')).toEqual([
      'Middle East',
      'Central Asia',
    ]);
  });

  it('a region is no part of a longer name, needs a preposition of place, and a continent named like a given name stays a name', () => {
    // A compound region is one place, not its continent as well.
    expect(names('Она переехала в Юго-Восточную Азию.')).toEqual(['Southeast Asia']);
    expect(names('She moved to Eastern Europe in 2015.')).toEqual(['Eastern Europe']);
    // Without a preposition of place a region names a topic (a desk, a section), not a place.
    expect(names('Regional desk: Africa and Oceania')).toEqual([]);
    expect(names('Раздел «Скандинавия» обновлён')).toEqual([]);
    expect(names('She edits the Balkans bulletin.')).toEqual([]);
    // The model's reading confirms one without a preposition only when it is sure.
    const text = 'Regional desk · Oceania';
    const span = { start: text.indexOf('Oceania'), end: text.length };
    expect(findPlaces(text, [{ ...span, sure: false }]).map((p) => p.normalized)).toEqual([]);
    expect(findPlaces(text, [{ ...span, sure: true }]).map((p) => p.normalized)).toEqual([
      'Oceania',
    ]);
    // Asia is also a given name: not a place inside a person's name.
    expect(names('Asia Marchetti signed the statement.')).toEqual([]);
  });

  it("in the pipeline: normalized to the English name, and no place inside an organization's name", () => {
    const places = (text: string) =>
      extractPage(text, newContext())
        .filter((f) => f.type === 'place')
        .map((f) => f.normalized);
    expect(places('Он долго жил в Европе, а затем в Казани.')).toEqual(['Europe', 'Kazan']);
    expect(places('Wróciła z Europy Zachodniej do Lublina.')).toEqual(['Western Europe', 'Lublin']);
    expect(
      places('She wrote to the Europe and Central Asia Division of Harbourwatch in May.'),
    ).toEqual([]);
  });
});

// A country's name in a language no document here is written in (i18n-iso-countries knows ~80) that
// is also a town's name names the town.
describe("towns named like a country in another language's name for it", () => {
  it('reads the town, where the model or a preposition says place', () => {
    const placed = (text: string) =>
      extractPage(text, newContext())
        .filter((e) => e.type === 'place')
        .map((e) => e.normalized);
    expect(placed('She flew from Riga to Tunis on 3 May.')).toEqual(['Riga', 'Tunis']);
    expect(placed('Они переехали из Granada в Salvador.')).not.toContain('Grenada');
    expect(placed('They moved from Granada to Seville.')).not.toContain('Grenada');
    expect(placed('Il a vécu à Salvador puis à Recife.')).toEqual(['Salvador', 'Recife']);
    expect(placed('He studied in Columbia, Missouri.')).not.toContain('Colombia');
  });
});
