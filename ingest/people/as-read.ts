// People as a reader of some collections sees them: the people stage's clustering run over the
// mentions and decisions of those collections only. Clustering the whole archive and then leaving out
// what the reader may not read is not the same: a mention in an unreadable collection can keep two
// of the reader's mentions apart (it links to one and not the other, and a group is joined only where
// every pair links), which would tell the reader that something stands in that collection. Kept in
// memory per collection set and per rebuild of the people.
import { createHash } from 'node:crypto';
import type { PeopleAsRead } from '../../case/people.js';
import { withBirthDates } from '../../case/birth-dates.js';
import { nameKeysOf } from '../../core/names/person-names.js';
import type { Person } from '../../schema/tables.js';
import type { Access } from '../../store/access.js';
import type { Db } from '../../store/db.js';
import { clusterInputsIn, peopleVersion } from '../../store/people.js';
import { clusterPeople, type PersonCluster } from './cluster.js';

/** Per database: the rebuild the entries were made after, and each collection set's people. */
const cache = new WeakMap<Db, { version: string; sets: Map<string, Promise<PeopleAsRead>> }>();

/**
 * The people `access` (not all) sees: clusterPeople over the readable documents' mentions. A person
 * whose readable mentions are exactly those of a person of the archive keeps that person's key;
 * another gets a key made of the key of the archive's person most of its mentions belong to, the
 * collections and its first mention, which tells nothing of the name and is the same on every call.
 */
export async function peopleAsRead(
  db: Db,
  access: Extract<Access, { all: false }>,
): Promise<PeopleAsRead> {
  const version = await peopleVersion(db);
  let entry = cache.get(db);
  if (entry?.version !== version) {
    entry = { version, sets: new Map() };
    cache.set(db, entry);
  }
  const set = [...new Set(access.collections)].sort();
  const id = JSON.stringify(set);
  let found = entry.sets.get(id);
  if (!found) {
    found = clusteredFor(db, set);
    entry.sets.set(id, found);
    found.catch(() => entry.sets.delete(id));
  }
  return found;
}

async function clusteredFor(db: Db, collections: string[]): Promise<PeopleAsRead> {
  return peopleOfCollections(await clusterInputsIn(db, { all: false, collections }), collections);
}

/**
 * The people the mentions of `collections` (sorted) make: `inputs` are those collections' mentions
 * (person mentions with the key of the archive's person each belongs to), the editors' decisions and
 * each of their documents' collection.
 */
export function peopleOfCollections(
  inputs: Awaited<ReturnType<typeof clusterInputsIn>>,
  collections: string[],
): PeopleAsRead {
  const globalOf = new Map<number, string>();
  const normalizedOf = new Map<number, string>();
  const globalCount = new Map<string, number>();
  for (const r of inputs.rows)
    if (r.type === 'person' && r.personKey) {
      globalOf.set(r.id, r.personKey);
      normalizedOf.set(r.id, r.normalized);
      globalCount.set(r.personKey, (globalCount.get(r.personKey) ?? 0) + 1);
    }
  const clusters = clusterPeople(
    withBirthDates(inputs.rows),
    inputs.decisions,
    undefined,
    inputs.collections,
  );
  const people: Person[] = [];
  const personOfMention = new Map<number, string>();
  const globalKeysOf = new Map<string, string[]>();
  const spellingsOf = new Map<string, string[]>();
  // Per key of the archive: how many of its readable mentions each of the reader's people holds.
  const parts = new Map<string, Map<string, number>>();
  for (const c of clusters) {
    const counts = new Map<string, number>();
    for (const m of c.mentionIds) {
      const g = globalOf.get(m);
      if (g) counts.set(g, (counts.get(g) ?? 0) + 1);
    }
    const key = keyFor(c, counts, globalCount, collections);
    people.push({
      key,
      name: c.name,
      variants: c.variants,
      documentIds: c.documentIds,
      mentions: c.mentionIds.length,
      nameKeys: [...new Set(c.spellings.flatMap(nameKeysOf))].join(' '),
      decided: c.decided,
    });
    for (const m of c.mentionIds) personOfMention.set(m, key);
    spellingsOf.set(key, [...new Set(c.mentionIds.flatMap((m) => normalizedOf.get(m) ?? []))]);
    globalKeysOf.set(key, [...counts.keys()]);
    for (const [g, n] of counts) parts.set(g, (parts.get(g) ?? new Map()).set(key, n));
  }
  const byKey = new Map(people.map((p) => [p.key, p]));
  // A key of the archive the reader's grouping splits or joins: the person holding most of its mentions.
  const movedFrom = new Map<string, string>();
  for (const [g, holders] of parts) {
    if (byKey.has(g)) continue;
    const best = [...holders].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    movedFrom.set(g, best[0]);
  }
  // In the order of what the reader reads, as visiblePeople orders them.
  people.sort(
    (a, b) =>
      b.mentions - a.mentions ||
      a.name.localeCompare(b.name) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return { people, byKey, personOfMention, globalKeysOf, movedFrom, spellingsOf };
}

/** The archive's key when the person is all of that person's readable mentions, else a derived one. */
function keyFor(
  c: PersonCluster,
  counts: Map<string, number>,
  globalCount: Map<string, number>,
  collections: string[],
): string {
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [largest, n] = ranked[0] ?? ['', 0];
  if (ranked.length === 1 && n === c.mentionIds.length && globalCount.get(largest) === n)
    return largest;
  const first = Math.min(...c.mentionIds);
  return createHash('sha256')
    .update(`${largest}\u0000${collections.join('\u0000')}\u0000${first}`)
    .digest('hex')
    .slice(0, 32);
}
