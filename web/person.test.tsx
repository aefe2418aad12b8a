import { describe, expect, it } from 'vitest';
import type { Person } from '../schema/tables.js';
import { PeoplePage } from './person.js';

// Invented people, as the people list shows them.
const person = (key: string, name: string, variants: string[], documentIds: number[]): Person => ({
  key,
  name,
  variants,
  documentIds,
  mentions: variants.length,
  nameKeys: '',
  decided: false,
});

describe('PeoplePage', () => {
  it('counts spellings and documents in the singular and the plural', async () => {
    const html = String(
      await (
        <PeoplePage
          user={{ id: 1, name: 'reader', role: 'fact-checker' }}
          q=""
          people={[
            person('k1', 'Ildar Vespanov', ['Ildar Vespanov'], [4]),
            person(
              'k2',
              'Mira Tolvenko',
              ['Mira Tolvenko', 'Міра Толвенко', 'Mira Tołwienko'],
              [2, 9],
            ),
          ]}
        />
      ),
    );
    expect(html).toContain('1 spelling · 1 document<');
    expect(html).toContain('3 spellings · 2 documents<');
    expect(html).not.toMatch(/\b1 (spellings|documents)\b/);
  });
});
