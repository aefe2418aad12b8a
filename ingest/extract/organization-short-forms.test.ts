import { describe, expect, it } from 'vitest';
import { linkShortForms } from './organization-short-forms.js';

// Invented institutions: [text, normalized] of a document's organization mentions.
const org = ([text, normalized]: [string, string]) => ({ type: 'organization', text, normalized });
const linked = (mentions: Array<[string, string]>) =>
  linkShortForms(mentions.map(org)).map((m) => m.normalized);

describe('linkShortForms', () => {
  it('gives a short form of the one full name in the document that name', () => {
    // The full name's end (a place after "of"), by the normalized values.
    expect(
      linked([
        [
          'Department of Lighthouses of Coldmere Province',
          'Department of Lighthouses of Coldmere Province',
        ],
        ['Department of Lighthouses', 'Department of Lighthouses'],
      ]),
    ).toEqual([
      'Department of Lighthouses of Coldmere Province',
      'Department of Lighthouses of Coldmere Province',
    ]);
    // German: a place's adjective before a compound ending in a head noun, by the texts.
    expect(
      linked([
        ['Ostfriesisches Landessozialgericht', 'East Frisia Higher Social Court'],
        ['Landessozialgericht', 'Landessozialgericht'],
      ]),
    ).toEqual(['East Frisia Higher Social Court', 'East Frisia Higher Social Court']);
    // Russian: the head and its genitive place, then the head alone.
    expect(
      linked([
        [
          'Управление миграции Верхнегорской области',
          'Migration Directorate of Verkhnegorsk Region',
        ],
        ['Управление миграции', 'Управление миграции'],
      ]),
    ).toEqual([
      'Migration Directorate of Verkhnegorsk Region',
      'Migration Directorate of Verkhnegorsk Region',
    ]);
    // French, by the normalized values: "Cour d'appel" after "Cour d'appel de Valmont".
    expect(
      linked([
        ["Cour d'appel de Valmont", 'Valmont Court of Appeal'],
        ['Court of Appeal', 'Court of Appeal'],
      ]),
    ).toEqual(['Valmont Court of Appeal', 'Valmont Court of Appeal']);
  });

  it('leaves a name alone, a part of an institution, and a short form of two full names', () => {
    // A name with no head noun is no description of another.
    expect(
      linked([
        ['Tollvar', 'Tollvar'],
        ['Tollvar Harbour Office', 'Tollvar Harbour Office'],
      ]),
    ).toEqual(['Tollvar', 'Tollvar Harbour Office']);
    // A post or a branch is a part: the guard is not its post (en, pl, de).
    expect(
      linked([
        ['Coast Guard', 'Coast Guard'],
        ['Coast Guard Post in Merrowick', 'Coast Guard Post in Merrowick'],
      ]),
    ).toEqual(['Coast Guard', 'Coast Guard Post in Merrowick']);
    expect(
      linked([
        ['Straż Leśna', 'Straż Leśna'],
        ['Straż Leśna Placówka w Borkowie', 'Straż Leśna Placówka w Borkowie'],
      ]),
    ).toEqual(['Straż Leśna', 'Straż Leśna Placówka w Borkowie']);
    expect(
      linked([
        ['Wasserschutzpolizei', 'Wasserschutzpolizei'],
        ['Wasserschutzpolizei Außenstelle Lohrheim', 'Wasserschutzpolizei Außenstelle Lohrheim'],
      ]),
    ).toEqual(['Wasserschutzpolizei', 'Wasserschutzpolizei Außenstelle Lohrheim']);
    // A ministry inside the longer name: another institution, not a place.
    expect(
      linked([
        ['Migration Service', 'Migration Service'],
        [
          'Migration Service under the Ministry of Roads',
          'Migration Service under the Ministry of Roads',
        ],
      ]),
    ).toEqual(['Migration Service', 'Migration Service under the Ministry of Roads']);
    // A country's service named in full: the bare name is the document's own country's (en, ru, pl).
    const countries: Array<[string, string]> = [
      ['Border Service of Ukraine', 'Border Service'],
      ['Пограничная служба Украины', 'Пограничная служба'],
      ['Straż Graniczna Litwy', 'Straż Graniczna'],
    ];
    for (const [full, bare] of countries)
      expect(
        linked([
          [full, full],
          [bare, bare],
        ]),
      ).toEqual([full, bare]);
    // Two courts of appeal: which one "the Court of Appeal" is, the document does not say here.
    expect(
      linked([
        ['Court of Appeal of Valmont', 'Court of Appeal of Valmont'],
        ['Court of Appeal of Serrac', 'Court of Appeal of Serrac'],
        ['Court of Appeal', 'Court of Appeal'],
      ]),
    ).toEqual(['Court of Appeal of Valmont', 'Court of Appeal of Serrac', 'Court of Appeal']);
  });
});
