import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../ingest/extract/places.js';
import { subdivisions } from './subdivisions.js';

// Reads Debian's iso-codes (scripts/install-system-deps.sh installs it).
const byCode = (code: string) => subdivisions().find((s) => s.code === code);
const names = (text: string) => findPlaces(text).map((p) => p.normalized);

describe('ISO 3166-2 regions from iso-codes', () => {
  it('holds first-level regions with their names in the documents’ languages', () => {
    expect(byCode('US-SD')?.forms).toEqual(
      expect.arrayContaining(['South Dakota', 'Южная Дакота', 'Dakota Południowa']),
    );
    expect(byCode('RU-ORE')?.forms).toEqual(
      expect.arrayContaining(['Оренбургская область', 'Оренбурзька область']),
    );
    // China's administrative suffix is no part of the name.
    expect(byCode('CN-HB')?.name).toBe('Hubei');
  });

  it('leaves out municipalities and regions named by a position alone', () => {
    expect(subdivisions().some((s) => /^(?:Western|Central|Nord|Est)$/u.test(s.name))).toBe(false);
    expect(subdivisions().every((s) => !s.code.startsWith('SI-'))).toBe(true);
  });

  it('finds a region in text, inflected in Slavic languages (en, ru, uk, pl)', () => {
    expect(names('The governor of South Dakota resigned.')).toEqual(['South Dakota']);
    expect(names('Он переехал в Оренбургскую область в мае.')).toEqual([byCode('RU-ORE')?.name]);
    expect(names('Вона жила в Оренбурзькій області два роки.')).toEqual([byCode('RU-ORE')?.name]);
    expect(names('Mieszkał w Karolinie Południowej od 2015 r.')).toEqual(['South Carolina']);
  });

  it('takes no region for a word before a name or a short common word', () => {
    expect(names('Georgia Vance signed the letter.')).not.toContain('Georgia');
    expect(names('Alba Rossi said so.')).toEqual([]);
  });
});
