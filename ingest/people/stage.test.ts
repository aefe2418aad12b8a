import { describe, expect, it } from 'vitest';
import { pageMentions } from '../../test/page-mentions.js';
import { clusterPeople } from './cluster.js';

const mentionsOf = pageMentions;

/** The person mentions of one invented page with the birth dates the people stage reads for them. */
function bornOf(text: string): Record<string, string | undefined> {
  return Object.fromEntries(mentionsOf(text).map((m) => [m.normalized, m.born]));
}

// Every person here is invented.
describe('withBirthDates', () => {
  it('reads the birth date a form gives on its own line, labelled, in four languages', () => {
    expect(
      bornOf(
        'DECISION\nApplicant: KARIMOVA, Shahlo (maiden name RAHIMOVA)\nCitizenship: Tajikistan\nDate of birth: 12 June 1994\nDecision of 3 March 2021.',
      )['Shahlo Karimova'],
    ).toBe('1994-06-12');
    expect(
      bornOf(
        'ВЫПИСКА\nФамилия, имя: Рахимова Шахло\nДата рождения: 12.06.1994\nПоступила 3 марта 2021 г.',
      )['Shakhlo Rakhimova'],
    ).toBe('1994-06-12');
    expect(
      bornOf(
        'POSTANOWIENIE\nCudzoziemka: Szachło Rachimowa\nData urodzenia: 12 czerwca 1994 r.\nBiałystok, 3 marca 2021 r.',
      )['Shakhlo Rakhimova'],
    ).toBe('1994-06-12');
    expect(
      bornOf(
        'BESCHLUSS\nVerfolgter: Farrukh Nematov\nGeburtsdatum: 4. Mai 1988\nPotsdam, 9. März 2021',
      )['Farrukh Nematov'],
    ).toBe('1988-05-04');
  });

  it('takes a labelled birth date on a page that holds no later date (a card, a bare form)', () => {
    expect(
      bornOf('CARD\nHolder: Wendelin Oakhurst\nDate of birth: 14 March 2001\n')[
        'Wendelin Oakhurst'
      ],
    ).toBe('2001-03-14');
    expect(
      bornOf('КАРТОЧКА\nФамилия, имя: Тимохин Савва\nДата рождения: 02.11.1990\n')[
        'Savva Timokhin'
      ],
    ).toBe('1990-11-02');
    expect(
      bornOf('KARTA\nNazwisko i imię: Zawilec Bogumiła\nData urodzenia: 7 lipca 1985 r.\n')[
        'Bogumiła Zawilec'
      ],
    ).toBe('1985-07-07');
  });

  it('gives a labelled birth date to the last person named before it only', () => {
    const born = bornOf(
      'REGISTER\nHolder: Farrukh Nematov\nWitness: Anvar Tursunov\nDate of birth: 4 May 1988\nIssued 9 March 2021.',
    );
    expect(born['Anvar Tursunov']).toBe('1988-05-04');
    expect(born['Farrukh Nematov']).toBeUndefined();
  });

  it('takes no date of an event for a birth date', () => {
    expect(
      bornOf('REPORT\nHolder: Farrukh Nematov\nDate of entry: 4 May 2019\nIssued 9 March 2021.')[
        'Farrukh Nematov'
      ],
    ).toBeUndefined();
  });

  it('gives no labelled date to either party of a two-column form', () => {
    const born = bornOf(
      'CERTIFICATE OF MARRIAGE\nGroom / Bride\nSurname, name\nKarimov Davron\nRahimova Zarina\nDate of birth\n02.03.1989\n17.09.1992\nMarried on 4 May 2018.',
    );
    expect(Object.keys(born)).toContain('Zarina Rahimova');
    expect(born['Zarina Rahimova']).toBeUndefined();
  });

  it("reads the days a mention's sentence states and the rows a printout lists under a name", () => {
    const page = [
      'EXTRACT FROM THE BORDER DATABASE',
      '1. KARIMOVA SHAHLO, born 12.06.1994',
      '03.02.2019 Airport-East entry',
      '21.08.2019 Airport-East exit',
      '2. KARIMOVA SITORA, born 05.05.1970',
      '11.03.2019 Airport-East entry',
      'No other crossings were recorded.',
      'Thus from 03.02.2019 to 21.08.2019 the citizen Karimova S. stayed in the country.',
    ].join('\n');
    const byText = Object.fromEntries(mentionsOf(page).map((m) => [m.text, m]));
    const days = (list?: Array<{ day: string }>) => list?.map((d) => d.day);
    expect(days(byText['KARIMOVA SHAHLO']?.record)).toEqual([
      '1994-06-12',
      '2019-02-03',
      '2019-08-21',
    ]);
    // The rows under the second name reach into the next sentence: the same date mentions, which
    // the people stage does not count as a record repeating the sentence's days.
    const sitora = byText['KARIMOVA SITORA']?.record ?? [];
    const near = byText['Karimova S.']?.near ?? [];
    expect(days(near)).toEqual(expect.arrayContaining(['2019-02-03', '2019-08-21']));
    expect(sitora.filter((r) => near.some((n) => n.day === r.day && n.at !== r.at))).toEqual([]);
  });
});

// Invented: a charge names a woman in full; her mother's letter names her as "my daughter" alone.
describe('a relative named by a kinship noun, through extraction and clustering', () => {
  it('is one person with the woman the charge names, and nobody where none is named', () => {
    const charge = mentionsOf(
      'ОБВИНИТЕЛЬНОЕ ЗАКЛЮЧЕНИЕ\nОбвиняемая Бекмуродова Шахзода Аликуловна 5 мая 2021 года находилась в Ташкенте.',
    );
    const letter = mentionsOf(
      'Уважаемый адвокат!\nМоя дочь Шахзода 5 мая 2021 года была в Бишкеке, а мой сын Бахром учился в Ташкенте.\nС уважением, Ирода Бекмуродова',
    ).map((m) => ({ ...m, id: m.id + 1000, documentId: 2 }));
    expect(letter.filter((m) => m.kin).map((m) => [m.text, m.normalized, m.kin])).toEqual([
      ['Шахзода', 'Shakhzoda Bekmurodova', 'f'],
      ['Бахром', 'Bakhrom Bekmurodov', 'm'],
    ]);
    const people = clusterPeople([...charge, ...letter]);
    const shakhzoda = people.find((p) => p.name === 'Shakhzoda Bekmurodova');
    expect(shakhzoda?.documentIds).toEqual([1, 2]);
    expect(people.some((p) => p.name === 'Bakhrom Bekmurodov')).toBe(false);
  });
});
