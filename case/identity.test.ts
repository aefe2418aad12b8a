import { describe, expect, it } from 'vitest';
import { findIdentityConflicts } from './identity.js';

let id = 0;
/** A person mention followed by its birth date on the same line of an invented document. */
function named(
  documentId: number,
  personKey: string,
  text: string,
  normalized: string,
  born: string,
) {
  const start = 100 * ++id;
  const base = {
    documentId,
    page: 1,
    filename: `doc-${documentId}.pdf`,
    sha256: `s${documentId}`,
    attributes: null,
  };
  return [
    {
      ...base,
      id: id * 10,
      type: 'person',
      start,
      end: start + text.length,
      text,
      normalized,
      personKey,
    },
    {
      ...base,
      id: id * 10 + 1,
      type: 'date',
      start: start + text.length + 2,
      end: start + text.length + 12,
      text: born,
      normalized: born,
      personKey: null,
    },
    // The document's latest date, so that the birth dates read as birth dates.
    {
      ...base,
      id: id * 10 + 2,
      type: 'date',
      start: start + 90,
      end: start + 99,
      text: '2021',
      normalized: '2021-06-01',
      personKey: null,
    },
  ];
}

// Every person here is invented.
describe('findIdentityConflicts', () => {
  const rows = [
    ...named(1, 'rhmv-zrn', 'Рахимова Зарина', 'Zarina Rakhimova', '1990-03-12'),
    ...named(2, 'rhmv-zrn-2', 'Zarina Rahimova', 'Zarina Rahimova', '1993-09-17'),
    ...named(3, 'rhmv-zrn-2', 'RAHIMOVA ZARINA', 'Zarina Rahimova', '1993-09-17'),
    ...named(4, 'sbrv-dvrn', 'Sobirov Davron', 'Davron Sobirov', '1985-01-02'),
    ...named(5, 'sbrv-dvrn-2', 'Собиров Даврон', 'Davron Sobirov', '1985-01-02'),
    ...named(6, 'sfrv-prvn', 'Safarova Parvina', 'Parvina Safarova', '1994-05-05'),
    ...named(7, 'sfrv-mlk', 'Safarova Malika', 'Malika Safarova', '1996-07-07'),
  ];
  const names = new Map([
    ['rhmv-zrn', 'Zarina Rakhimova'],
    ['rhmv-zrn-2', 'Zarina Rahimova'],
    ['sbrv-dvrn', 'Davron Sobirov'],
    ['sbrv-dvrn-2', 'Davron Sobirov'],
    ['sfrv-prvn', 'Parvina Safarova'],
    ['sfrv-mlk', 'Malika Safarova'],
  ]);

  it('reports two people of one name with different birth dates, with both sources', () => {
    const found = findIdentityConflicts(rows, names, new Set([1]));
    expect(found).toHaveLength(1);
    const [conflict] = found;
    expect(conflict!.people.map((p) => p.key)).toEqual(['rhmv-zrn', 'rhmv-zrn-2']);
    expect(conflict!.people[1]!.sources.map((s) => s.filename)).toEqual(['doc-2.pdf', 'doc-3.pdf']);
    expect(conflict!.accusation).toBe(true);
    expect(conflict!.why).toContain('born 1990-03-12');
    expect(conflict!.why).toContain('born 1993-09-17');
  });

  it('reports nothing for the same birth date or for different given names', () => {
    const found = findIdentityConflicts(rows, names, new Set());
    expect(found.flatMap((c) => c.people.map((p) => p.key))).not.toContain('sbrv-dvrn');
    expect(found.flatMap((c) => c.people.map((p) => p.key))).not.toContain('sfrv-mlk');
    expect(found[0]!.accusation).toBe(false);
  });
});
