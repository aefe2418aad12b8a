import { describe, expect, it } from 'vitest';
import { withBirthDates } from '../../case/birth-dates.js';
import { mentionRows } from '../../test/page-mentions.js';
import { clusterPeople } from './cluster.js';
import { peopleOfCollections } from './as-read.js';

// Every person, place and sentence here is invented.
type Doc = { collection: string; text: string };

/** The documents' mentions (ids in order), each person mention with the person the archive's clustering gives it. */
function archive(docs: Doc[]) {
  const rows: ReturnType<typeof mentionRows> = [];
  docs.forEach((d, i) => rows.push(...mentionRows(d.text, null, i + 1, rows.length + 1)));
  const collections = new Map(docs.map((d, i) => [i + 1, d.collection]));
  const global = clusterPeople(withBirthDates(rows), [], undefined, collections);
  const keyOf = new Map(global.flatMap((p) => p.mentionIds.map((m) => [m, p.key] as const)));
  const withKeys = rows
    .map((r) => ({ ...r, personKey: r.type === 'person' ? (keyOf.get(r.id) ?? null) : null }))
    .filter((r) => r.type !== 'person' || r.personKey);
  /** The people a reader of `readable` sees. */
  const readerOf = (...readable: string[]) => {
    const set = [...readable].sort();
    return peopleOfCollections(
      {
        rows: withKeys.filter((r) => set.includes(collections.get(r.documentId)!)),
        decisions: [],
        collections: new Map([...collections].filter(([, c]) => set.includes(c))),
      },
      set,
    );
  };
  /** The archive's people as [name, document ids] with their keys. */
  return { global, readerOf };
}

const docsOf = (p: { name: string; documentIds: number[] }) => [p.name, [...p.documentIds].sort()];

// A dated name in one collection and the same name undated in another are one person. A third
// collection writes the name a letter or two off with the same birth date: it links to the first only.
const SPLIT: Array<[string, string, string]> = [
  ['Reginald Ashcombe', 'Reginald Ashcrombe', '1 January 1970'],
  ['Marguerite Vellacott', 'Marguerite Vellacourt', '5 May 1981'],
  ['Ambrose Quillfeather', 'Ambrose Quilfeathers', '7 July 1975'],
];
const card = (name: string, born: string) => `CARD\nHolder: ${name}\nDate of birth: ${born}\n`;
const note = (name: string) => `NOTE\nOn 5 March 2019 ${name} left Ghent.\n`;
const splitBy = ([name, off, born]: [string, string, string], other = 'gamma') =>
  archive([
    { collection: 'alpha', text: card(name, born) },
    { collection: other, text: note(name) },
    { collection: 'beta', text: card(off, born) },
  ]);

describe('people as a reader of some collections sees them', () => {
  it('is what the readable collections alone make: a collection they may not read splits nobody', () => {
    for (const names of SPLIT) {
      const [name, off, born] = names;
      // Without beta, alpha and gamma name one person.
      const without = archive([
        { collection: 'alpha', text: card(name, born) },
        { collection: 'gamma', text: note(name) },
      ]);
      expect(without.global.map(docsOf)).toEqual([[name, [1, 2]]]);
      // With it, the archive keeps gamma's mention apart from alpha's.
      const split = splitBy(names);
      expect(split.global.map(docsOf).sort()).toEqual(
        [
          [name, [1]],
          [name, [2]],
          [off, [3]],
        ].sort(),
      );
      // A reader of alpha and gamma sees one person, as without beta: nothing of beta's.
      const reader = split.readerOf('alpha', 'gamma');
      expect(reader.people.map(docsOf)).toEqual([[name, [1, 2]]]);
      expect(reader.spellingsOf.get(reader.people[0]!.key)).toEqual([name]);
      expect(JSON.stringify(reader.people)).not.toContain(off.split(' ')[1]);
      // A reader of every collection sees the archive's people, under their keys.
      const all = split.readerOf('alpha', 'beta', 'gamma');
      expect(all.people.map(docsOf).sort()).toEqual(split.global.map(docsOf).sort());
      expect(all.people.map((p) => p.key).sort()).toEqual(split.global.map((p) => p.key).sort());
    }
  });

  it('keys a person the reader sees otherwise than the archive by a key of its own, the same on every call; the archive keys lead to it', () => {
    for (const names of SPLIT) {
      const split = splitBy(names);
      const reader = split.readerOf('alpha', 'gamma');
      const [person] = reader.people;
      expect(person!.key).toMatch(/^[0-9a-f]{32}$/);
      expect(split.global.map((p) => p.key)).not.toContain(person!.key);
      expect(split.readerOf('gamma', 'alpha').people[0]!.key).toBe(person!.key);
      // Both archive people whose mentions it holds send the reader to it.
      const parts = reader.globalKeysOf.get(person!.key)!;
      expect(parts).toHaveLength(2);
      for (const key of parts) expect(reader.movedFrom.get(key)).toBe(person!.key);
      // Other collections, another key: a key tells nothing of what other readers see.
      expect(splitBy(names, 'delta').readerOf('alpha', 'delta').people[0]!.key).not.toBe(
        person!.key,
      );
    }
  });

  it('keeps the archive key where the reader sees a person as the archive does', () => {
    const split = splitBy(SPLIT[0]!);
    for (const collection of ['alpha', 'beta', 'gamma']) {
      const reader = split.readerOf(collection);
      expect(reader.people).toHaveLength(1);
      const [person] = reader.people;
      expect(split.global.find((p) => p.key === person!.key)?.documentIds).toEqual(
        person!.documentIds,
      );
      expect(reader.movedFrom.size).toBe(0);
    }
  });

  it("joins no two of the reader's people on a bridge in a collection they may not read", () => {
    // A name dated in alpha and another spelling undated in gamma: two people. Beta writes the second
    // spelling with the first's birth date, which links it to both.
    for (const [name, off, born] of SPLIT) {
      const docs = archive([
        { collection: 'alpha', text: card(name, born) },
        { collection: 'gamma', text: note(off) },
        { collection: 'beta', text: card(off, born) },
      ]);
      const reader = docs.readerOf('alpha', 'gamma');
      expect(reader.people.map(docsOf).sort(), name).toEqual(
        [
          [name, [1]],
          [off, [2]],
        ].sort(),
      );
      expect(docs.readerOf('alpha', 'gamma').people.map((p) => p.key)).toEqual(
        reader.people.map((p) => p.key),
      );
    }
  });
});
