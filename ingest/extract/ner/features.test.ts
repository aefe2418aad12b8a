import { describe, expect, it } from 'vitest';
import { docStats, sequenceFeatures, type Word } from './features.js';

// Invented sentences. The document features count a word's other occurrences in its document.
const words = (text: string): Word[] =>
  text.split(' ').map((t, i) => ({ text: t, lineStart: i === 0 }));
const same = (a: Uint32Array[], b: Uint32Array[]) =>
  a.length === b.length && a.every((x, i) => x.join() === (b[i] as Uint32Array).join());

describe('document-level features', () => {
  it('counts lower-case, mid-sentence capitalised and name-run occurrences, per word and per stem', () => {
    const doc = [
      ...words('Yesterday Robert Brackwater met the brackwater crew .'),
      ...words('Brackwater left .'),
    ];
    // total, lower case, capitalised inside a sentence, beside another capitalised word
    // (then after a given name or an initial, and a given name before a capitalised word)
    expect([...(docStats(doc).counts.get('brackwater') ?? [])]).toEqual([3, 1, 1, 1, 1, 0]);
    expect([...(docStats(doc).counts.get('~brack') ?? [])]).toEqual([3, 1, 1, 1, 1, 0]);
    const ru = words('Вчера Вадим Кравцевич приехал , Кравцевича ждали .');
    expect([...(docStats(ru).counts.get('~кравц') ?? [])]).toEqual([2, 0, 2, 1, 1, 0]);
    expect([...(docStats(ru).counts.get('вадим') ?? [])]).toEqual([1, 0, 1, 1, 0, 1]);
  });

  it('gathers the words around the capitalised occurrences of a word, within their lines', () => {
    for (const [text, word, items] of [
      [
        'they met in Dunmoor .\nDunmoor agreed .',
        'dunmoor',
        ['p:in', 'n:.', 'p:<pad>', 'n:agreed'],
      ],
      ['жил в Лесогорске .\nЛесогорске рады .', 'лесогорске', ['p:в', 'n:.', 'p:<pad>', 'n:рады']],
      ['do Kępnicy wrócił', 'kępnicy', ['p:do', 'n:wrócił']],
    ] as const) {
      const ws = text
        .split('\n')
        .flatMap((line) => line.split(' ').map((t, i) => ({ text: t, lineStart: i === 0 })));
      expect([...(docStats(ws).contexts.get(word)?.keys() ?? [])]).toEqual(
        expect.arrayContaining([...items]),
      );
    }
  });

  it("leaves a word's own occurrence out: a document of one sentence of distinct words adds nothing", () => {
    for (const text of [
      'Yesterday Orvel Brackwater visited Dunmoor .',
      'Gestern besuchte Adalwin Treuenfels die Stadt Kornheim .',
      'Вчера Зиновий Кравцевич приехал в Лесогорск .',
      'Wczoraj Bogumił Wrzosek przyjechał do Kępnicy .',
    ]) {
      const s = words(text);
      for (const mode of [1, 2] as const)
        expect(
          same(
            sequenceFeatures(s, 21, docStats(s, 21, mode)),
            sequenceFeatures(s, 21, {
              mode,
              words: docStats(s).words,
              counts: new Map(),
              contexts: new Map(),
            }),
          ),
        ).toBe(true);
    }
  });

  it('tells a capitalised word apart by what the rest of the document writes', () => {
    for (const [sentence, lower, name] of [
      ['Brackwater rose .', 'the brackwater was cold .', 'we met Orvel Brackwater .'],
      ['Кравцевич приехал .', 'это кравцевич .', 'там Зиновий Кравцевичу помог .'],
      ['Wrzosek przyjechał .', 'rośnie wrzosek .', 'tam Bogumił Wrzoskowi pomógł .'],
    ] as const) {
      const s = words(sentence);
      const alone = sequenceFeatures(s, 21, docStats(s));
      const withLower = sequenceFeatures(s, 21, docStats([...s, ...words(lower)]));
      const withName = sequenceFeatures(s, 21, docStats([...s, ...words(name)]));
      expect(same(alone, withLower)).toBe(false);
      expect(same(alone, withName)).toBe(false);
      expect(same(withLower, withName)).toBe(false);
    }
  });

  it('are added only when the document counts are given (a model trained with them)', () => {
    const s = words('Yesterday Orvel Brackwater visited Dunmoor .');
    const without = sequenceFeatures(s, 21);
    const withDoc = sequenceFeatures(s, 21, docStats([...s, ...words('the dunmoor road .')]));
    // Punctuation and lower-case words get none; a capitalised word gets some.
    expect(without.every((f, i) => f.length <= (withDoc[i] as Uint32Array).length)).toBe(true);
    expect(without.some((f, i) => f.length < (withDoc[i] as Uint32Array).length)).toBe(true);
    expect(same(without, withDoc)).toBe(false);
    expect(same(without, sequenceFeatures(s, 21, null))).toBe(true);
  });

  it('counts the original words of a sentence the trainer rewrote in capitals, not its capitals', () => {
    const a = words('Orvel Brackwater came .');
    const b = words('Then Brackwater spoke .');
    const stats = docStats([...a, ...b]);
    // The same sentence written in capitals keeps the counts of its original words.
    const upper = b.map((w) => ({ ...w, text: w.text.toUpperCase() }));
    expect(same(sequenceFeatures(upper, 21, stats, b), sequenceFeatures(upper, 21, stats))).toBe(
      false,
    );
    expect(same(sequenceFeatures(b, 21, stats, b), sequenceFeatures(b, 21, stats))).toBe(true);
  });
});

