// Passports tied to their holders' mentions (case/birth-dates.ts) and used as evidence by the people
// stage (cluster.ts). Every person, number and sentence here is invented.
import { describe, expect, it } from 'vitest';
import type { WordBox } from '../../schema/tables.js';
import { passportKey, samePassport } from '../../case/birth-dates.js';
import { pageMentions, tablePage } from '../../test/page-mentions.js';
import { clusterPeople, type Mention } from './cluster.js';

const mentionsOf = pageMentions;

/** Each person mention's passports, by its words as written. */
const passportsOf = (text: string, words: WordBox[] | null = null) =>
  Object.fromEntries(mentionsOf(text, words).map((m) => [m.text, m.passports]));

/** ICAO 9303 check digit (weights 7, 3, 1). */
function check(field: string): string {
  const value = (c: string) =>
    c === '<' ? 0 : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 'A'.charCodeAt(0) + 10;
  return String([...field].reduce((sum, c, i) => sum + value(c) * [7, 3, 1][i % 3]!, 0) % 10);
}

/** A TD3 (passport) machine-readable zone with right check digits. */
function mrz(state: string, family: string, given: string, number: string, born: string): string {
  const line1 = `P<${state}${family}<<${given}`.padEnd(44, '<');
  const doc = number.padEnd(9, '<');
  const expiry = '300101';
  const personal = '<'.repeat(14);
  const body = `${doc}${check(doc)}${state}${born}${check(born)}F${expiry}${check(expiry)}${personal}${check(personal)}`;
  const composite = check(body.slice(0, 10) + body.slice(13, 20) + body.slice(21, 43));
  return `${line1}\n${body}${composite}`;
}

const table = (rows: string[][], xs: number[]) => tablePage(rows, xs);

