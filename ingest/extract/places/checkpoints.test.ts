import { describe, expect, it } from 'vitest';
import { findCheckpoints } from './checkpoints.js';

const names = (text: string) => findCheckpoints(text).map((f) => f.text);

// Every crossing named here is invented.
describe('findCheckpoints', () => {
  it('reads the name after a checkpoint noun, quoted or bare, in six languages', () => {
    expect(names('через пункт пропуска «Северный Перевал» 3 мая')).toEqual(['Северный Перевал']);
    expect(names('в пункті пропуску "Зелена Балка" о 14:20')).toEqual(['Зелена Балка']);
    expect(names('przez przejście graniczne w Dolnej Łące, a następnie')).toEqual(['Dolnej Łące']);
    expect(names('at the border crossing point Northgate on 2 May')).toEqual(['Northgate']);
    expect(names('au poste frontière de Val-Blanc le 2 mai')).toEqual(['Val-Blanc']);
    expect(names('am Grenzübergang Waldau und dann weiter')).toEqual(['Waldau']);
    expect(names('КПП Заречье, 12.05.2021')).toEqual(['Заречье']);
  });

  it('gives the span of the name alone, not the noun', () => {
    const text = 'Crossed at checkpoint Northgate.';
    const [f] = findCheckpoints(text);
    expect(text.slice(f!.start, f!.end)).toBe('Northgate');
    expect(f!.attributes).toEqual({ source: 'checkpoint' });
  });

  it('takes no lower-case word and no noun without a name for a crossing', () => {
    expect(names('пункт пропуска был закрыт')).toEqual([]);
    expect(names('the checkpoint was closed at night')).toEqual([]);
    expect(names('przejście graniczne zamknięto')).toEqual([]);
  });

  it("takes no table header's next column for a crossing's name", () => {
    expect(names('№ Дата Пункт пропуску Напрямок Вид транспорту')).toEqual([]);
    expect(names('Date Checkpoint Direction Document')).toEqual([]);
    expect(names('Data Przejście graniczne Kierunek')).toEqual([]);
    expect(names('Пункт пропуску Напрямок')).toEqual([]);
    // A quoted name is a name wherever it stands.
    expect(names('Дата Пункт пропуску «Зелена Балка»')).toEqual(['Зелена Балка']);
  });
});