describe('person evidence of the document (mode 2)', () => {
  const lines = (text: string): Word[] =>
    text
      .split('\n')
      .flatMap((line) => line.split(' ').map((t, i) => ({ text: t, lineStart: i === 0 })));

  it('counts a capitalised word written elsewhere after a given name or an initial, per word and per stem', () => {
    for (const [doc, key] of [
      ['we met Robert Quillane there .', 'quillane'],
      ['signed by J . Quillane today .', 'quillane'],
      ['там был Борис Кравцевич вчера .', '~кравц'],
      ['подписал Б . Кравцевичу письмо .', '~кравц'],
      ['był tam Piotr Wrzoskowi wczoraj .', '~wrzos'],
    ] as const) {
      expect(docStats(lines(doc), 21, 2).counts.get(key)?.[4]).toBe(1);
    }
    // Not across a line break, and not after a capitalised word that is no given name.
    for (const doc of ['we met Robert\nQuillane there .', 'we met Dunmoor Quillane there .']) {
      expect(docStats(lines(doc), 21, 2).counts.get('quillane')?.[4]).toBe(0);
    }
  });

  it('reads a sentence-start family name by the full name elsewhere in the document', () => {
    for (const [sentence, name, other] of [
      ['Quillane agreed .', 'we met Robert Quillane there .', 'we met Dunmoor Quillane there .'],
      [
        'Кравцевичу ответили .',
        'там был Борис Кравцевич вчера .',
        'там был Лесогорск Кравцевич вчера .',
      ],
      [
        'Wrzoskowi odpowiedzieli .',
        'był tam Piotr Wrzosek wczoraj .',
        'był tam Kępnica Wrzosek wczoraj .',
      ],
    ] as const) {
      const s = words(sentence);
      const withName = sequenceFeatures(s, 21, docStats([...s, ...words(name)], 21, 2));
      const withOther = sequenceFeatures(s, 21, docStats([...s, ...words(other)], 21, 2));
      const alone = sequenceFeatures(s, 21, docStats(s, 21, 2));
      // The first word gets features more with the given name elsewhere; without it, nothing.
      expect((withName[0] as Uint32Array).length).toBeGreaterThan((alone[0] as Uint32Array).length);
      expect(same(withName.slice(1), alone.slice(1))).toBe(true);
      expect(same(withOther, alone)).toBe(true);
    }
  });

  it('adds none of the neighbouring-word or count features of mode 1', () => {
    const s = words('Yesterday Orvel Brackwater visited Dunmoor .');
    const doc = [...s, ...words('they reached Dunmoor at noon .')];
    const two = sequenceFeatures(s, 21, docStats(doc, 21, 2));
    const one = sequenceFeatures(s, 21, docStats(doc, 21, 1));
    expect(same(two, sequenceFeatures(s, 21, null))).toBe(true);
    expect(same(one, sequenceFeatures(s, 21, null))).toBe(false);
  });
});
