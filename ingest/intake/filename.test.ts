import { describe, expect, it } from 'vitest';
import { safeFilename } from './filename.js';

describe('safeFilename', () => {
  it('drops directories, including traversal', () => {
    expect(safeFilename('../../etc/passwd')).toBe('passwd');
    expect(safeFilename('C:\\leaks\\..\\обвинение.pdf')).toBe('обвинение.pdf');
    expect(safeFilename('..')).toBe('unnamed');
  });
  it('replaces control characters and bidirectional overrides', () => {
    expect(safeFilename('invoice\u202Egpj.exe')).toBe('invoice\uFFFDgpj.exe');
    expect(safeFilename('a\u0000b\u001bc.txt')).toBe('a\uFFFDb\uFFFDc.txt');
  });
  it('caps long names and keeps the extension', () => {
    const name = safeFilename('я'.repeat(300) + '.pdf');
    expect([...name]).toHaveLength(255);
    expect(name.endsWith('….pdf')).toBe(true);
  });
});
