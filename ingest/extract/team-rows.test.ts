import { describe, expect, it } from 'vitest';
import { extractPage } from './extract.js';
import { teamNames, teamsOverPlaces } from './team-rows.js';
import { newContext } from './types.js';

// Invented tables and sentences; the towns are real places the gazetteer holds, the rows are not.
const names = (text: string) => teamNames(text).map((s) => text.slice(s.start, s.end));
const typed = (text: string, type: string) =>
  extractPage(text, newContext())
    .filter((f) => f.type === type)
    .map((f) => f.text);

describe('team names on results and standings rows', () => {
  it('finds the names of result rows and standings rows, in any script', () => {
    expect(names('Leeds 3 Carlisle 1\nBrighton 0 Dover 2\n')).toEqual([
      'Leeds',
      'Carlisle',
      'Brighton',
      'Dover',
    ]);
    expect(names('КРАСНОДАР 51 30 .630 -\nОМСК 44 37 .543 7\n')).toEqual(['КРАСНОДАР', 'ОМСК']);
    expect(names('Lublin 12 7 5 41\nRadom 11 8 5 38\n')).toEqual(['Lublin', 'Radom']);
  });

  it('reads no team from a single row, a date, an address or running text', () => {
    expect(names('Leeds 3 Carlisle 1 after extra time\n')).toEqual([]);
    expect(names('LYON 1996-08-30\nLYON 1996-08-31\n')).toEqual([]);
    expect(names('ul. Polna 12, 00-950 Radom\nul. Lipowa 3, 26-600 Radom\n')).toEqual([]);
    expect(names('Он приехал в Омск 12 мая и уехал 14 мая.\n')).toEqual([]);
  });

  it('a town on such rows is a team, elsewhere on the page too, but not after "in" or before a date', () => {
    const text =
      'LEEDS 1996-08-30\nLeeds 3 Carlisle 1\nBrighton 0 Dover 2\n' +
      'Leeds went top. The match was played in Carlisle.\nDOVER AT BRIGHTON\n';
    const places = [...text.matchAll(/Leeds|LEEDS|Carlisle|Brighton|Dover|DOVER|BRIGHTON/g)].map(
      (m) => ({
        type: 'place' as const,
        text: m[0],
        normalized: m[0],
        start: m.index,
        end: m.index + m[0].length,
      }),
    );
    const { places: kept, teams } = teamsOverPlaces(text, places, []);
    expect(kept.map((p) => [p.text, p.start])).toEqual([
      ['LEEDS', 0],
      ['Carlisle', text.lastIndexOf('Carlisle')],
      ['BRIGHTON', text.indexOf('BRIGHTON')],
    ]);
    expect(teams.map((t) => t.text)).toEqual(['Leeds', 'Carlisle', 'Brighton', 'Dover']);
  });

  it('in a whole extraction, a result table of towns gives organizations, a sentence places', () => {
    const table = 'Ergebnisse:\nBremen 2 Dresden 1\nLeipzig 0 Hannover 3\n';
    expect(typed(table, 'place')).toEqual([]);
    expect(typed(table, 'organization')).toEqual(['Bremen', 'Dresden', 'Leipzig', 'Hannover']);
    expect(typed('Sie fuhr von Bremen nach Dresden.', 'place')).toEqual(['Bremen', 'Dresden']);
  });
});