describe('passports tied to their holders', () => {
  it("gives an MRZ's passport to its holder", () => {
    const cases: Array<[state: string, family: string, given: string, number: string]> = [
      ['UKR', 'HNATYSHYN', 'YAREMA', 'FE123456'],
      ['TJK', 'NAZAROVA', 'MAVLUDA', '401778215'],
      ['POL', 'CHROBAK', 'WIESLAWA', 'EA4471903'],
    ];
    for (const [state, family, given, number] of cases) {
      const page = `PASSPORT\n${mrz(state, family, given, number, '850312')}\n`;
      const holder = mentionsOf(page).find((m) => m.passports);
      expect(holder?.normalized.toUpperCase(), family).toContain(family);
      expect(holder?.passports, family).toEqual([`${state}:${number}`]);
    }
  });

  it('gives a number in running text to the one person named before it', () => {
    expect(
      passportsOf(
        'ПОСТАНОВЛЕНИЕ\nГражданка Белоусова Аглая Петровна, 12.03.1985 года рождения, паспорт гражданина № 751234567, прибыла в Казань 4 мая 2019 года.',
      )['Белоусова Аглая Петровна'],
    ).toEqual(['751234567']);
    expect(
      passportsOf(
        'ПОСТАНОВА\nГромадянин Гнатишин Ярема Богданович, паспорт громадянина України № FE123456, прибув до Львова 4 травня 2019 року.',
      )['Гнатишин Ярема Богданович'],
    ).toEqual(['FE123456']);
    expect(
      passportsOf(
        'ҚАРОР\nШаҳрванд Назарова Мавлуда Раҳимовна, шиноснома № 401778215, 4 майи 2019 ба Хуҷанд омад.',
      )['Назарова Мавлуда Раҳимовна'],
    ).toEqual(['401778215']);
    expect(
      passportsOf(
        'POSTANOWIENIE\nCudzoziemka Wiesława Chrobak, paszport nr EA4471903, przybyła do Lublina 4 maja 2019 r.',
      )['Wiesława Chrobak'],
    ).toEqual(['EA4471903']);
    expect(
      passportsOf(
        'DÉCISION\nMme Solène Garnier, passeport n° 512345678, est arrivée à Lyon le 4 mai 2019.',
      )['Solène Garnier'],
    ).toEqual(['512345678']);
  });

  it('keeps the issuing state a text writes with the number, not one guessed from the country around it', () => {
    // "України" names the country: a guess, which must not keep the number from an MRZ's.
    expect(
      passportsOf(
        'ПОСТАНОВА\nГромадянин Гнатишин Ярема Богданович, паспорт громадянина України № FE123456, прибув до Львова 4 травня 2019 року.',
      )['Гнатишин Ярема Богданович'],
    ).toEqual(['FE123456']);
    expect(
      passportsOf(
        'DECISION\nApplicant Edwina Thornbury, passport GBR No. 531177204, arrived in Leeds on 4 May 2019.',
      )['Edwina Thornbury'],
    ).toEqual(['GBR:531177204']);
    expect(
      passportsOf(
        'POSTANOWIENIE\nCudzoziemka Wiesława Chrobak, paszport POL nr EA4471903, przybyła do Lublina 4 maja 2019 r.',
      )['Wiesława Chrobak'],
    ).toEqual(['POL:EA4471903']);
  });

  it("gives a form's passport to its holder, not to the father the form names between", () => {
    const forms = [
      "NOTICE\nFamily name THORNBURY\nForename EDWINA\nFather's name CEDRIC\nDate of birth 1985/03/12\nIdentity documents Passport No. 531177204\nLanguages English",
      'KARTA\nNazwisko CHROBAK\nImię WIESŁAWA\nImię ojca BOGDAN\nData urodzenia 12.03.1985\nDokumenty Paszport nr EA4471903\nJęzyki polski',
      'ШАҲОДАТНОМА\nНасаб НАЗАРОВА\nНом МАВЛУДА\nНоми падар РАҲИМ\nСанаи таваллуд 12.03.1985\nШиноснома № 401778215\nЗабон тоҷикӣ',
      'FICHE\nNom de famille GARNIER\nPrénom SOLÈNE\nPrénom du père LUCIEN\nDate de naissance 12/03/1985\nDocuments Passeport n° 512345678\nLangues français',
    ];
    for (const form of forms) {
      const persons = mentionsOf(form);
      const holder = persons.find((m) => !/^\S+$/u.test(m.text));
      const father = persons.find((m) => /^\S+$/u.test(m.text));
      expect(holder?.passports, form).toHaveLength(1);
      expect(father, form).toBeDefined();
      expect(father?.passports, form).toBeUndefined();
    }
  });

  it('gives a number written before the name to the holder the words after it name', () => {
    const cases: Array<[page: string, holder: string, number: string]> = [
      [
        'СПРАВКА\nПри досмотре изъят паспорт № 751234567, выданный на имя Белоусовой Аглаи Петровны, 12.03.1985 года рождения.',
        'Белоусовой Аглаи Петровны',
        '751234567',
      ],
      [
        "ДОВІДКА\nВилучено паспорт № FE123456 на ім'я Гнатишина Яреми Богдановича, 12.03.1985 р. н.",
        'Гнатишина Яреми Богдановича',
        'FE123456',
      ],
      [
        'DECISION\nThe officers seized passport No. 531177204 issued in the name of Edwina Thornbury, born 12 March 1985.',
        'Edwina Thornbury',
        '531177204',
      ],
      [
        'NOTE\nLa police a saisi le passeport n° 512345678 au nom de Solène Garnier, née le 12 mars 1985.',
        'Solène Garnier',
        '512345678',
      ],
      [
        'VERMERK\nSichergestellt wurde der Reisepass Nr. C01X00T47, ausgestellt auf Greta Hollmann, geboren am 12.03.1985.',
        'Greta Hollmann',
        'C01X00T47',
      ],
    ];
    cases.push(
      [
        'NOTATKA\nZatrzymano paszport nr EA4471903 wystawiony na Jana Wiśniewskiego, ur. 12.03.1985 r.',
        'Jana Wiśniewskiego',
        'EA4471903',
      ],
      [
        'ҚАРОР\nШиносномаи № 401778215 ба номи Назарова Мавлуда Раҳимовна мусодира карда шуд.',
        'Назарова Мавлуда Раҳимовна',
        '401778215',
      ],
    );
    // A title or a word of citizenship between the holder's words and the name.
    cases.push(
      [
        'СПРАВКА\nИзъят паспорт серии 45 06 № 123456, выданный на имя гражданки Лобановой Евгении Кирилловны.',
        'Лобановой Евгении Кирилловны',
        '4506123456',
      ],
      [
        'NOTE\nThe officers seized passport No. 531177204 in the name of Mrs Edwina Thornbury.',
        'Edwina Thornbury',
        '531177204',
      ],
      [
        'NOTE\nLa police a saisi le passeport n° 512345678 au nom de Mme Solène Garnier.',
        'Solène Garnier',
        '512345678',
      ],
    );
    for (const [page, holder, number] of cases)
      expect(passportsOf(page)[holder], page).toEqual([number]);
  });

  it('gives a number written for another holder to neither the name before it nor a name beyond the next', () => {
    // The number is the named holder's, not the one who showed it.
    const shown = passportsOf(
      'СПРАВКА\nГражданка Орехова Вера Павловна предъявила паспорт № 751234567 на имя Белоусовой Аглаи Петровны.',
    );
    expect(shown['Орехова Вера Павловна']).toBeUndefined();
    expect(shown['Белоусовой Аглаи Петровны']).toEqual(['751234567']);
    // Words between the holder's words and a name: no holder named.
    const far = [
      'NOTE\nThe officers seized passport No. 531177204 issued in the name of a person whose identity the officers could not establish, and questioned Edwina Thornbury.',
      'NOTE\nLa police a saisi le passeport n° 512345678 au nom de son frère, que Solène Garnier a présenté.',
      'ДОВІДКА\nВилучено паспорт № FE123456 на ім’я особи, яку не встановлено; пояснення надав Гнатишин Ярема Богданович.',
    ];
    for (const page of far) {
      const persons = mentionsOf(page);
      expect(persons.length, page).toBeGreaterThanOrEqual(1);
      expect(
        persons.filter((m) => m.passports),
        page,
      ).toEqual([]);
    }
  });

  it('gives each of two people named in turn the number after their own name', () => {
    const found = passportsOf(
      'NOTE\nApplicant Edwina Thornbury, passport no. 531177204, travelled with her son Cedric Thornbury, passport no. 531177999, to Leeds on 4 May 2019.',
    );
    expect(found['Edwina Thornbury']).toEqual(['531177204']);
    expect(found['Cedric Thornbury']).toEqual(['531177999']);
  });

  it('gives a number two people named side by side could hold to neither', () => {
    const pages = [
      'NOTE\nThornbury Edwina and Thornbury Cedric, passport no. 531177204, arrived in Leeds on 4 May 2019.',
      'СПРАВКА\nБелоусов Игорь Петрович и Белоусова Аглая Петровна, паспорт № 751234567, прибыли в Казань 4 мая 2019 года.',
      'NOTATKA\nWiesława Chrobak i Bogdan Chrobak, paszport nr EA4471903, przybyli do Lublina 4 maja 2019 r.',
    ];
    for (const page of pages) {
      const persons = mentionsOf(page);
      expect(persons.length, page).toBeGreaterThanOrEqual(2);
      expect(
        persons.filter((m) => m.passports),
        page,
      ).toEqual([]);
    }
  });

  it("gives a table row's passport to the person of its row, whatever the column order", () => {
    const xs = [0, 60, 200, 360, 520];
    const { text, words } = table(
      [
        ['NO', 'DOC NO', 'SURNAME', 'GIVEN NAME', 'NAT'],
        ['01', 'FE123456', 'HNATYSHYN', 'YAREMA', 'UKR'],
        ['02', 'EA4471903', 'CHROBAK', 'WIESLAWA', 'POL'],
        ['03', '512345678', 'GARNIER', 'SOLENE', 'FRA'],
      ],
      xs,
    );
    const byName = Object.fromEntries(
      mentionsOf(text, words).map((m) => [m.normalized, m.passports]),
    );
    expect(byName['Yarema Hnatyshyn']).toEqual(['UKR:FE123456']);
    expect(byName['Wieslawa Chrobak']).toEqual(['POL:EA4471903']);
    expect(byName['Solene Garnier']).toEqual(['FRA:512345678']);
  });

  it('compares numbers by their letters and digits, a state matching one not told', () => {
    expect(passportKey('UKR:fe 123456')).toBe('UKR:FE123456');
    // Cyrillic look-alikes in a number typed in Cyrillic.
    expect(passportKey('ЕА4471903')).toBe('EA4471903');
    expect(passportKey('D:C01X00T47')).toBe('DEU:C01X00T47');
    // A series letter with no Latin twin is kept: ЖК and ЮК are two series, not one.
    expect(passportKey('UKR:ЖК 123456')).toBe('UKR:ЖK123456');
    expect(passportKey('ЮК123456')).not.toBe(passportKey('ЖК123456'));
    expect(passportKey('12345')).toBeUndefined();
    expect(samePassport('TJK:401778215', '401778215')).toBe(true);
    expect(samePassport('TJK:401778215', 'TJK:401778215')).toBe(true);
    expect(samePassport('TJK:401778215', 'KGZ:401778215')).toBe(false);
    expect(samePassport('TJK:401778215', 'TJK:401778216')).toBe(false);
  });
});

