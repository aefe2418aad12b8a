// Likely identity conflicts: two people whose names are one name in another spelling (by the loose
// keys of core/names/keys.ts) but whose documents give different birth dates. The people stage keeps
// them apart, rightly: they may be namesakes. But when an accusation names one of them, the evidence
// it relies on may be about the other, which is what a fact-checker must see, with both sources.
import { groupBy } from '../core/group.js';
import { looseKey } from '../core/names/keys.js';
import { initialKey, parseName } from '../core/names/person-names.js';
import { ALL_ACCESS, type Access } from '../store/access.js';
import type { Db } from '../store/db.js';
import { firstPageTexts } from '../store/documents.js';
import { mentionRowsWithPeople, peopleByKeys, type MentionRow } from '../store/people.js';
import { withBirthDates } from './birth-dates.js';
import { asReadRows, visiblePeople, type PeopleAsRead } from './people.js';
import { sourceKind } from './source-kind.js';

/** Where a document gives a person a birth date. */
interface BirthSource {
  documentId: number;
  filename: string;
  sha256: string;
  page: number;
  /** The name as written there. */
  text: string;
  /** ISO date. */
  born: string;
}

/** One side of a conflict: a person (people.key) and the birth dates the documents give them. */
interface ConflictSide {
  key: string;
  name: string;
  sources: BirthSource[];
}

export interface IdentityConflict {
  people: [ConflictSide, ConflictSide];
  /** Whether an accusation names either: the evidence it relies on may be the other's. */
  accusation: boolean;
  why: string;
}

type Row = MentionRow & { personKey: string | null; filename: string; sha256: string };

/**
 * The conflicts among the people of these mention rows (person and date mentions with their people):
 * pairs whose names agree by loose key (family; given name, or an initial that fits it) and whose
 * birth dates, each read where a document writes it, have none in common. `accused` holds the ids
 * of the documents that are accusations. Pure: no database.
 */
export function findIdentityConflicts(
  rows: readonly Row[],
  names: ReadonlyMap<string, string>,
  accused: ReadonlySet<number>,
): IdentityConflict[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const sides = new Map<string, ConflictSide>();
  for (const m of withBirthDates([...rows])) {
    const row = byId.get(m.id)!;
    if (!m.born || !row.personKey) continue;
    const side = sides.get(row.personKey) ?? {
      key: row.personKey,
      name: names.get(row.personKey) ?? m.normalized,
      sources: [],
    };
    side.sources.push({
      documentId: row.documentId,
      filename: row.filename,
      sha256: row.sha256,
      page: row.page,
      text: row.text.replace(/\s+/g, ' '),
      born: m.born,
    });
    sides.set(row.personKey, side);
  }
  const out: IdentityConflict[] = [];
  // Only people of one loose family key can share a name: pairs are looked for within each.
  const family = (s: ConflictSide) => {
    const parts = parseName(s.name);
    return parts ? looseKey(parts.familyKey) : '';
  };
  for (const [key, list] of groupBy([...sides.values()], family)) {
    if (!key) continue;
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i]!, list[j]!];
        if (!sameName(a.name, b.name)) continue;
        const bornA = new Set(a.sources.map((s) => s.born));
        if (b.sources.some((s) => bornA.has(s.born))) continue;
        out.push(judged([a, b], accused));
      }
  }
  return out;
}

/** A conflict between two sides, marked (and explained) by whether an accusation names either. */
function judged(
  people: [ConflictSide, ConflictSide],
  accused: ReadonlySet<number>,
): IdentityConflict {
  const accusation = people.some((p) => p.sources.some((s) => accused.has(s.documentId)));
  return { people, accusation, why: explain(people[0], people[1], accusation) };
}

/** One name in two spellings: loose family keys equal, given names equal by loose key or by initial. */
function sameName(x: string, y: string): boolean {
  const a = parseName(x);
  const b = parseName(y);
  if (!a || !b || looseKey(a.familyKey) !== looseKey(b.familyKey)) return false;
  if (a.givenKey && b.givenKey) return looseKey(a.givenKey) === looseKey(b.givenKey);
  const first = (p: NonNullable<typeof a>) => initialKey(p.given[0] ?? p.initials[0] ?? '');
  return first(a) !== '' && first(a) === first(b);
}

function explain(a: ConflictSide, b: ConflictSide, accusation: boolean): string {
  const side = (s: ConflictSide) =>
    `${s.name} (born ${[...new Set(s.sources.map((x) => x.born))].join(', ')}: ${s.sources
      .map((x) => `«${x.text}», ${x.filename} p. ${x.page}`)
      .join('; ')})`;
  const lead = accusation
    ? 'An accusation names one of two people with one name and different birth dates'
    : 'Two people with one name and different birth dates';
  return `${lead}: ${side(a)} and ${side(b)}. Namesakes, or one record is wrong: check which person the evidence is about.`;
}

/** The identity conflicts of the archive as `access` reads it; with `key`, only those of that person. */
export async function identityConflicts(
  db: Db,
  access: Access = ALL_ACCESS,
  key?: string,
  asRead?: PeopleAsRead,
): Promise<IdentityConflict[]> {
  const read = await mentionRowsWithPeople(db, access);
  // A reader of some collections: each mention with the person as they see them.
  const rows = asRead ? asReadRows(read, asRead) : read;
  const keys = [...new Set(rows.flatMap((r) => (r.personKey ? [r.personKey] : [])))];
  // Each person under the name the reader may see (one written in a document they may read): the
  // name the people stage chose may be a spelling only another collection writes.
  const names = new Map(
    (asRead
      ? keys.flatMap((k) => asRead.byKey.get(k) ?? [])
      : await visiblePeople(db, await peopleByKeys(db, keys), access)
    ).map((p) => [p.key, p.name]),
  );
  const found = findIdentityConflicts(rows, names, new Set()).filter(
    (c) => !key || c.people.some((p) => p.key === key),
  );
  if (!found.length) return [];
  // Which of the documents involved are accusations, from their first pages.
  const heads = await firstPageTexts(db, [
    ...new Set(found.flatMap((c) => c.people.flatMap((p) => p.sources.map((s) => s.documentId)))),
  ]);
  const accused = new Set(
    [...heads].filter(([, text]) => sourceKind(text) === 'alleged').map(([id]) => id),
  );
  return found.map((c) => judged(c.people, accused));
}
