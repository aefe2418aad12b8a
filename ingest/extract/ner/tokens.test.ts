import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.js';

const words = (text: string) => tokenize(text).map((t) => t.text);

// Invented names.
describe('tokenize', () => {
  it('drops a stray opening quote mark OCR glued to a word when nothing closes it on its line', () => {
    expect(words('по фамилии мужа —\nДавлатова ‘Зарина)')).toEqual([
      'по',
      'фамилии',
      'мужа',
      '—',
      'Давлатова',
      'Зарина',
      ')',
    ]);
    expect(words('holder: Trevelyan `Marcus, born')).toEqual([
      'holder',
      ':',
      'Trevelyan',
      'Marcus',
      ',',
      'born',
    ]);
    expect(words('wnioskodawca Kowalczyk ‚Zbigniew')).toEqual([
      'wnioskodawca',
      'Kowalczyk',
      'Zbigniew',
    ]);
  });

  it('keeps quotation marks that open a quotation, closed on the line, or that stand apart', () => {
    expect(words('Marcus ‘Tiger’ Trevelyan')).toEqual(['Marcus', '‘', 'Tiger', '’', 'Trevelyan']);
    expect(words('he said ‘ no ’')).toEqual(['he', 'said', '‘', 'no', '’']);
  });

  it('joins a word hyphenated at a line end and marks line starts', () => {
    const t = tokenize('Marcus Treve-\nlyan\nRome');
    expect(t.map((x) => [x.text, x.lineStart])).toEqual([
      ['Marcus', true],
      ['Trevelyan', false],
      ['Rome', true],
    ]);
  });
});
