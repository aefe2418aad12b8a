import { describe, expect, it } from 'vitest';
import { foldAccents } from '../../../core/text/fold.js';
import { matchWord, nameWord } from './inflection.js';

const matches = (name: string, text: string, multiword = false) =>
  matchWord(foldAccents(text), nameWord(name, true, multiword));

describe('case endings', () => {
  it('accepts Russian, Ukrainian and Polish case forms', () => {
    expect(matches('Москва', 'Москве')).toBe('inflected');
    expect(matches('Ташкент', 'Ташкента')).toBe('inflected');
    expect(matches('Україна', 'Україні')).toBe('inflected');
    expect(matches('Wrocław', 'Wrocławiu')).toBe('inflected');
    expect(matches('Ustka', 'Ustce')).toBe('inflected');
    expect(matches('Polska', 'Polski')).toBe('inflected');
    expect(matches('Syria', 'Syrii')).toBe('inflected');
    expect(matches('Łódź', 'Łodzi')).toBe('inflected');
    expect(matches('Волинська', 'Волинській', true)).toBe('inflected');
    expect(matches('Kyiv', 'KYIV')).toBe('exact');
  });

  it('rejects demonyms, adjectives and surnames built on a name', () => {
    expect(matches('Iraq', 'Iraqi')).toBeNull();
    expect(matches('Baghdad', 'Baghdadi')).toBeNull();
    expect(matches('Bukhara', 'Bukhari')).toBeNull();
    expect(matches('Polska', 'Polskiego')).toBeNull();
    expect(matches('Таджикистан', 'Таджикский')).toBeNull();
    expect(matches('Москва', 'Московский')).toBeNull();
  });

  it('does not inflect short names', () => {
    expect(nameWord('Ош', true, false).stems).toEqual([]);
  });
});
