// People and their timelines from the store: the queries behind the API, the web pages and the case
// export. Claims are stored per document; a claim about two people (a marriage) is on both timelines.
import { firstPageTexts, readableDocumentNames } from '../store/documents.js';
import { ALL_ACCESS, type Access } from '../store/access.js';
import { nameKeysOf, parseName } from '../core/names/person-names.js';
import {
  anyOfFilter,
  countPages,
  searchDocuments,
  searchPages,
  type DocumentSearchResponse,
  type SearchParams,
  type SearchResponse,
} from '../search/query.js';
import type { Person } from '../schema/tables.js';
import { claimsWithSources } from '../store/claims.js';
import type { Db } from '../store/db.js';
import { latestDatesOf } from '../store/entities.js';
import {
  listPeople,
  mentionRowsOnPagesOf,
  mentionRowsWithPeople,
  peopleByKeys,
  peopleOfSpellings,
  peopleWithNameKeys,
  personByKey,
  readableMentionsOf,
  spellingsOfPeopleNamed,
  type MentionRow,
  movedPersonKey,
} from '../store/people.js';
import { passportNumber, samePassport, withBirthDates } from './birth-dates.js';
import { sourceKind, stanceReason } from './source-kind.js';
import { cleanVariants, variantKey } from './spellings.js';
import { timeline, type Timeline, type TimelineClaim } from './timeline.js';

export { listPeople };

/**
 * The people as a reader of some collections sees them (ingest/people/as-read.ts clusters them from
 * those collections' mentions alone), sorted as visiblePeople sorts: each person by key, the person
 * each readable person mention belongs to, the archive's people each one's mentions belong to, and,
 * for a key of the archive that is not one of theirs, the person holding most of its mentions.
 */
export interface PeopleAsRead {
  people: Person[];
  byKey: Map<string, Person>;
  personOfMention: Map<number, string>;
  globalKeysOf: Map<string, string[]>;
  movedFrom: Map<string, string>;
  /** The normalized forms of each person's mentions: what search finds them under. */
  spellingsOf: Map<string, string[]>;
}

/**
 * A person as the reader sees them, by key: `{ person }`, or `{ moved }` with the key of the person
 * to send the request on to (a key the reader's people split or join, or one since joined into
 * another), or undefined. Without `asRead` (a reader of all), the archive's people.
 */
export async function personAsRead(
  db: Db,
  key: string,
  access: Access,
  asRead?: PeopleAsRead,
): Promise<{ person: Person } | { moved: string } | undefined> {
  if (!KEY.test(key)) return undefined;
  if (!asRead) {
    const person = await getVisiblePerson(db, key, access);
    if (person) return { person };
    const moved = await movedVisiblePerson(db, key, access);
    return moved ? { moved: moved.key } : undefined;
  }
  const person = asRead.byKey.get(key);
  if (person) return { person };
  const here = asRead.movedFrom.get(key);
  if (here) return { moved: here };
  const moved = await movedPersonKey(db, key);
  if (!moved) return undefined;
  const there = asRead.byKey.has(moved) ? moved : asRead.movedFrom.get(moved);
  return there ? { moved: there } : undefined;
}

// Keys are made of name keys (lower-case letters) and digits; anything else names nobody.
const KEY = /^[a-z0-9-]{1,200}$/;
// PostgreSQL text cannot hold NUL: a value from a request that has one is not a name.
const clean = (values: string[]) => values.filter((v) => !v.includes('\u0000'));

export async function getPerson(db: Db, key: string): Promise<Person | undefined> {
  if (!KEY.test(key)) return undefined;
  return personByKey(db, key);
}

/** People whose spellings match the query, or, without one, the most mentioned: what the people lists show. */
export async function peopleFor(
  db: Db,
  q: string,
  access: Access = ALL_ACCESS,
  asRead?: PeopleAsRead,
): Promise<Person[]> {
  if (asRead) {
    const keys = queryKeys(q);
    if (q && !keys.length) return [];
    const found = asRead.people.filter((p) => {
      const own = new Set(p.nameKeys.split(' '));
      return keys.every((k) => own.has(k));
    });
    return found.slice(0, q ? 100 : 200);
  }
  // A restricted reader sees fewer of them: more are looked at, then cut to the same number.
  const more = access.all ? 1 : 20;
  const found = q ? await findPeople(db, q, 100 * more) : await listPeople(db, 200 * more);
  return (await visiblePeople(db, found, access, queryKeys(q))).slice(0, q ? 100 : 200);
}

