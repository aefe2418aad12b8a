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
      ...words('Yesterday Orvel Brackwater met the brackwater crew .'),
      ...words('Brackwater left .'),
    ];
    // total, lower case, capitalised inside a sentence, beside another capitalised word
    expect([...(docStats(doc).counts.get('brackwater') ?? [])]).toEqual([3, 1, 1, 1]);
    expect([...(docStats(doc).counts.get('~brack') ?? [])]).toEqual([3, 1, 1, 1]);
    const ru = words('Вчера Зиновий Кравцевич приехал , Кравцевича ждали .');
    expect([...(docStats(ru).counts.get('~кравц') ?? [])]).toEqual([2, 0, 2, 1]);
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
      expect(
        same(
          sequenceFeatures(s, 21, docStats(s)),
          sequenceFeatures(s, 21, {
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
