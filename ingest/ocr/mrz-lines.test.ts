import { describe, expect, it } from 'vitest';
import { looksLikeMrz, repairMrzLine } from './mrz-lines.js';

describe('MRZ lines', () => {
  it('recognises MRZ-like lines and not prose', () => {
    expect(looksLikeMrz('P<TJKNAZAROVA<K<FARANGIS<<KLK<LLLLKLLLLLLLLLKKLKKLKKLKL')).toBe(true);
    expect(looksLikeMrz('Нусха аз асл дуруст аст. Копия верна. Адвокат В. І. Мельник')).toBe(false);
    // Read by a Cyrillic model: ТК, Е and х for T, K, E and fillers.
    expect(looksLikeMrz(':01234:5676ТК910614:5Е2707196«««х«х«х««х««х«х«««««б')).toBe(true);
  });

  it('turns filler look-alikes into fillers and restores the TD3 length', () => {
    expect(repairMrzLine('P<TJKIBROKHIMOV<<SHERZOD<<K<LKLKLLLKLLKLLLLLKLKLKLKKKLK')).toBe('P<TJKIBROKHIMOV<<SHERZOD<<<<<<<<<<<<<<<<<<<<');
    expect(repairMrzLine('4008765431TJK8811307M2603106<<<<<<<K<K<KLK<K<L<K<L<4')).toBe('4008765431TJK8811307M2603106<<<<<<<<<<<<<<<4');
    // The last check digit misread as a letter still ends the filler run.
    expect(repairMrzLine('4012345676TJK9106145F2707196<<<<<<<<K<K<K<K<LK<L<KKH')).toBe('4012345676TJK9106145F2707196<<<<<<<<<<<<<<<H');
  });

  it('keeps a name that ends in K or L', () => {
    const line = 'P<POLKOWAL<<MICHAL'.padEnd(44, '<');
    expect(repairMrzLine(line)).toBe(line);
    expect(repairMrzLine('P<POLKOWAL<<MICHAL<<K<<L<<<<<<<<<<<<<<<<<<<<<<')).toBe(line);
  });
});
