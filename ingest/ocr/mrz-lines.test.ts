import { describe, expect, it } from 'vitest';
import { looksLikeMrz, repairMrzLine } from './mrz-lines.js';

// Invented holders and passport numbers (check digits computed by ICAO 9303).
describe('MRZ lines', () => {
  it('recognises MRZ-like lines and not prose', () => {
    expect(looksLikeMrz('P<TJKRASULOVA<K<GUZAL<<KLK<LLLLKLLLLLLLLLKKLKKLKKLKL')).toBe(true);
    expect(looksLikeMrz('Маълумотнома дода шуд. Подпись заверяю. Нотариус С. І. Дмитрик')).toBe(
      false,
    );
    // Read by a Cyrillic model: ТК, Е and х for T, K, E and fillers.
    expect(looksLikeMrz(':07315:2983ТК940203:2Е2911250«««х«х«х««х««х«х«««««б')).toBe(true);
  });

  it('turns filler look-alikes into fillers and restores the TD3 length', () => {
    expect(repairMrzLine('P<TJKMUKHIDDINOV<<ZAFAR<<K<LKLKLLLKLLKLLLLLKLKLKLKKKLK')).toBe(
      'P<TJKMUKHIDDINOV<<ZAFAR'.padEnd(44, '<'),
    );
    expect(repairMrzLine('4022608145TJK8905178M3008225<<<<<<<K<K<KLK<K<L<K<L<8')).toBe(
      '4022608145TJK8905178M3008225<<<<<<<<<<<<<<<8',
    );
    // The last check digit misread as a letter still ends the filler run.
    expect(repairMrzLine('4073152983TJK9402032F2911250<<<<<<<<K<K<K<K<LK<L<KKH')).toBe(
      '4073152983TJK9402032F2911250<<<<<<<<<<<<<<<H',
    );
  });

  it('keeps a name that ends in K or L', () => {
    const line = 'P<POLKOWAL<<MICHAL'.padEnd(44, '<');
    expect(repairMrzLine(line)).toBe(line);
    expect(repairMrzLine('P<POLKOWAL<<MICHAL<<K<<L<<<<<<<<<<<<<<<<<<<<<<')).toBe(line);
  });
});
