import { describe, expect, it } from 'vitest';
import { extractPage } from './extract.js';
import { bodiesOfPlaces } from './organization-bodies.js';
import { newContext } from './types.js';

// Invented sentences; the places are real names the gazetteer holds.
const orgs = (text: string) =>
  extractPage(text, newContext())
    .filter((f) => f.type === 'organization')
    .map((f) => f.text);
const at = (text: string, word: string) => ({
  start: text.indexOf(word),
  end: text.indexOf(word) + word.length,
});

describe('a governing body in lower case before a place in the genitive', () => {
  it('names the body of the place, in Russian, Ukrainian and Polish', () => {
    expect(orgs('Вчера в мэрии Тулы отказали в согласовании пикета.')).toContain('мэрии Тулы');
    expect(orgs('Про це заявили в посольстві Чилі у вівторок.')).toContain('посольстві Чилі');
    expect(orgs('Wczoraj rząd Kanady ogłosił nowe przepisy.')).toContain('rząd Kanady');
  });

  it('takes an abbreviation in capitals as the place or organization after the body', () => {
    const text = 'Делегация ЮАР прибыла, а руководство МОК промолчало.';
    const places = [at(text, 'ЮАР')].map((s) => ({
      ...s,
      type: 'place' as const,
      text: 'ЮАР',
      normalized: 'South Africa',
    }));
    expect(bodiesOfPlaces(text, places).map((f) => f.text)).toEqual([
      'Делегация ЮАР',
      'руководство МОК',
    ]);
  });

  it('names nothing when no place follows, across a line, or a town part follows', () => {
    expect(bodiesOfPlaces('Правительство решило не спешить.', [])).toEqual([]);
    const text = 'уряд\nКанади вирішив';
    const places = [
      { ...at(text, 'Канади'), type: 'place' as const, text: 'Канади', normalized: 'Canada' },
    ];
    expect(bodiesOfPlaces(text, places)).toEqual([]);
    expect(orgs('Он живёт в центре Тулы и работает в районе Орла.')).toEqual([]);
  });

  it('takes the adjectives before the body into its name, not a pronoun', () => {
    expect(orgs('Вчера нынешнее руководство Тулы подало в отставку.')).toContain(
      'нынешнее руководство Тулы',
    );
    expect(orgs('Про це повідомила канадська делегація Чилі.')).toContain(
      'канадська делегація Чилі',
    );
    expect(orgs('Об этом говорил и этот министр, и этого правительства Чили.')).toContain(
      'правительства Чили',
    );
    expect(orgs('Wczoraj nowy rząd Kanady ogłosił przepisy.')).toContain('rząd Kanady');
  });
});
