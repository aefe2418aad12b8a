import { describe, expect, it } from 'vitest';
import { hasSurnameEnding } from './surname-endings.js';

// Invented family names and ordinary words.
describe('hasSurnameEnding', () => {
  it('knows the endings of family names in each script, German spellings and Lithuanian included', () => {
    for (const w of ['Шарипова', 'Давлатзода', 'ТКАЧЕНКО', 'Ergaschewa', 'Sanginsoda'])
      expect(hasSurnameEnding(w), w).toBe(true);
    for (const w of ['Petrauskienė', 'Vaitkutė', 'Jurgaitytė', 'Kazlauskas', 'Mickevičius'])
      expect(hasSurnameEnding(w), w).toBe(true);
  });

  it('Polish case forms of -ew names as of -ow names', () => {
    for (const w of ['Żumabajewej', 'Nazarewą', 'Alijewem', 'Rahimowej', 'Tursunową'])
      expect(hasSurnameEnding(w), w).toBe(true);
    for (const w of ['Nowej', 'Ewą', 'Kiewem']) expect(hasSurnameEnding(w), w).toBe(false);
  });

  it('not ordinary words, nor a word that is only the ending', () => {
    for (const w of ['Soda', 'Court', 'Division', 'Suda', 'Минск', 'Director'])
      expect(hasSurnameEnding(w), w).toBe(false);
  });
});
