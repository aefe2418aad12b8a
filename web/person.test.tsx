import { describe, expect, it } from 'vitest';
import type { Person } from '../schema/tables.js';
import type { TimelineClaim } from '../case/timeline.js';
import { PeoplePage, PersonPage } from './person.js';

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

describe('PersonPage', () => {
  // An invented journey with the place it set out from, one hostile.
  const claim = (id: number, origin: string | undefined, place: string): TimelineClaim => ({
    id,
    person: 'k1',
    place,
    ...(origin ? { origin } : {}),
    from: '2019-06-03',
    to: '2019-06-03',
    stance: 'alleged',
    documentId: 1,
    filename: 'charge.pdf',
    sha256: 'a'.repeat(64),
    page: 1,
    kind: 'travel',
    placeText: place,
    quote: 'She flew there.',
    quoteStart: 0,
    quoteEnd: 15,
  });
  const page = async (claims: TimelineClaim[]) =>
    String(
      await (
        <PersonPage
          user={{ id: 1, name: 'reader', role: 'fact-checker' }}
          person={person('k1', 'Ildar Vespanov', ['Ildar Vespanov'], [1])}
          documents={[{ id: 1, filename: 'charge.pdf', sha256: 'a'.repeat(64) }]}
          claims={claims}
          contradictions={[]}
          conflicts={[]}
        />
      ),
    );

  it("shows a journey's starting point before its end, escaped", async () => {
    const html = await page([
      claim(1, 'Tbilisi', 'Minsk'),
      claim(2, '<img src=x onerror=alert(1)>', 'Oslo'),
      claim(3, undefined, 'Bergen'),
    ]);
    expect(html).toContain('Tbilisi → <strong>Minsk</strong>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; → <strong>Oslo</strong>');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toMatch(/→ <strong>Bergen/);
  });
});