/**
 * People as a reader sees them: only those named in a document they may read, each with only those
 * documents, the spellings written in them and their mentions there; the name is the person's own
 * when it is one of those spellings, else the first of them. Nothing of a collection the reader may
 * not read is told, not even a spelling. With `matching` (the name keys of a query), only those
 * whose readable spellings match every key are kept: a person found by a spelling written only in
 * documents the reader may not read would confirm that spelling.
 */
export async function visiblePeople(
  db: Db,
  list: Person[],
  access: Access,
  matching: string[] = [],
): Promise<Person[]> {
  if (access.all || !list.length) return list;
  const seen = new Map<
    string,
    { documents: Set<number>; spellings: Map<string, string>; mentions: number; normalized: string }
  >();
  // Their mentions in readable documents.
  for (const r of await readableMentionsOf(
    db,
    list.map((p) => p.key),
    access,
  )) {
    const entry = seen.get(r.key!) ?? {
      documents: new Set<number>(),
      spellings: new Map<string, string>(),
      mentions: 0,
      normalized: r.normalized,
    };
    entry.mentions++;
    entry.documents.add(r.documentId);
    for (const v of cleanVariants(r))
      if (!entry.spellings.has(variantKey(v))) entry.spellings.set(variantKey(v), v);
    seen.set(r.key!, entry);
  }
  const out: Person[] = [];
  for (const p of list) {
    const entry = seen.get(p.key);
    if (!entry) continue;
    if (matching.length) {
      const readable = new Set([...entry.spellings.values()].flatMap(nameKeysOf));
      if (!matching.every((k) => readable.has(k))) continue;
    }
    // No listed spelling stands in a readable document (its mentions there are not clean names):
    // the normalized form read from one of them names the person instead.
    const listed = p.variants.filter((v) => entry.spellings.has(variantKey(v)));
    const variants = listed.length ? listed : [entry.normalized];
    const name = entry.spellings.has(variantKey(p.name)) ? p.name : variants[0]!;
    out.push({
      ...p,
      name,
      variants,
      documentIds: p.documentIds.filter((id) => entry.documents.has(id)),
      mentions: entry.mentions,
    });
  }
  // In the order of what the reader reads: the archive's order (by all mentions) would tell which
  // person another collection names more.
  return out.sort(
    (a, b) =>
      b.mentions - a.mentions ||
      a.name.localeCompare(b.name) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** A person as the reader sees them (visiblePeople), or undefined when nothing of them is readable. */
export async function getVisiblePerson(
  db: Db,
  key: string,
  access: Access,
): Promise<Person | undefined> {
  const person = await getPerson(db, key);
  return person ? (await visiblePeople(db, [person], access))[0] : undefined;
}

/**
 * The person an old key was joined into (`person_key_moves`), when the user may see them: bookmarks
 * and exports keep working after a second collection or an editor's merge joins two people.
 */
async function movedVisiblePerson(
  db: Db,
  key: string,
  access: Access,
): Promise<Person | undefined> {
  if (!KEY.test(key)) return undefined;
  const moved = await movedPersonKey(db, key);
  return moved ? getVisiblePerson(db, moved, access) : undefined;
}

const queryKeys = (q: string) => nameKeysOf(q.replace(/\u0000/g, ''));

/** People any of whose spellings match every word of the query (Ergashev finds Эргашов Бахтиёр). */
async function findPeople(db: Db, q: string, limit = 10): Promise<Person[]> {
  const keys = queryKeys(q);
  if (!keys.length) return [];
  return peopleWithNameKeys(db, keys, limit);
}

/** Every claim about the given people (all claims when none are given), with their sources. */
export async function claimsOf(
  db: Db,
  keys?: string[],
  access: Access = ALL_ACCESS,
  asRead?: PeopleAsRead,
): Promise<TimelineClaim[]> {
  // The reader's people: the claims of the archive's people theirs are made of, each about the
  // reader's people its person mentions belong to.
  const globalKeys = asRead && keys ? keys.flatMap((k) => asRead.globalKeysOf.get(k) ?? []) : keys;
  if (globalKeys && !globalKeys.length) return [];
  const rows = await claimsWithSources(db, globalKeys, access);
  const personsOf = (c: (typeof rows)[number]['c']): string[] =>
    asRead
      ? [
          ...new Set(
            c.personEntityIds.flatMap((id) => {
              const k = asRead.personOfMention.get(id);
              return k ? [k] : [];
            }),
          ),
        ]
      : c.personKeys;
  const written = await writtenOn(db, [...new Set(rows.map((r) => r.c.documentId))]);
  // Allegations read from a source that is not itself an accusation (a court restating the charge).
  const reporting = new Set<number>();
  const firstPages = await firstPageTexts(db, [...new Set(rows.map((r) => r.c.documentId))]);
  const head = (id: number) => firstPages.get(id) ?? '';
  for (const r of rows)
    if (r.c.stance === 'alleged' && sourceKind(head(r.c.documentId)) !== 'alleged')
      reporting.add(r.c.documentId);
  // Each person's family name key, from their name: the keys themselves are opaque.
  const named = asRead
    ? [...new Set(rows.flatMap((r) => personsOf(r.c)))].flatMap((k) => asRead.byKey.get(k) ?? [])
    : await peopleByKeys(db, [...new Set(rows.flatMap((r) => r.c.personKeys))]);
  const family = new Map(
    named.flatMap((p) => {
      const parts = parseName(p.name);
      return parts ? [[p.key, parts.familyKey.replace('.', '')] as const] : [];
    }),
  );
  const out: TimelineClaim[] = [];
  for (const { c, filename, sha256 } of rows) {
    for (const person of personsOf(c)) {
      if (keys && !keys.includes(person)) continue;
      out.push({
        id: c.id,
        person,
        ...(family.has(person) ? { family: family.get(person)! } : {}),
        place: c.place,
        from: c.dateFrom,
        to: c.dateTo,
        ...(c.approximate ? { approximate: true } : {}),
        stance: c.stance,
        documentId: c.documentId,
        filename,
        sha256,
        page: c.page,
        kind: c.kind,
        ...(c.stance === 'alleged' && reporting.has(c.documentId) ? { reported: true } : {}),
        ...(written.has(c.documentId) ? { written: written.get(c.documentId)! } : {}),
        placeText: c.placeText,
        ...(c.origin ? { origin: c.origin } : {}),
        quote: c.quote,
        quoteStart: c.quoteStart,
        quoteEnd: c.quoteEnd,
        stanceWhy: stanceReason(c.stance, head(c.documentId)),
      });
    }
  }
  return out;
}

/**
 * When each document was written, as far as its text tells: the latest date it mentions, leaving out
 * expiry dates and dates after today. A document is at least that recent; it orders the sources of
 * an allegation that several documents repeat.
 */
async function writtenOn(db: Db, documentIds: number[]): Promise<Map<number, string>> {
  return latestDatesOf(db, documentIds, new Date().toISOString().slice(0, 10));
}

/** A person's claims and contradictions, from the documents the reader may read only. */
export async function personTimeline(
  db: Db,
  key: string,
  access: Access = ALL_ACCESS,
  asRead?: PeopleAsRead,
): Promise<Timeline<TimelineClaim>> {
  return timeline(await claimsOf(db, [key], access, asRead));
}

export async function documentsOf(
  db: Db,
  person: Person,
  access: Access = ALL_ACCESS,
): Promise<Array<{ id: number; filename: string; sha256: string }>> {
  return readableDocumentNames(db, person.documentIds, access);
}

/** A passport of a person, with where the documents write it with their name. */
export interface PersonPassport {
  /** "STATE:NUMBER" (the issuing state's code), or the number alone when no document tells the state. */
  passport: string;
  /** Each mention that writes it: the name as written there, its file and page. */
  sources: Array<{ filename: string; sha256: string; page: number; text: string }>;
}

/**
 * The passports the documents `access` reads write with a person's name (tied to the name as the
 * people stage ties them: case/birth-dates.ts), most often written first, each with its sources by
 * file and page. A number written without its state joins the one passport of that number with a
 * state, when there is one.
 */
export async function passportsOf(
  db: Db,
  key: string,
  access: Access = ALL_ACCESS,
  asRead?: PeopleAsRead,
): Promise<PersonPassport[]> {
  if (!KEY.test(key)) return [];
  if (!asRead) return passportsIn(await mentionRowsOnPagesOf(db, key, access)).get(key) ?? [];
  // The pages of the archive's people the reader's person is made of, each mention with the
  // reader's person.
  const rows = new Map<number, Awaited<ReturnType<typeof mentionRowsOnPagesOf>>[number]>();
  for (const g of asRead.globalKeysOf.get(key) ?? [])
    for (const r of await mentionRowsOnPagesOf(db, g, access)) rows.set(r.id, r);
  return passportsIn(asReadRows([...rows.values()], asRead)).get(key) ?? [];
}

/** Every person's passports (passportsOf) as `access` reads them, by person key, in one pass: for the case export. */
export async function passportsOfEveryone(
  db: Db,
  access: Access = ALL_ACCESS,
  asRead?: PeopleAsRead,
): Promise<Map<string, PersonPassport[]>> {
  const rows = await mentionRowsWithPeople(db, access, ['person', 'date', 'passport']);
  return passportsIn(asRead ? asReadRows(rows, asRead) : rows);
}

/** Mention rows with each person mention's person as the reader sees them. */
export function asReadRows<T extends { id: number; type: string; personKey: string | null }>(
  rows: T[],
  asRead: PeopleAsRead,
): T[] {
  return rows.map((r) =>
    r.type === 'person' ? { ...r, personKey: asRead.personOfMention.get(r.id) ?? null } : r,
  );
}

/** The passports of the people of these rows (whole pages' person, date and passport mentions), by person key. */
function passportsIn(
  rows: Array<MentionRow & { personKey: string | null; filename: string; sha256: string }>,
): Map<string, PersonPassport[]> {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const found = new Map<string, Map<string, PersonPassport>>();
  for (const m of withBirthDates(rows)) {
    const row = byId.get(m.id)!;
    if (!row.personKey || !m.passports) continue;
    const own = found.get(row.personKey) ?? new Map<string, PersonPassport>();
    for (const passport of m.passports) {
      const entry = own.get(passport) ?? { passport, sources: [] };
      entry.sources.push({
        filename: row.filename,
        sha256: row.sha256,
        page: row.page,
        text: row.text.replace(/\s+/g, ' '),
      });
      own.set(passport, entry);
    }
    found.set(row.personKey, own);
  }
  const out = new Map<string, PersonPassport[]>();
  for (const [key, own] of found) {
    for (const [passport, entry] of own) {
      if (passport.includes(':')) continue;
      const stated = [...own.keys()].filter(
        (k) => k.includes(':') && passportNumber(k) === passport && samePassport(k, passport),
      );
      if (stated.length !== 1) continue;
      own.get(stated[0]!)!.sources.push(...entry.sources);
      own.delete(passport);
    }
    for (const entry of own.values())
      entry.sources.sort((a, b) => a.filename.localeCompare(b.filename) || a.page - b.page);
    out.set(
      key,
      [...own.values()].sort(
        (a, b) => b.sources.length - a.sources.length || a.passport.localeCompare(b.passport),
      ),
    );
  }
  return out;
}

/**
 * Search knows people: a person filter by a person's name matches the pages of every spelling the
 * extractor normalized for them, the persons facet counts people, not spellings (a person written
 * in several spellings is counted again over all of them, so a page naming two spellings counts
 * once), and the people the query names come with the pages.
 */
export async function searchWithPeople(
  meili: Parameters<typeof searchPages>[0],
  db: Db,
  params: SearchParams,
  asRead?: PeopleAsRead,
): Promise<{ response: SearchResponse; people: Person[] }> {
  const expanded = await withPeople(db, params, asRead);
  const [response, found] = await Promise.all([
    searchPages(meili, expanded),
    namedPeople(db, params, asRead),
  ]);
  if (response.facets.persons)
    response.facets.persons = await peopleFacet(
      meili,
      db,
      expanded,
      response.facets.persons,
      asRead,
    );
  return { response, people: found };
}

/** The same, with the results grouped by document (see searchDocuments). */
export async function searchDocumentsWithPeople(
  meili: Parameters<typeof searchPages>[0],
  db: Db,
  params: SearchParams,
  asRead?: PeopleAsRead,
): Promise<{ response: DocumentSearchResponse; people: Person[] }> {
  const expanded = await withPeople(db, params, asRead);
  const [response, found] = await Promise.all([
    searchDocuments(meili, expanded),
    namedPeople(db, params, asRead),
  ]);
  if (response.facets.persons)
    response.facets.persons = await peopleFacet(
      meili,
      db,
      expanded,
      response.facets.persons,
      asRead,
    );
  return { response, people: found };
}

/** The people a search's words name, as the searching user sees them. */
async function namedPeople(db: Db, params: SearchParams, asRead?: PeopleAsRead): Promise<Person[]> {
  if (!params.q) return [];
  const access = params.access ?? ALL_ACCESS;
  if (asRead && !access.all) return (await peopleFor(db, params.q, access, asRead)).slice(0, 10);
  return (
    await visiblePeople(
      db,
      await findPeople(db, params.q, access.all ? 10 : 200),
      access,
      queryKeys(params.q),
    )
  ).slice(0, 10);
}

/**
 * A person filter widened to every spelling of the people it names. A reader of some collections
 * only reaches the people they see under that name (visiblePeople), with the spellings read in the
 * documents they may read: a name or spelling written only elsewhere widens nothing.
 */
async function withPeople<
  T extends { persons?: string[] | undefined; access?: Access | undefined },
>(db: Db, params: T, asRead?: PeopleAsRead): Promise<T> {
  const names = clean(params.persons ?? []);
  if (!names.length) return params;
  const access = params.access ?? ALL_ACCESS;
  let spellings: string[];
  if (access.all) spellings = await spellingsOfPeopleNamed(db, names);
  else if (asRead)
    spellings = asRead.people
      .filter((p) => names.includes(p.name))
      .flatMap((p) => asRead.spellingsOf.get(p.key) ?? []);
  else {
    const found = new Map<string, Person>();
    for (const name of names) for (const p of await findPeople(db, name, 200)) found.set(p.key, p);
    const shown = (await visiblePeople(db, [...found.values()], access)).filter((p) =>
      names.includes(p.name),
    );
    spellings = shown.length
      ? (
          await readableMentionsOf(
            db,
            shown.map((p) => p.key),
            access,
          )
        ).map((r) => r.normalized)
      : [];
  }
  return { ...params, persons: [...new Set([...(params.persons ?? []), ...spellings])] };
}

async function peopleFacet(
  meili: Parameters<typeof searchPages>[0],
  db: Db,
  params: SearchParams,
  counts: Record<string, number>,
  asRead?: PeopleAsRead,
): Promise<Record<string, number>> {
  const names = clean(Object.keys(counts));
  if (!names.length) return counts;
  const asked = new Set(names);
  const rows =
    asRead && !params.access?.all
      ? asRead.people.flatMap((p) =>
          (asRead.spellingsOf.get(p.key) ?? [])
            .filter((n) => asked.has(n))
            .map((normalized) => ({ normalized, key: p.key })),
        )
      : await peopleOfSpellings(db, names);
  // Named as the searching user sees them: never by a spelling from a document they may not read.
  const shown =
    asRead && !params.access?.all
      ? [...new Set(rows.map((r) => r.key))].flatMap((k) => asRead.byKey.get(k) ?? [])
      : await visiblePeople(
          db,
          await peopleByKeys(db, [...new Set(rows.map((r) => r.key))]),
          params.access ?? ALL_ACCESS,
        );
  const nameByKey = new Map(shown.map((p) => [p.key, p.name]));
  const nameOf = new Map(
    rows.flatMap((r) =>
      nameByKey.has(r.key) ? [[r.normalized, nameByKey.get(r.key)!] as const] : [],
    ),
  );
  const out: Record<string, number> = {};
  const spellings = new Map<string, string[]>();
  for (const [value, n] of Object.entries(counts)) {
    const name = nameOf.get(value) ?? value;
    out[name] = (out[name] ?? 0) + n;
    spellings.set(name, [...(spellings.get(name) ?? []), value]);
  }
  // A page may name a person in two spellings: the sum would count it twice. Count those again.
  const several = [...spellings].filter(([, values]) => values.length > 1);
  const exact = await countPages(
    meili,
    params,
    several.map(([, values]) => anyOfFilter('persons', values)),
  );
  several.forEach(([name], i) => (out[name] = exact[i]!));
  return out;
}
