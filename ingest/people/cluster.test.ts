import { describe, expect, it } from 'vitest';
import { variantKey } from '../../case/spellings.js';
import { clusterPeople, type Mention } from './cluster.js';

let id = 0;
const m = (documentId: number, text: string, normalized: string): Mention => ({
  id: ++id,
  documentId,
  text,
  normalized,
});

// Every person here is invented: no evaluation corpus names them.
describe('clusterPeople', () => {
  const mentions = [
    m(1, 'Мухиддинов Зафар Бахромович', 'Zafar Mukhiddinov'),
    m(2, 'MUHIDDINOV ZAFAR', 'Zafar Muhiddinov'),
    m(3, 'Zafarem Muchiddinowem', 'Zafar Mukhiddinov'),
    m(4, 'Zafar Mukhiddinov', 'Zafar Mukhiddinov'),
    m(1, 'Расуловой Гузал Тохировны', 'Guzal Rasulova'),
    m(5, 'Gouzal Rasulova', 'Gouzal Rasulova'),
    m(6, 'Расулова Г. Т.', 'G. T. Rasulova'),
    m(4, 'Mahliyo Rasulova', 'Mahliyo Rasulova'),
    m(7, 'Makhliyo Rasulova', 'Makhliyo Rasulova'),
    m(1, 'Расулов Тохир Камолович', 'Tokhir Rasulov'),
    m(2, 'Расуловым Т. К.', 'T. K. Rasulov'),
    m(1, 'Ш. Н. Азимзода', 'Sh. N. Azimzoda'),
    m(3, 'S. N. Azimzoda', 'S. N. Azimzoda'),
  ];
  const people = clusterPeople(mentions);
  const of = (text: string) => people.find((p) => p.variants.includes(text))?.key;

  it('joins transliterations, Polish case forms and word order of one name', () => {
    expect(
      new Set([
        of('Мухиддинов Зафар Бахромович'),
        of('Zafar Muhiddinov'),
        of('Zafarem Muchiddinowem'),
        of('Zafar Mukhiddinov'),
      ]).size,
    ).toBe(1);
    // The spellings are the name and what the documents write, not each mention's romanization.
    expect(people.find((p) => p.key === of('Gouzal Rasulova'))!.variants).not.toContain(
      'Guzal Rasulova',
    );
    expect(of('Gouzal Rasulova')).toBe(of('Расуловой Гузал Тохировны'));
    expect(of('Makhliyo Rasulova')).toBe(of('Mahliyo Rasulova'));
  });

  it('keeps sisters and their father apart, and gives initials to the one person they fit', () => {
    const family = [
      of('Расуловой Гузал Тохировны'),
      of('Mahliyo Rasulova'),
      of('Расулов Тохир Камолович'),
    ];
    expect(new Set(family).size).toBe(3);
    expect(of('Расулова Г. Т.')).toBe(family[0]);
    expect(of('Расуловым Т. К.')).toBe(family[2]);
    expect(of('S. N. Azimzoda')).toBe(of('Ш. Н. Азимзода'));
  });

  it('leaves initials that fit two people of one family unassigned to either', () => {
    const twoG = clusterPeople([
      m(1, 'Guzal Rasulova', 'Guzal Rasulova'),
      m(2, 'Gulnora Rasulova', 'Gulnora Rasulova'),
      m(3, 'Расулова Г.', 'G. Rasulova'),
    ]);
    expect(twoG).toHaveLength(3);
  });

  it('gives a given name with the family initial to the one full name it fits, in its document first', () => {
    const p = clusterPeople([
      m(1, 'Расуловой Гузал Тохировны', 'Guzal Rasulova'),
      m(1, 'Guzal R.', 'Guzal R.'),
      m(2, 'Guzal Rakhimova', 'Guzal Rakhimova'),
      m(3, 'Guzal R.', 'Guzal R.'),
      m(4, 'Davron T.', 'Davron T.'),
    ]);
    const of = (text: string) => p.find((x) => x.mentionIds.length && x.variants.includes(text));
    expect(of('Расуловой Гузал Тохировны')?.mentionIds).toHaveLength(2);
    expect(of('Guzal Rakhimova')?.mentionIds).toHaveLength(1);
    // In document 3 two people fit; in document 4 nobody: each stays a person of its own, with a usable key.
    expect(p).toHaveLength(4);
    expect(p.every((x) => /^[a-z0-9-]+$/.test(x.key))).toBe(true);
  });

  // What a reader of one collection sees of its own mentions must not depend on what another
  // collection names: a relative another collection names does not keep a name by initials (or a
  // given name with the family's initial) from the one full name of its own collection it fits.
  // Documents 1-2 are in "north", 3 in "south".
  describe('initials, resolved in their own collection first', () => {
    const collections = new Map([
      [1, 'north'],
      [2, 'north'],
      [3, 'south'],
    ]);
    /** Whether the mentions of north (documents 1 and 2) are one person, with and without south's. */
    const northTogether = (north: Mention[], south: Mention[]) =>
      [[...north, ...south], north].map((all) => {
        const people = clusterPeople(all, [], undefined, collections);
        return new Set(north.map((x) => people.find((p) => p.mentionIds.includes(x.id))!.key)).size;
      });
    const cases: Array<{ lang: string; full: string[]; initials: string[]; other: string[] }> = [
      {
        lang: 'ru',
        full: ['Гузал Расулова', 'Guzal Rasulova'],
        initials: ['Расулова Г.', 'G. Rasulova'],
        other: ['Гулнора Расулова', 'Gulnora Rasulova'],
      },
      {
        lang: 'uk',
        full: ['Оксана Гребенюк', 'Oksana Hrebeniuk'],
        initials: ['Гребенюк О.', 'O. Hrebeniuk'],
        other: ['Олена Гребенюк', 'Olena Hrebeniuk'],
      },
      {
        lang: 'tg',
        full: ['Ҷамшед Қодиров', 'Jamshed Qodirov'],
        initials: ['Қодиров Ҷ.', 'J. Qodirov'],
        other: ['Ҷонибек Қодиров', 'Jonibek Qodirov'],
      },
      {
        lang: 'pl',
        full: ['Bożydar Kwiatek', 'Bozydar Kwiatek'],
        initials: ['B. Kwiatek', 'B. Kwiatek'],
        other: ['Bartosz Kwiatek', 'Bartosz Kwiatek'],
      },
      {
        lang: 'en',
        full: ['Jasper Holloway', 'Jasper Holloway'],
        initials: ['J. Holloway', 'J. Holloway'],
        other: ['Jeremy Holloway', 'Jeremy Holloway'],
      },
      {
        lang: 'fr',
        full: ['Anatole Fréchette', 'Anatole Frechette'],
        initials: ['A. Fréchette', 'A. Frechette'],
        other: ['Aurèle Fréchette', 'Aurele Frechette'],
      },
    ];
    for (const { lang, full, initials, other } of cases) {
      it(`joins a name by initials to its collection's one fit, whatever another names (${lang})`, () => {
        const [a, b] = [full as [string, string], initials as [string, string]];
        expect(
          northTogether([m(1, ...a), m(2, ...b)], [m(3, ...(other as [string, string]))]),
        ).toEqual([1, 1]);
      });
      it(`joins a given name with the family initial to its collection's one fit (${lang})`, () => {
        const [given, family] = full[1]!.split(' ') as [string, string];
        const [oGiven] = other[1]!.split(' ') as [string];
        const short = `${given} ${family[0]}.`;
        // The other collection's namesake by given name and initial: another family, same initial.
        const namesake = `${given} ${family[0]}${oGiven.slice(1).toLowerCase()}ova`;
        expect(
          northTogether([m(1, full[0]!, full[1]!), m(2, short, short)], [m(3, namesake, namesake)]),
        ).toEqual([1, 1]);
      });
    }
  });

  it('lists clean spellings only: no labels caught between names, no OCR script mix-ups', () => {
    const p = clusterPeople([
      m(1, 'RASULOVA\nForename GUZAL', 'Guzal Rasulova'),
      m(2, 'Расулова Г. T.', 'G. T. Rasulova'),
      m(3, 'Guzal Rasulova', 'Guzal Rasulova'),
    ]);
    expect(p).toHaveLength(1);
    expect(p[0]?.variants).toEqual(['Guzal Rasulova']);
  });

  it('shows a spelling without the stray quote mark OCR glued to a word of it', () => {
    const people = clusterPeople([
      m(1, 'Давлатова ‘Зарина', 'Zarina Davlatova'),
      m(2, 'Trevelyan `Marcus', 'Marcus Trevelyan'),
    ]);
    expect(people.flatMap((p) => p.variants)).toEqual(
      expect.arrayContaining(['Давлатова Зарина', 'Marcus Trevelyan']),
    );
    expect(people.flatMap((p) => p.variants).some((v) => /[‘`]/u.test(v))).toBe(false);
  });

  it('applies merge and split decisions, the last one about a pair winning', () => {
    const base = [
      m(1, 'Jahongir Sharifzoda', 'Jahongir Sharifzoda'),
      m(2, 'Jakhongir Sharifov', 'Jakhongir Sharifov'),
    ];
    expect(clusterPeople(base)).toHaveLength(2);
    const merge = {
      kind: 'merge' as const,
      a: variantKey('Jahongir Sharifzoda'),
      b: variantKey('Jakhongir Sharifov'),
    };
    expect(clusterPeople(base, [merge])).toHaveLength(1);
    const split = {
      kind: 'split' as const,
      a: variantKey('Jakhongir Sharifov'),
      b: variantKey('Jahongir Sharifzoda'),
    };
    expect(clusterPeople(base, [merge, split])).toHaveLength(2);
  });

  // An editor's decision holds in the collections they may edit (its `collections`): it moves only
  // the mentions of those collections' documents; the people of other collections stay as they were,
  // with their keys. Documents 1–3 are in "north", 4–6 in "south".
  describe('decisions of an editor, in their collections only', () => {
    const collections = new Map([1, 2, 3, 4, 5, 6].map((d) => [d, d <= 3 ? 'north' : 'south']));
    const byMention = (people: ReturnType<typeof clusterPeople>) =>
      new Map(people.flatMap((p) => p.mentionIds.map((i) => [i, p.key] as const)));
    /** The people of the south documents: their mentions' texts, each person's as a sorted list. */
    const southOf = (people: ReturnType<typeof clusterPeople>, all: Mention[]) =>
      people
        .map((p) => ({
          key: p.key,
          texts: all
            .filter((x) => p.mentionIds.includes(x.id) && x.documentId >= 4)
            .map((x) => x.text)
            .sort(),
        }))
        .filter((p) => p.texts.length)
        .sort((a, b) => a.texts[0]!.localeCompare(b.texts[0]!));
    const cases: Array<{ lang: string; a: [string, string]; b: [string, string] }> = [
      {
        lang: 'en',
        a: ['Jasper Holloway', 'Jasper Holloway'],
        b: ['Jas Holloway', 'Jas Holloway'],
      },
      {
        lang: 'ru',
        a: ['Фарход Назаров', 'Farkhod Nazarov'],
        b: ['Фарух Назаров', 'Farukh Nazarov'],
      },
      {
        lang: 'uk',
        a: ['Остап Гребенюк', 'Ostap Hrebeniuk'],
        b: ['Орест Гребенюк', 'Orest Hrebeniuk'],
      },
      {
        lang: 'tg',
        a: ['Ҷамшед Қодиров', 'Jamshed Qodirov'],
        b: ['Ҷонибек Қодиров', 'Jonibek Qodirov'],
      },
      {
        lang: 'pl',
        a: ['Bożydar Kwiatek', 'Bozydar Kwiatek'],
        b: ['Bożek Kwiatek', 'Bozek Kwiatek'],
      },
      {
        lang: 'fr',
        a: ['Anatole Fréchette', 'Anatole Frechette'],
        b: ['Aurèle Fréchette', 'Aurele Frechette'],
      },
    ];
    for (const { lang, a, b } of cases)
      it(`merges and splits in north only, south unchanged (${lang})`, () => {
        const all = [m(1, ...a), m(2, ...b), m(3, ...a), m(4, ...a), m(5, ...b), m(6, ...b)];
        const before = clusterPeople(all, [], undefined, collections);
        // The two spellings are two people to begin with.
        expect(before.filter((p) => p.mentionIds.length)).toHaveLength(2);
        const previous = { byMention: byMention(before), byName: new Map() };
        const merge = {
          kind: 'merge' as const,
          a: variantKey(a[1]),
          b: variantKey(b[1]),
          collections: ['north'],
        };
        const merged = clusterPeople(all, [merge], previous, collections);
        const north = merged.find((p) => p.mentionIds.includes(all[0]!.id))!;
        // North's three mentions are one person …
        expect(north.documentIds).toEqual([1, 2, 3]);
        // … with a new key; south's people keep theirs and their mentions.
        expect(before.map((p) => p.key)).not.toContain(north.key);
        expect(southOf(merged, all)).toEqual(southOf(before, all));
        // The same clustering again keeps every key.
        const again = clusterPeople(
          all,
          [merge],
          { byMention: byMention(merged), byName: new Map() },
          collections,
        );
        expect(again.map((p) => p.key).sort()).toEqual(merged.map((p) => p.key).sort());
        // A split in north after it undoes it there: the mention of doc 2 leaves doc 1's person;
        // south is as it was.
        const split = {
          ...merge,
          kind: 'split' as const,
          a: variantKey(b[0]),
          b: variantKey(a[1]),
        };
        const undone = clusterPeople(all, [merge, split], previous, collections);
        const personOf = (people: ReturnType<typeof clusterPeople>, x: Mention) =>
          people.find((p) => p.mentionIds.includes(x.id))!;
        expect(personOf(undone, all[1]!)).not.toBe(personOf(undone, all[0]!));
        expect(personOf(undone, all[0]!).documentIds).toEqual(expect.arrayContaining([1, 3]));
        expect(southOf(undone, all)).toEqual(southOf(before, all));
        // … also when it is undone on the people the merge left (their keys as stored then): the
        // south mentions keep their keys, north's moved ones do not take them.
        const afterMerge = {
          byMention: byMention(merged),
          byName: new Map(),
          decided: new Set(merged.filter((p) => p.decided).map((p) => p.key)),
        };
        expect(merged.filter((p) => p.decided).map((p) => p.key)).toEqual([north.key]);
        const undoneLater = clusterPeople(all, [merge, split], afterMerge, collections);
        expect(southOf(undoneLater, all)).toEqual(southOf(before, all));
        // An admin's merge of the pair (no collections) after the editor's decisions holds everywhere.
        const everywhere = { kind: 'merge' as const, a: split.b, b: split.a };
        const all1 = clusterPeople(all, [merge, split, everywhere], previous, collections);
        expect(all1).toHaveLength(1);
        // A south editor's split after the admin's merge leaves north's person whole.
        const southSplit = { ...split, collections: ['south'] };
        const kept = clusterPeople(all, [everywhere, southSplit], previous, collections);
        expect(kept.find((p) => p.mentionIds.includes(all[0]!.id))!.documentIds).toEqual([
          1, 2, 3, 4,
        ]);
        expect(kept.find((p) => p.mentionIds.includes(all[4]!.id))!.documentIds).toEqual([5, 6]);
      });
  });

  it('joins a spelling a letter or two off only when the same birth date stands with both', () => {
    const born = (
      documentId: number,
      text: string,
      normalized: string,
      date?: string,
    ): Mention => ({ ...m(documentId, text, normalized), ...(date ? { born: date } : {}) });
    const a = born(11, 'МУХИДДИНОВ ЗАФАР', 'Zafar Mukhiddinov', '1988-04-02');
    const typo = born(12, 'МУХИДИНОВ ЗОФАР', 'Zofar Mukhidinov', '1988-04-02');
    const ocr = born(13, 'Мухиддинав Зафр', 'Zafr Mukhiddinav', '1988-04-02');
    const other = born(14, 'МУХИДИНОВ ЗОФАР', 'Zofar Mukhidinov', '1961-09-30');
    const far = born(15, 'Рахимов Бахром', 'Bakhrom Rakhimov', '1988-04-02');
    const byId = (c: ReturnType<typeof clusterPeople>, x: Mention) =>
      c.find((p) => p.mentionIds.includes(x.id))!.key;
    const clusters = clusterPeople([a, typo, ocr, other, far]);
    expect(byId(clusters, typo)).toBe(byId(clusters, a));
    expect(byId(clusters, ocr)).toBe(byId(clusters, a));
    expect(byId(clusters, other)).not.toBe(byId(clusters, a));
    expect(byId(clusters, far)).not.toBe(byId(clusters, a));
  });

  it('gives a mention without a birth date the namesake its own document (or collection) dates, whatever others hold', () => {
    const born = (documentId: number, text: string, date?: string): Mention => ({
      ...m(documentId, text, text),
      ...(date ? { born: date } : {}),
    });
    // Three names, each written in two documents with two birth dates and once more, undated, in each.
    for (const name of ['Ottilie Marskogen', 'Bruno Kettelwick', 'Hamida Yorqulova']) {
      const [a, aLater, b, bLater] = [
        born(21, name, '1971-05-04'),
        born(21, name),
        born(22, name, '1985-10-17'),
        born(22, name),
      ] as [Mention, Mention, Mention, Mention];
      const clusters = clusterPeople([a, aLater, b, bLater]);
      const of = (x: Mention) => clusters.find((p) => p.mentionIds.includes(x.id))!.key;
      expect(clusters, name).toHaveLength(2);
      expect(of(aLater), name).toBe(of(a));
      expect(of(bLater), name).toBe(of(b));
    }
    // The same in other documents of one collection: the namesake the collection dates, when it dates one.
    for (const name of ['Ottilie Marskogen', 'Bruno Kettelwick', 'Hamida Yorqulova']) {
      const [a, aElsewhere, b, bElsewhere, lone] = [
        born(41, name, '1971-05-04'),
        born(42, name),
        born(43, name, '1985-10-17'),
        born(44, name),
        born(45, name),
      ] as [Mention, Mention, Mention, Mention, Mention];
      const collections = new Map([
        [41, 'alder'],
        [42, 'alder'],
        [43, 'birch'],
        [44, 'birch'],
        [45, 'cedar'],
      ]);
      const clusters = clusterPeople(
        [a, aElsewhere, b, bElsewhere, lone],
        [],
        undefined,
        collections,
      );
      const of = (x: Mention) => clusters.find((p) => p.mentionIds.includes(x.id))!.key;
      expect(clusters, name).toHaveLength(3);
      expect(of(aElsewhere), name).toBe(of(a));
      expect(of(bElsewhere), name).toBe(of(b));
    }
    // A document dating two namesakes: its undated mention could be either, and stays apart.
    const [x, y, z] = [
      born(23, 'Ottilie Marskogen', '1951-02-03'),
      born(23, 'Ottilie Marskogen', '1979-08-09'),
      born(23, 'Ottilie Marskogen'),
    ] as [Mention, Mention, Mention];
    expect(clusterPeople([x, y, z])).toHaveLength(3);
  });
});

describe('person keys', () => {
  const people = [
    m(31, 'Ottilie Marskogen', 'Ottilie Marskogen'),
    m(32, 'Ottilie Marskogen', 'Ottilie Marskogen'),
    m(31, 'Bruno Kettelwick', 'Bruno Kettelwick'),
  ];

  it('spell no name and number no namesake', () => {
    const clusters = clusterPeople([
      ...people,
      { ...m(33, 'Bruno Kettelwick', 'Bruno Kettelwick'), born: '1960-01-01' },
      { ...m(34, 'Bruno Kettelwick', 'Bruno Kettelwick'), born: '1990-01-01' },
    ]);
    expect(clusters.length).toBeGreaterThanOrEqual(3);
    for (const c of clusters) {
      expect(c.key).toMatch(/^[0-9a-f]{32}$/);
      expect(c.key).not.toMatch(/mrskgn|kttlwck|-\d/);
    }
    expect(new Set(clusters.map((c) => c.key)).size).toBe(clusters.length);
  });

  it('keep the key a person had, by the mentions they keep or else by their name', () => {
    const first = clusterPeople(people);
    const keyOf = (c: ReturnType<typeof clusterPeople>, name: string) =>
      c.find((p) => p.name === name)!.key;
    // The same mentions: the same keys.
    const byMention = new Map(first.flatMap((p) => p.mentionIds.map((i) => [i, p.key] as const)));
    const again = clusterPeople(people, [], { byMention, byName: new Map() });
    expect(keyOf(again, 'Ottilie Marskogen')).toBe(keyOf(first, 'Ottilie Marskogen'));
    expect(keyOf(again, 'Bruno Kettelwick')).toBe(keyOf(first, 'Bruno Kettelwick'));
    // Read again (new mention ids): by the name, where one person had it.
    const reread = people.map((p) => ({ ...p, id: p.id + 1000 }));
    const byName = new Map(first.map((p) => [p.name, [p]]));
    const third = clusterPeople(reread, [], { byMention: new Map(), byName });
    expect(keyOf(third, 'Ottilie Marskogen')).toBe(keyOf(first, 'Ottilie Marskogen'));
    // A key in the old spelled-out form is never kept.
    const old = clusterPeople(people, [], {
      byMention: new Map(people.map((p) => [p.id, 'mrskgn-ttl'])),
      byName: new Map([['Ottilie Marskogen', [{ key: 'mrskgn-ttl', documentIds: [31, 32] }]]]),
    });
    expect(old.map((p) => p.key)).not.toContain('mrskgn-ttl');
  });
});

describe('the name a person is known by', () => {
  it('prefers a spelling written in Latin script to our transliteration of a Cyrillic one', () => {
    const cases: Array<[Mention[], string]> = [
      [
        [
          m(1, 'Косимзода Фаррух', 'Farrukh Kosimzoda'),
          m(2, 'Косимзода Фаррух', 'Farrukh Kosimzoda'),
          m(3, 'QOSIMZODA FARRUKH', 'Farrukh Qosimzoda'),
        ],
        'Farrukh Qosimzoda',
      ],
      [
        [
          m(1, 'Галина Савчук', 'Halyna Savchuk'),
          m(2, 'Галина Савчук', 'Galina Savchuk'),
          m(3, 'Halyna Savchuk', 'Halyna Savchuk'),
        ],
        'Halyna Savchuk',
      ],
      [
        [
          m(1, 'Шаркаускас Раймондас', 'Raimondas Sharkauskas'),
          m(2, 'Шаркаускас Раймондас', 'Raimondas Sharkauskas'),
          m(3, 'Raimondas Šarkauskas', 'Raimondas Šarkauskas'),
        ],
        'Raimondas Šarkauskas',
      ],
    ];
    for (const [mentions, name] of cases) {
      const people = clusterPeople(mentions);
      expect(people).toHaveLength(1);
      expect(people[0]?.name).toBe(name);
    }
  });

  it('still prefers a full name to one by initials, whatever its script', () => {
    const people = clusterPeople([
      m(1, 'Давронов Тимур Рашидович', 'Timur Davronov'),
      m(2, 'T. A. Davronov', 'T. A. Davronov'),
    ]);
    expect(people[0]?.name).toBe('Timur Davronov');
  });

  it('tells a brother from a sister with the same initial by the family name ending', () => {
    const people = clusterPeople([
      m(1, 'Davron Sharipov', 'Davron Sharipov'),
      m(2, 'Dilorom Sharipova', 'Dilorom Sharipova'),
      m(3, 'Sharipow D.', 'D. Sharipov'),
      m(3, 'Шарипова Д.', 'D. Sharipova'),
      m(4, 'Kowalczyk D.', 'D. Kowalczyk'),
      m(4, 'Dariusz Kowalczyk', 'Dariusz Kowalczyk'),
      m(5, 'Dorota Kowalczyk', 'Dorota Kowalczyk'),
    ]);
    const of = (text: string) => people.find((p) => p.variants.includes(text))?.key;
    expect(of('Sharipow D.')).toBe(of('Davron Sharipov'));
    expect(of('Шарипова Д.')).toBe(of('Dilorom Sharipova'));
    // A family name whose ending tells no gender: two fit, neither is chosen.
    expect([of('Dariusz Kowalczyk'), of('Dorota Kowalczyk')]).not.toContain(of('Kowalczyk D.'));
  });

  it('gives an initial two relatives fit to the one whose record on its page lists the days its sentence states', () => {
    const at = (x: Mention, extra: Partial<Mention>): Mention => ({ ...x, ...extra });
    let date = 1000;
    // Each day as a date mention of its own (a row's date, a sentence's date).
    const d = (...days: string[]) => days.map((day) => ({ day, at: ++date }));
    const first = id + 1;
    const people = clusterPeople([
      at(m(1, 'KHOLIQOVA SHAHLO', 'Shahlo Kholiqova'), { record: d('2019-02-03', '2019-08-21') }),
      at(m(1, 'KHOLIQOVA SITORA', 'Sitora Kholiqova'), { record: d('2019-03-11') }),
      at(m(1, 'Kholiqova S.', 'S. Kholiqova'), { near: d('2019-02-03', '2019-08-21') }),
      // Another document: the record lies in the first one, so nothing tells which it is.
      at(m(2, 'Холікова С.', 'S. Kholiqova'), { near: d('2019-02-03') }),
      // Both records share the day: no choice.
      at(m(3, 'Nurova D.', 'D. Nurova'), { near: d('2020-01-10') }),
      at(m(3, 'Dilnoza Nurova', 'Dilnoza Nurova'), { record: d('2020-01-10') }),
      at(m(3, 'Dilbar Nurova', 'Dilbar Nurova'), { record: d('2020-01-10') }),
    ]);
    const order = [
      'KHOLIQOVA SHAHLO',
      'KHOLIQOVA SITORA',
      'Kholiqova S.',
      'Холікова С.',
      'Nurova D.',
      'Dilnoza Nurova',
      'Dilbar Nurova',
    ];
    const of = (text: string) =>
      people.find((p) => p.mentionIds.includes(first + order.indexOf(text)))?.key;
    expect(of('Kholiqova S.')).toBe(of('KHOLIQOVA SHAHLO'));
    expect(of('Kholiqova S.')).not.toBe(of('KHOLIQOVA SITORA'));
    expect([of('KHOLIQOVA SHAHLO'), of('KHOLIQOVA SITORA')]).not.toContain(of('Холікова С.'));
    expect([of('Dilnoza Nurova'), of('Dilbar Nurova')]).not.toContain(of('Nurova D.'));
  });

  it('joins a Latin spelling that lost its diacritics or wrote German sch, never two Cyrillic ones', () => {
    const people = clusterPeople([
      m(1, 'Петрас Жемайтис', 'Petras Zhemaytis'),
      m(2, 'Petras Zemaitis', 'Petras Zemaitis'),
      m(3, 'Шахноза Холикова', 'Shakhnoza Kholiqova'),
      m(4, 'Schachnosa Cholikowa', 'Shakhnosa Kholiqova'),
      m(5, 'Гулшан Рашидова', 'Gulshan Rashidova'),
      m(6, 'Гулжан Рашидова', 'Gulzhan Rashidova'),
      m(7, 'Zarina Sobirova', 'Zarina Sobirova'),
      m(8, 'Zarina Shobirova', 'Zarina Shobirova'),
      m(9, 'Жарина Собирова', 'Zharina Sobirova'),
    ]);
    const of = (text: string) => people.find((p) => p.variants.includes(text))?.key;
    expect(of('Petras Zemaitis')).toBe(of('Петрас Жемайтис'));
    expect(of('Schachnosa Cholikowa')).toBe(of('Шахноза Холикова'));
    expect(of('Гулшан Рашидова')).not.toBe(of('Гулжан Рашидова'));
    // Three spellings meet on one loose key: which two are one person is not told, none is joined.
    expect(
      new Set([of('Zarina Sobirova'), of('Zarina Shobirova'), of('Жарина Собирова')]).size,
    ).toBe(3);
  });

  it('counts spellings a birth date already joined as one person when a loose key meets them', () => {
    const born = (x: Mention, date: string): Mention => ({ ...x, born: date });
    const first = id + 1;
    const people = clusterPeople([
      born(m(1, 'Қосимзода Бахтиёр', 'Bakhtiyor Qosimzoda'), '1985-09-30'),
      // A register's misspelling with the same birth date: one person with the first.
      born(m(2, 'ГОСІМЗОДА БАХТІЙОР', 'Bakhtiyor Hosimzoda'), '1985-09-30'),
      // A German court's spelling: the third spelling on the loose key, but the second person.
      m(3, 'Bachtijor Kosimsoda', 'Bakhtiyor Kosimsoda'),
      // Two people already, and a third spelling: which one it is is not told.
      born(m(4, 'Шахло Раҳимова', 'Shakhlo Rahimova'), '1990-01-01'),
      born(m(5, 'Шахло Рахимова', 'Shakhlo Rakhimova'), '1979-05-05'),
      m(6, 'Schachlo Rachimowa', 'Shakhlo Rakhimova'),
    ]);
    // By mention: a German spelling is shown under the person's name, not always as its own variant.
    const texts = ['Қосимзода Бахтиёр', 'ГОСІМЗОДА БАХТІЙОР', 'Bachtijor Kosimsoda'];
    const more = ['Шахло Раҳимова', 'Шахло Рахимова', 'Schachlo Rachimowa'];
    const of = (text: string) => {
      const id = [...texts, ...more].indexOf(text) + first;
      return people.find((p) => p.mentionIds.includes(id))?.key;
    };
    expect(of('ГОСІМЗОДА БАХТІЙОР')).toBe(of('Қосимзода Бахтиёр'));
    expect(of('Bachtijor Kosimsoda')).toBe(of('Қосимзода Бахтиёр'));
    expect(of('Шахло Раҳимова')).not.toBe(of('Шахло Рахимова'));
    expect([of('Шахло Раҳимова'), of('Шахло Рахимова')]).not.toContain(of('Schachlo Rachimowa'));
  });

  it('joins a maiden and a married name by the same given name and birth date only', () => {
    const born = (x: Mention, date: string): Mention => ({ ...x, born: date });
    const people = clusterPeople([
      born(m(1, 'Parvina Safarova', 'Parvina Safarova'), '1993-04-17'),
      born(m(2, 'Парвина Юсуфи', 'Parvina Yusufi'), '1993-04-17'),
      born(m(3, 'Parvina Nazari', 'Parvina Nazari'), '1991-02-02'),
      born(m(4, 'Malika Safarova', 'Malika Safarova'), '1993-04-17'),
    ]);
    const of = (text: string) => people.find((p) => p.variants.includes(text))?.key;
    expect(of('Парвина Юсуфи')).toBe(of('Parvina Safarova'));
    expect(of('Parvina Nazari')).not.toBe(of('Parvina Safarova'));
    expect(of('Malika Safarova')).not.toBe(of('Parvina Safarova'));
  });

  it('gives an initial two relatives fit to the one the other people of its document appear with', () => {
    // Polish: the decision names the brother-in-law by initial too; only Zarina's documents hold him.
    const polish = clusterPeople([
      m(1, 'Zarina Yuldasheva', 'Zarina Yuldasheva'),
      m(1, 'Bahtiyor Rahimov', 'Bahtiyor Rahimov'),
      m(2, 'Юлдашева Зарина', 'Zarina Yuldasheva'),
      m(2, 'Рахимов Бахтиёр', 'Bahtiyor Rahimov'),
      m(3, 'ZARINA YULDASHEVA', 'Zarina Yuldasheva'),
      m(3, 'RAHIMOV BAHTIYOR', 'Bahtiyor Rahimov'),
      m(4, 'Zuhra Yuldasheva', 'Zuhra Yuldasheva'),
      m(5, 'Yuldaszewa Z.', 'Z. Yuldasheva'),
      m(5, 'Rahimow B.', 'B. Rahimov'),
    ]);
    const of = (ps: typeof polish, text: string) => ps.find((p) => p.variants.includes(text))?.key;
    expect(of(polish, 'Yuldaszewa Z.')).toBe(of(polish, 'Zarina Yuldasheva'));
    expect(of(polish, 'Zuhra Yuldasheva')).not.toBe(of(polish, 'Zarina Yuldasheva'));
    // Russian, with the other person named in full: the same evidence.
    const russian = clusterPeople([
      m(1, 'Эргашев Тимур', 'Timur Ergashev'),
      m(1, 'Юсупов Дилшод', 'Dilshod Yusupov'),
      m(2, 'Timur Ergashev', 'Timur Ergashev'),
      m(2, 'Dilshod Yusupov', 'Dilshod Yusupov'),
      m(3, 'Ramziddin Ergashev', 'Ramziddin Ergashev'),
      m(3, 'Farrukh Mirzoev', 'Farrukh Mirzoev'),
      m(4, 'Эргашев Т.', 'T. Ergashev'),
      m(4, 'Юсупов Дилшод', 'Dilshod Yusupov'),
    ]);
    expect(of(russian, 'Эргашев Т.')).toBe(of(russian, 'Timur Ergashev'));
    // Both relatives seen with the same people as often: nothing tells, the initial stays alone.
    const even = clusterPeople([
      m(1, 'Nodira Aminova', 'Nodira Aminova'),
      m(1, 'Jamol Sharipov', 'Jamol Sharipov'),
      m(2, 'Nargis Aminova', 'Nargis Aminova'),
      m(2, 'Jamol Sharipov', 'Jamol Sharipov'),
      m(3, 'Aminova N.', 'N. Aminova'),
      m(3, 'Jamol Sharipov', 'Jamol Sharipov'),
    ]);
    expect(even.find((p) => p.name === 'N. Aminova')!.mentionIds).toHaveLength(1);
    // One shared document is too little to go on.
    const thin = clusterPeople([
      m(1, 'Nodira Aminova', 'Nodira Aminova'),
      m(1, 'Jamol Sharipov', 'Jamol Sharipov'),
      m(2, 'Nargis Aminova', 'Nargis Aminova'),
      m(3, 'Aminova N.', 'N. Aminova'),
      m(3, 'Jamol Sharipov', 'Jamol Sharipov'),
    ]);
    expect(thin.find((p) => p.name === 'N. Aminova')!.mentionIds).toHaveLength(1);
  });

  it('joins a given name misread by one letter, seen in one document, to the one well-attested relative it is a letter from', () => {
    const of = (ps: ReturnType<typeof clusterPeople>, text: string) =>
      ps.find((p) => p.variants.includes(text))?.key;
    // Cyrillic, first letter misread (В for Б).
    const ru = clusterPeople([
      m(1, 'Бахтиёр Шукуров', 'Bakhtiyor Shukurov'),
      m(2, 'Шукуров Бахтиёр', 'Bakhtiyor Shukurov'),
      m(3, 'Вахтиёр Шукуров', 'Vakhtiyor Shukurov'),
    ]);
    expect(ru).toHaveLength(1);
    // Search finds him by the misreading; his spellings do not list it.
    expect(ru[0]!.spellings).toContain('Вахтиёр Шукуров');
    expect(ru[0]!.variants).not.toContain('Вахтиёр Шукуров');
    expect(ru[0]!.name).toBe('Bakhtiyor Shukurov');
    // Latin, a letter inside the name (u for v).
    const en = clusterPeople([
      m(1, 'Davron Usmonov', 'Davron Usmonov'),
      m(2, 'USMONOV DAVRON', 'Davron Usmonov'),
      m(3, 'Dauron Usmonov', 'Dauron Usmonov'),
    ]);
    expect(en).toHaveLength(1);
    // A real given name one letter from another is another person (Arina is not Irina).
    const real = clusterPeople([
      m(1, 'Ирина Петрова', 'Irina Petrova'),
      m(2, 'Irina Petrova', 'Irina Petrova'),
      m(3, 'Арина Петрова', 'Arina Petrova'),
    ]);
    expect(of(real, 'Арина Петрова')).not.toBe(of(real, 'Ирина Петрова'));
    // Two attested relatives a letter from it: it could be either.
    const two = clusterPeople([
      m(1, 'Sobir Ergashev', 'Sobir Ergashev'),
      m(2, 'Sobir Ergashev', 'Sobir Ergashev'),
      m(1, 'Jobir Ergashev', 'Jobir Ergashev'),
      m(2, 'Jobir Ergashev', 'Jobir Ergashev'),
      m(3, 'Tobir Ergashev', 'Tobir Ergashev'),
    ]);
    expect(of(two, 'Tobir Ergashev')).not.toBe(of(two, 'Sobir Ergashev'));
    expect(of(two, 'Tobir Ergashev')).not.toBe(of(two, 'Jobir Ergashev'));
    // Written so in two documents: a name of its own, not a misreading.
    const twice = clusterPeople([
      m(1, 'Davron Usmonov', 'Davron Usmonov'),
      m(2, 'Davron Usmonov', 'Davron Usmonov'),
      m(3, 'Dauron Usmonov', 'Dauron Usmonov'),
      m(4, 'Dauron Usmonov', 'Dauron Usmonov'),
    ]);
    expect(of(twice, 'Dauron Usmonov')).not.toBe(of(twice, 'Davron Usmonov'));
    // A different birth date says another person, whatever the letters.
    const born = (x: Mention, date: string): Mention => ({ ...x, born: date });
    const dated = clusterPeople([
      born(m(1, 'Davron Usmonov', 'Davron Usmonov'), '1980-01-02'),
      m(2, 'Davron Usmonov', 'Davron Usmonov'),
      born(m(3, 'Dauron Usmonov', 'Dauron Usmonov'), '1999-09-09'),
    ]);
    expect(of(dated, 'Dauron Usmonov')).not.toBe(of(dated, 'Davron Usmonov'));
  });
});

// Invented families: a relative the writer names by a kinship noun and a given name ("моя дочь
// Шахзода" in Ирода Бекмуродова's letter) was given the writer's family name by the extractor.
describe('clusterPeople: relatives named by a kinship noun', () => {
  const kin = (documentId: number, text: string, normalized: string, g: 'f' | 'm'): Mention => ({
    ...m(documentId, text, normalized),
    kin: g,
  });

  it('joins the person of that family and given name named in full, in any gender form', () => {
    const mentions = [
      m(1, 'Бекмуродова Шахзода Аликуловна', 'Shakhzoda Bekmurodova'),
      kin(2, 'Шахзода', 'Shakhzoda Bekmurodova', 'f'),
      m(3, 'Стецюк Олеся', 'Olesia Stetsiuk'),
      kin(4, 'Олесю', 'Olesia Stetsiuk', 'f'),
      m(5, 'Bartosz Wróblewski', 'Bartosz Wróblewski'),
      kin(6, 'Bartosza', 'Bartosz Wróblewski', 'm'),
      m(7, 'Бобоҷонова Тахмина', 'Takhmina Bobojonova'),
      kin(8, 'Тахмина', 'Takhmina Bobojonova', 'f'),
    ];
    const people = clusterPeople(mentions);
    for (const [full, relative] of [
      ['Shakhzoda Bekmurodova', 'Шахзода'],
      ['Olesia Stetsiuk', 'Олесю'],
      ['Bartosz Wróblewski', 'Bartosza'],
      ['Takhmina Bobojonova', 'Тахмина'],
    ]) {
      const person = people.find((p) => p.name === full);
      const idOf = mentions.find((x) => x.text === relative)!.id;
      expect(person?.mentionIds).toContain(idOf);
    }
  });

  it('names no person when the archive names none of that family and given name in full', () => {
    const mentions = [
      m(1, 'Бекмуродова Ирода', 'Iroda Bekmurodova'),
      kin(1, 'Бахром', 'Bakhrom Bekmurodov', 'm'),
      kin(2, 'Leïla', 'Leïla Benali', 'f'),
    ];
    const people = clusterPeople(mentions);
    expect(people.map((p) => p.name)).toEqual(['Iroda Bekmurodova']);
  });

  it('never joins a person of the other gender or one of two namesakes', () => {
    const mentions = [
      m(1, 'Farida Toshev', 'Farida Tosheva'),
      kin(2, 'Farid', 'Farid Toshev', 'm'),
      { ...m(3, 'Гулноз Бобоҷонова, 01.02.1990', 'Gulnoz Bobojonova'), born: '1990-02-01' },
      { ...m(4, 'Гулноз Бобоҷонова, 03.04.1995', 'Gulnoz Bobojonova'), born: '1995-04-03' },
      kin(5, 'Гулноз', 'Gulnoz Bobojonova', 'f'),
    ];
    const people = clusterPeople(mentions);
    const ids = (name: string) =>
      people.filter((p) => p.name === name).flatMap((p) => p.mentionIds);
    expect(ids('Farida Tosheva')).toEqual([mentions[0]!.id]);
    expect(ids('Gulnoz Bobojonova').sort()).toEqual([mentions[2]!.id, mentions[3]!.id].sort());
  });
});

// People are clustered in each collection first, by every kind of evidence its own documents hold;
// across collections only strong evidence both sides carry joins them (the same full name with no
// birth date against it, or a spelling a letter or two off born the same day), and never two people
// of one collection, nor a group that is not linked pair by pair. So a reader of one collection (alpha:
// documents 1-9) sees its mentions clustered the same whether or not another collection (beta:
// 11-19, gamma: 21-29) holds documents. Every name is invented.
describe('people by collection', () => {
  const collections = new Map(
    Array.from({ length: 29 }, (_, i) => [
      i + 1,
      i + 1 < 10 ? 'alpha' : i + 1 < 20 ? 'beta' : 'gamma',
    ]),
  );
  const born = (x: Mention, date: string): Mention => ({ ...x, born: date });
  /** How the people split the given mentions: each person's ids among them, in a canonical order. */
  const partition = (people: ReturnType<typeof clusterPeople>, of: Mention[]) => {
    const ids = new Set(of.map((x) => x.id));
    return people
      .map((p) => p.mentionIds.filter((i) => ids.has(i)).sort((a, b) => a - b))
      .filter((l) => l.length)
      .map((l) => l.join(','))
      .sort();
  };
  /** Alpha's people with and without beta's (and gamma's) documents present. */
  const alphaSeen = (alpha: Mention[], others: Mention[]) =>
    [[...alpha, ...others], alpha].map((all) =>
      partition(clusterPeople(all, [], undefined, collections), alpha),
    );
  const together = (ps: ReturnType<typeof clusterPeople>, xs: Mention[]) =>
    new Set(xs.map((x) => ps.find((p) => p.mentionIds.includes(x.id))?.key)).size === 1;

  // A spelling a letter or two off, born the same day: another collection's dated spelling must not
  // bridge alpha's dated one and its undated namesake.
  const alikeCases: Array<[lang: string, a: string, b: string, bNorm: string, aNorm: string]> = [
    ['ru', 'Мухиддинов Зафар', 'Мухиттинов Зафар', 'Zafar Mukhittinov', 'Zafar Mukhiddinov'],
    ['en', 'Reginald Ashcombe', 'Reginalt Ashcomb', 'Reginalt Ashcomb', 'Reginald Ashcombe'],
    [
      'pl',
      'Przemysław Wierzbicki',
      'Przemysław Wierzbiki',
      'Przemyslaw Wierzbiki',
      'Przemyslaw Wierzbicki',
    ],
  ];
  for (const [lang, a, b, bNorm, aNorm] of alikeCases)
    it(`keeps a spelling a letter off apart from alpha's namesake whatever beta dates (${lang})`, () => {
      const alpha = [born(m(1, a, aNorm), '1984-03-11'), m(2, b, bNorm)];
      const beta = [born(m(11, b, bNorm), '1984-03-11')];
      const [withBeta, alone] = alphaSeen(alpha, beta);
      expect(alone).toHaveLength(2);
      expect(withBeta).toEqual(alone);
    });

  // A maiden and a married name (the same given name, the same birth date).
  const maidenCases: Array<[lang: string, given: string, maiden: string, married: string]> = [
    ['tg', 'Парвина', 'Сафарова', 'Юсуфи'],
    ['de', 'Liesel', 'Brandauer', 'Kornmeier'],
    ['fr', 'Solène', 'Garnier', 'Barthès'],
  ];
  for (const [lang, given, maiden, married] of maidenCases)
    it(`joins a maiden and a married name only by alpha's own dates (${lang})`, () => {
      const one = `${given} ${maiden}`;
      const two = `${given} ${married}`;
      const alpha = [born(m(1, one, one), '1993-04-17'), m(2, two, two)];
      const beta = [born(m(11, two, two), '1993-04-17')];
      const [withBeta, alone] = alphaSeen(alpha, beta);
      expect(alone).toHaveLength(2);
      expect(withBeta).toEqual(alone);
      // The admin (all collections) sees beta's dated married name with alpha's: the same full name.
      const all = clusterPeople([...alpha, ...beta], [], undefined, collections);
      expect(together(all, [alpha[1]!, beta[0]!])).toBe(true);
      expect(together(all, [alpha[0]!, alpha[1]!])).toBe(false);
    });

  // A Latin spelling by loose key: a third spelling elsewhere must not keep alpha's two apart.
  const looseCases: Array<
    [lang: string, a: [string, string], b: [string, string], c: [string, string]]
  > = [
    [
      'lt',
      ['Petras Zemaitis', 'Petras Zemaitis'],
      ['Петрас Жемайтис', 'Petras Zhemaytis'],
      ['Petras Semaitis', 'Petras Semaitis'],
    ],
    [
      'de',
      ['Schachnosa Cholikowa', 'Shakhnosa Kholiqova'],
      ['Шахноза Холикова', 'Shakhnoza Kholiqova'],
      ['Zakhnoza Kholiqova', 'Zakhnoza Kholiqova'],
    ],
    [
      'tg',
      ['Sabirsoda Firuz', 'Firuz Sabirsoda'],
      ['Собирзода Фируз', 'Firuz Sobirzoda'],
      ['Firuz Sabirjoda', 'Firuz Sabirjoda'],
    ],
  ];
  for (const [lang, a, b, c] of looseCases)
    it(`joins alpha's two spellings by loose key whatever beta spells (${lang})`, () => {
      const alpha = [m(1, ...a), m(2, ...b)];
      const [withBeta, alone] = alphaSeen(alpha, [m(11, ...c)]);
      expect(alone).toHaveLength(1);
      expect(withBeta).toEqual(alone);
    });

  // A given name one letter off: another collection must not make the relative well attested, nor
  // write the odd name a second time.
  const misreadCases: Array<[lang: string, right: string, odd: string, family: string]> = [
    ['ru', 'Бахтиёр', 'Вахтиёр', 'Шукуров'],
    ['uz', 'Davron', 'Dauron', 'Usmonov'],
    ['uk', 'Святослав', 'Свягослав', 'Коваленко'],
  ];
  for (const [lang, right, odd, family] of misreadCases) {
    it(`reads a misread given name by alpha's documents only (${lang})`, () => {
      const r = `${right} ${family}`;
      const o = `${odd} ${family}`;
      // Alpha writes the right name once: not attested enough; beta writes it again.
      const thin = [m(1, r, r), m(2, o, o)];
      const [withBeta, alone] = alphaSeen(thin, [m(11, r, r)]);
      expect(alone).toHaveLength(2);
      expect(withBeta).toEqual(alone);
      // Alpha writes it twice: the misreading joins; beta writing the odd name too changes nothing.
      const thick = [m(1, r, r), m(2, r, r), m(3, o, o)];
      const [withOdd, aloneThick] = alphaSeen(thick, [m(11, o, o)]);
      expect(aloneThick).toHaveLength(1);
      expect(withOdd).toEqual(aloneThick);
    });
  }

  // An initial two relatives fit, told apart by the families its document names: counted in alpha.
  type Written = [text: string, normalized: string];
  const companyCases: Array<
    [lang: string, fit: Written, other: Written, initial: Written, friend: Written]
  > = [
    [
      'uz',
      ['Nodira Aminova', 'Nodira Aminova'],
      ['Nargis Aminova', 'Nargis Aminova'],
      ['Aminova N.', 'N. Aminova'],
      ['Jamol Sharipov', 'Jamol Sharipov'],
    ],
    [
      'ru',
      ['Эргашев Тимур', 'Timur Ergashev'],
      ['Эргашев Толиб', 'Tolib Ergashev'],
      ['Эргашев Т.', 'T. Ergashev'],
      ['Юсупов Дилшод', 'Dilshod Yusupov'],
    ],
    [
      'en',
      ['Harriet Pembleton', 'Harriet Pembleton'],
      ['Hazel Pembleton', 'Hazel Pembleton'],
      ['H. Pembleton', 'H. Pembleton'],
      ['Oswin Tregarthen', 'Oswin Tregarthen'],
    ],
  ];
  for (const [lang, fit, other, initial, friend] of companyCases)
    it(`tells relatives apart by the company alpha's documents keep (${lang})`, () => {
      const alpha = [
        m(1, ...fit),
        m(1, ...friend),
        m(2, ...other),
        m(3, ...initial),
        m(3, ...friend),
      ];
      const beta = [11, 12, 13].flatMap((d) => [m(d, ...fit), m(d, ...friend)]);
      const [withBeta, alone] = alphaSeen(alpha, beta);
      expect(withBeta).toEqual(alone);
      // Alone, the initial stays apart (one shared document is too little to go on).
      expect(alone).toContain(String(alpha[3]!.id));
    });

  // Names by initials: fitted to alpha's full names only (beta's brother and sister, told apart by
  // the family name's ending, must not tell alpha's two apart).
  const initialCases: Array<
    [lang: string, he: Written, she: Written, hisFull: Written, herFull: Written]
  > = [
    [
      'ru',
      ['Расулов Г.', 'G. Rasulov'],
      ['Расулова Г.', 'G. Rasulova'],
      ['Гайрат Расулов', 'Gairat Rasulov'],
      ['Гузал Расулова', 'Guzal Rasulova'],
    ],
    [
      'tg',
      ['Қодиров Ҷ.', 'J. Qodirov'],
      ['Қодирова Ҷ.', 'J. Qodirova'],
      ['Ҷамшед Қодиров', 'Jamshed Qodirov'],
      ['Ҷамила Қодирова', 'Jamila Qodirova'],
    ],
    [
      'pl',
      ['Kowalski B.', 'B. Kowalski'],
      ['Kowalska B.', 'B. Kowalska'],
      ['Bogdan Kowalski', 'Bogdan Kowalski'],
      ['Bożena Kowalska', 'Bozena Kowalska'],
    ],
  ];
  for (const [lang, he, she, hisFull, herFull] of initialCases)
    it(`fits names by initials to alpha's own full names only (${lang})`, () => {
      const alpha = [m(1, ...he), m(2, ...she)];
      const beta = [m(11, ...hisFull), m(12, ...herFull)];
      const [withBeta, alone] = alphaSeen(alpha, beta);
      expect(alone).toHaveLength(1);
      expect(withBeta).toEqual(alone);
    });

  // A given name with the family's initial: fitted in alpha only.
  const familyInitialCases: Array<[lang: string, short: string, full: string]> = [
    ['uz', 'Gulnora S.', 'Gulnora Saidova'],
    ['ru', 'Зарина Д.', 'Зарина Давлатова'],
    ['de', 'Friedhelm K.', 'Friedhelm Kastner'],
  ];
  for (const [lang, short, full] of familyInitialCases)
    it(`fits a given name with the family's initial in alpha only (${lang})`, () => {
      const alpha = [m(1, short, short), m(2, short, short)];
      const [withBeta, alone] = alphaSeen(alpha, [m(11, full, full)]);
      expect(withBeta).toEqual(alone);
    });

  // Strong evidence both sides carry joins across collections: a reader of both and the admin see
  // one person; a reader of alpha sees alpha's part of them, as without beta.
  const strongCases: Array<[lang: string, a: [string, string], b: [string, string]]> = [
    ['ru', ['Мухиддинов Зафар', 'Zafar Mukhiddinov'], ['MUKHITTINOV ZAFAR', 'Zafar Mukhittinov']],
    ['en', ['Reginald Ashcombe', 'Reginald Ashcombe'], ['ASHCOMB REGINALT', 'Reginalt Ashcomb']],
    ['fr', ['Anatole Fréchette', 'Anatole Frechette'], ['Anatole Fréchelle', 'Anatole Frechelle']],
  ];
  for (const [lang, a, b] of strongCases)
    it(`joins across collections by the same name or a near spelling born the same day (${lang})`, () => {
      const alpha = [born(m(1, ...a), '1979-10-02'), m(2, ...a)];
      const beta = [born(m(11, ...b), '1979-10-02'), m(12, ...b)];
      const all = clusterPeople([...alpha, ...beta], [], undefined, collections);
      expect(together(all, [...alpha, ...beta])).toBe(true);
      const [withBeta, alone] = alphaSeen(alpha, beta);
      expect(withBeta).toEqual(alone);
      // Another birth date: two people, whatever the names.
      const other = [born(m(13, ...a), '1961-05-05')];
      const apart = clusterPeople([...alpha, ...other], [], undefined, collections);
      expect(together(apart, [alpha[0]!, other[0]!])).toBe(false);
    });

  it('joins across collections the same way whatever the order of the mentions', () => {
    const mentions = [
      born(m(1, 'Reginald Ashcombe', 'Reginald Ashcombe'), '1979-10-02'),
      m(2, 'Reginald Ashcombe', 'Reginald Ashcombe'),
      born(m(11, 'ASHCOMB REGINALT', 'Reginalt Ashcomb'), '1979-10-02'),
      m(12, 'Зафар Мухиддинов', 'Zafar Mukhiddinov'),
      born(m(21, 'Zafar Mukhiddinov', 'Zafar Mukhiddinov'), '1988-04-02'),
      born(m(3, 'Zafar Mukhittinov', 'Zafar Mukhittinov'), '1988-04-02'),
      m(22, 'Przemysław Wierzbicki', 'Przemyslaw Wierzbicki'),
    ];
    const forward = partition(clusterPeople(mentions, [], undefined, collections), mentions);
    const backward = partition(
      clusterPeople([...mentions].reverse(), [], undefined, collections),
      mentions,
    );
    expect(backward).toEqual(forward);
  });

  // A group linked only through a third collection is not joined: a reader of alpha and gamma does
  // not see their people joined by what beta holds.
  it('joins no group that is not linked pair by pair', () => {
    const cases: Array<[string, string]> = [
      ['Reginald Ashcombe', 'Reginalt Ashcomb'],
      ['Zafar Mukhiddinov', 'Zafar Mukhittinov'],
      ['Przemyslaw Wierzbicki', 'Przemyslaw Wierzbiki'],
    ];
    for (const [x, y] of cases) {
      const alpha = [m(1, x, x)];
      const beta = [born(m(11, x, x), '1970-01-01'), born(m(12, y, y), '1970-01-01')];
      const gamma = [m(21, y, y)];
      const all = clusterPeople([...alpha, ...beta, ...gamma], [], undefined, collections);
      expect(together(all, [...alpha, ...gamma])).toBe(false);
      // Without beta, alpha's and gamma's names are two people too.
      const two = clusterPeople([...alpha, ...gamma], [], undefined, collections);
      expect(together(two, [...alpha, ...gamma])).toBe(false);
    }
  });
});