let id = 0;
const m = (
  documentId: number,
  text: string,
  normalized: string,
  passports?: string[],
  born?: string,
): Mention => ({
  id: ++id,
  documentId,
  text,
  normalized,
  ...(passports ? { passports } : {}),
  ...(born ? { born } : {}),
});

describe('people by passport', () => {
  const together = (ps: ReturnType<typeof clusterPeople>, xs: Mention[]) =>
    new Set(xs.map((x) => ps.find((p) => p.mentionIds.includes(x.id))?.key)).size === 1;

  // Two spellings a letter or two off (or in two scripts), written with one passport number.
  type Written = [text: string, normalized: string];
  const spellingCases: Array<[lang: string, a: Written, b: Written, passport: string]> = [
    [
      'ru',
      ['Белоусова Аглая Петровна', 'Aglaya Belousova'],
      ['BELOUSONA AGLAYA', 'Aglaya Belousona'],
      'RUS:751234567',
    ],
    [
      'uk',
      ['Гнатишин Ярема', 'Yarema Gnatishin'],
      ['HNATYSZYN JAREMA', 'Jarema Hnatyszyn'],
      'UKR:FE123456',
    ],
    [
      'tg',
      ['Назарова Мавлуда', 'Mavluda Nazarova'],
      ['NAZAPOVA MAVLUDA', 'Mavluda Nazapova'],
      'TJK:401778215',
    ],
    [
      'pl',
      ['Wiesława Chrobak', 'Wieslawa Chrobak'],
      ['Wiesława Chrobal', 'Wieslawa Chrobal'],
      'POL:EA4471903',
    ],
    [
      'en',
      ['Edwina Thornbury', 'Edwina Thornbury'],
      ['Edwina Thornbuny', 'Edwina Thornbuny'],
      'GBR:531177204',
    ],
    [
      'fr',
      ['Solène Garnier', 'Solene Garnier'],
      ['Solène Gamier', 'Solene Gamier'],
      'FRA:512345678',
    ],
  ];

  for (const [lang, a, b, passport] of spellingCases) {
    it(`joins two spellings of one name written with one passport (${lang})`, () => {
      const x = m(1, ...a, [passport]);
      const y = m(2, ...b, [passport]);
      expect(together(clusterPeople([x, y]), [x, y])).toBe(true);
      // Without the passport on both, nothing says they are one.
      const bare = m(3, ...b);
      expect(together(clusterPeople([x, bare]), [x, bare])).toBe(false);
      // A text number without its state is the MRZ's number with one.
      const number = passport.slice(passport.indexOf(':') + 1);
      const told = m(4, ...b, [number]);
      expect(together(clusterPeople([x, told]), [x, told])).toBe(true);
      // Another state's passport of that number is another document.
      const other = m(5, ...b, [`XYZ:${number}`]);
      expect(together(clusterPeople([x, other]), [x, other])).toBe(false);
    });

    it(`joins them across collections, and a reader of one sees its own people (${lang})`, () => {
      const collections = new Map([
        [1, 'alpha'],
        [2, 'alpha'],
        [11, 'beta'],
      ]);
      const alpha = [m(1, ...a, [passport]), m(2, ...a)];
      const beta = [m(11, ...b, [passport])];
      const all = clusterPeople([...alpha, ...beta], [], undefined, collections);
      expect(together(all, [...alpha, ...beta])).toBe(true);
      const alone = clusterPeople(alpha, [], undefined, collections);
      const partOf = (ps: ReturnType<typeof clusterPeople>) =>
        ps
          .map((p) => p.mentionIds.filter((i) => alpha.some((x) => x.id === i)).sort())
          .filter((l) => l.length)
          .map(String)
          .sort();
      expect(partOf(all)).toEqual(partOf(alone));
    });
  }

  // One number with another given name (a wrong tie, a relative) or another birth date: no join.
  const apartCases: Array<[lang: string, a: Written, b: Written]> = [
    ['ru', ['Белоусова Аглая', 'Aglaya Belousova'], ['Белоусова Алина', 'Alina Belousova']],
    ['uk', ['Гнатишин Ярема', 'Yarema Gnatishin'], ['Гнатишин Богдан', 'Bogdan Gnatishin']],
    ['tg', ['Назарова Мавлуда', 'Mavluda Nazarova'], ['Назарова Мунира', 'Munira Nazarova']],
    ['pl', ['Wiesława Chrobak', 'Wieslawa Chrobak'], ['Bogdan Chrobak', 'Bogdan Chrobak']],
    ['en', ['Edwina Thornbury', 'Edwina Thornbury'], ['Cedric Thornbury', 'Cedric Thornbury']],
    ['fr', ['Solène Garnier', 'Solene Garnier'], ['Sylvie Garnier', 'Sylvie Garnier']],
  ];
  for (const [lang, a, b] of apartCases)
    it(`keeps one number under another given name apart (${lang})`, () => {
      const collections = new Map([
        [1, 'alpha'],
        [11, 'beta'],
      ]);
      const x = m(1, ...a, ['401778215']);
      const y = m(2, ...b, ['401778215']);
      expect(together(clusterPeople([x, y]), [x, y])).toBe(false);
      const z = m(11, ...b, ['401778215']);
      expect(together(clusterPeople([x, z], [], undefined, collections), [x, z])).toBe(false);
    });

  it("keeps one number under the family name's other gender form apart across collections", () => {
    const cases: Array<[he: Written, she: Written, herInitial: Written]> = [
      [
        ['Белоусов А.', 'A. Belousov'],
        ['Белоусова Аглая', 'Aglaya Belousova'],
        ['Белоусова А.', 'A. Belousova'],
      ],
      [
        ['Kowalski W.', 'W. Kowalski'],
        ['Wiesława Kowalska', 'Wieslawa Kowalska'],
        ['Kowalska W.', 'W. Kowalska'],
      ],
      [
        ['Назаров М.', 'M. Nazarov'],
        ['Назарова Мавлуда', 'Mavluda Nazarova'],
        ['Назарова М.', 'M. Nazarova'],
      ],
    ];
    // Across collections only evidence both sides carry joins: here the passport alone could.
    const collections = new Map([
      [1, 'alpha'],
      [11, 'beta'],
    ]);
    for (const [he, she, herInitial] of cases) {
      const y = m(11, ...she, ['401778215']);
      const x = m(1, ...he, ['401778215']);
      const across = (a: Mention) =>
        together(clusterPeople([a, y], [], undefined, collections), [a, y]);
      expect(across(x), he[0]).toBe(false);
      // Her initial, in her form of the family name, is her.
      expect(across(m(1, ...herInitial, ['401778215'])), herInitial[0]).toBe(true);
    }
  });

  it('keeps one number with two birth dates apart, within and across collections', () => {
    const collections = new Map([
      [1, 'alpha'],
      [2, 'alpha'],
      [11, 'beta'],
    ]);
    const cases: Array<[Written, Written]> = [
      [
        ['Белоусова Аглая', 'Aglaya Belousova'],
        ['BELOUSONA AGLAYA', 'Aglaya Belousona'],
      ],
      [
        ['Edwina Thornbury', 'Edwina Thornbury'],
        ['Edwina Thornbuny', 'Edwina Thornbuny'],
      ],
      [
        ['Wiesława Chrobak', 'Wieslawa Chrobak'],
        ['Wiesława Chrobal', 'Wieslawa Chrobal'],
      ],
    ];
    for (const [a, b] of cases) {
      const x = m(1, ...a, ['EA4471903'], '1985-03-12');
      const y = m(2, ...b, ['EA4471903'], '1961-07-30');
      expect(together(clusterPeople([x, y], [], undefined, collections), [x, y])).toBe(false);
      const z = m(11, ...b, ['EA4471903'], '1961-07-30');
      expect(together(clusterPeople([x, z], [], undefined, collections), [x, z])).toBe(false);
    }
  });

  it('takes different numbers for no evidence against one name (passports are renewed)', () => {
    for (const [text, normalized] of [
      ['Гнатишин Ярема', 'Yarema Gnatishin'],
      ['Solène Garnier', 'Solene Garnier'],
      ['Назарова Мавлуда', 'Mavluda Nazarova'],
    ] as const) {
      const x = m(1, text, normalized, ['FE123456']);
      const y = m(2, text, normalized, ['FE654321']);
      expect(together(clusterPeople([x, y]), [x, y])).toBe(true);
    }
  });

  it('joins a name by initials to the full name written with its passport', () => {
    const cases: Array<[short: Written, full: Written, sister: Written]> = [
      [
        ['Белоусова А. П.', 'A. P. Belousova'],
        ['Белоусова Аглая Петровна', 'Aglaya Belousova'],
        ['Белоусова Алина', 'Alina Belousova'],
      ],
      [
        ['Chrobak W.', 'W. Chrobak'],
        ['Wiesława Chrobak', 'Wieslawa Chrobak'],
        ['Wanda Chrobak', 'Wanda Chrobak'],
      ],
      [
        ['Гнатишин Я.', 'Ya. Gnatishin'],
        ['Гнатишин Ярема', 'Yarema Gnatishin'],
        ['Гнатишин Ярослав', 'Yaroslav Gnatishin'],
      ],
    ];
    for (const [short, full, sister] of cases) {
      // A relative of the same initial keeps the initial from fitting by name alone.
      const x = m(1, ...short, ['TJK:401778215']);
      const y = m(2, ...full, ['401778215']);
      const other = m(3, ...sister);
      expect(together(clusterPeople([x, y, other]), [x, y]), full[0]).toBe(true);
      const [bareShort, bareFull] = [m(1, ...short), m(2, ...full)];
      const byName = clusterPeople([bareShort, bareFull, other]);
      expect(together(byName, [bareShort, bareFull]), full[0]).toBe(false);
    }
  });
});
