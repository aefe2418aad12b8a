// People (the person mentions of all documents clustered into the humans they name) and editors'
// decisions about them: what the people stage saves and the case, the API and the pages read.
import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import {
  documents,
  entities,
  people,
  personDecisions,
  personKeyMoves,
  type PERSON_DECISIONS,
  type Person,
} from '../schema/tables.js';
import { DEFAULT_COLLECTION, readableWhere, type Access } from './access.js';
import type { Db } from './db.js';

export type PersonDecisionKind = (typeof PERSON_DECISIONS)[number];

/** People, the most mentioned first (then by name), at most `limit`. */
export async function listPeople(db: Db, limit = 200): Promise<Person[]> {
  return db.select().from(people).orderBy(desc(people.mentions), asc(people.name)).limit(limit);
}

/** The person stored under a key, or undefined. */
export async function personByKey(db: Db, key: string): Promise<Person | undefined> {
  return (await db.select().from(people).where(eq(people.key, key)))[0];
}

/** The people stored under any of the keys, in no particular order. */
export async function peopleByKeys(db: Db, keys: string[]): Promise<Person[]> {
  return db.select().from(people).where(inArray(people.key, keys));
}

/** People whose name keys include every one of `nameKeys` (non-empty), the most mentioned first, at most `limit`. */
export async function peopleWithNameKeys(
  db: Db,
  nameKeys: string[],
  limit: number,
): Promise<Person[]> {
  const conditions = nameKeys.map(
    (k) => sql`(' ' || ${people.nameKeys} || ' ') like ${`% ${k} %`}`,
  );
  return db
    .select()
    .from(people)
    .where(sql.join(conditions, sql` and `))
    .orderBy(desc(people.mentions))
    .limit(limit);
}

/** The mentions of the given people in documents `access` reads: person key, document, words and normalized form. */
export async function readableMentionsOf(
  db: Db,
  keys: string[],
  access: Access,
): Promise<Array<{ key: string | null; documentId: number; text: string; normalized: string }>> {
  const out: Array<{ key: string | null; documentId: number; text: string; normalized: string }> =
    [];
  // A join, not a list of document ids: an archive may hold more documents than one statement takes
  // parameters; the people go 2,000 at a time for the same reason.
  for (let i = 0; i < keys.length; i += 2000) {
    const rows = await db
      .select({
        key: entities.personKey,
        documentId: entities.documentId,
        text: entities.text,
        normalized: entities.normalized,
      })
      .from(entities)
      .innerJoin(documents, eq(documents.id, entities.documentId))
      .where(
        and(
          eq(entities.type, 'person'),
          inArray(entities.personKey, keys.slice(i, i + 2000)),
          readableWhere(access),
        ),
      );
    out.push(...rows);
  }
  return out;
}

/** The normalized forms of every mention of the people whose name is one of `names` (non-empty). */
export async function spellingsOfPeopleNamed(db: Db, names: string[]): Promise<string[]> {
  const rows = await db
    .select({ normalized: entities.normalized })
    .from(entities)
    .innerJoin(people, eq(people.key, entities.personKey))
    .where(inArray(people.name, names));
  return rows.map((r) => r.normalized);
}

/** For normalized forms (non-empty), the distinct pairs of a form and the key of a person a mention in that form belongs to. */
export async function peopleOfSpellings(
  db: Db,
  spellings: string[],
): Promise<Array<{ normalized: string; key: string }>> {
  return db
    .selectDistinct({ normalized: entities.normalized, key: people.key })
    .from(entities)
    .innerJoin(people, eq(people.key, entities.personKey))
    .where(inArray(entities.normalized, spellings));
}

/** Whether any person's key does not match the (POSIX) pattern: keys of an older form to replace. */
export async function anyPersonKeyNotMatching(db: Db, pattern: string): Promise<boolean> {
  const rows = await db
    .select({ key: people.key })
    .from(people)
    .where(sql`${people.key} !~ ${pattern}`)
    .limit(1);
  return rows.length > 0;
}

/**
 * Where an editor's decision about people holds: the collections they may edit. Their decision moves
 * only the mentions of those collections' documents; a decision without one (an admin's, the CLI
 * operator's) holds everywhere.
 */
export interface DecisionScope {
  collections: string[];
}

/** Records an editor's decision about two folded spellings (merge: one person; split: a is not b's), in its collections (null: everywhere). */
export async function savePersonDecision(
  db: Db,
  d: {
    kind: PersonDecisionKind;
    a: string;
    b: string;
    userId: number | null;
    collections: string[] | null;
  },
): Promise<void> {
  await db.insert(personDecisions).values(d);
}

/** Forgets every decision about people (the people stay as they are until the next rebuild). */
export async function forgetPersonDecisions(db: Db): Promise<void> {
  await db.delete(personDecisions);
}

/** Every person's key with their spellings, in no particular order. */
export async function personVariants(db: Db): Promise<Array<{ key: string; variants: string[] }>> {
  return db.select({ key: people.key, variants: people.variants }).from(people);
}

/** A person or date mention as the people stage reads it. */
export interface MentionRow {
  id: number;
  documentId: number;
  page: number;
  type: string;
  start: number;
  end: number;
  text: string;
  normalized: string;
  /** What the extractor noted ({ role: 'birth' } on a labelled birth date). */
  attributes: Record<string, unknown> | null;
}

/** A person to store: the mentions (entity ids) that are theirs, and their name keys, space-separated. */
export interface NewPerson {
  key: string;
  name: string;
  variants: string[];
  documentIds: number[];
  mentionIds: number[];
  nameKeys: string;
  decided: boolean;
}

/** The columns of a MentionRow. */
const MENTION_COLUMNS = {
  id: entities.id,
  documentId: entities.documentId,
  page: entities.page,
  type: entities.type,
  start: entities.start,
  end: entities.end,
  text: entities.text,
  normalized: entities.normalized,
  attributes: entities.attributes,
};

/**
 * Every person and date mention (or mention of `types`) in the documents `access` reads, each person
 * mention with its person (people.key; null before the people stage ran) and its document's file name
 * and hash: what the case reads birth dates, identity conflicts and passports from.
 */
export async function mentionRowsWithPeople(
  db: Db,
  access: Access,
  types: string[] = ['person', 'date'],
): Promise<Array<MentionRow & { personKey: string | null; filename: string; sha256: string }>> {
  return mentionsWithDocuments(db).where(and(inArray(entities.type, types), readableWhere(access)));
}

/** Mentions with their person's key and their document's file name and hash, to be filtered. */
function mentionsWithDocuments(db: Db) {
  return db
    .select({
      ...MENTION_COLUMNS,
      personKey: entities.personKey,
      filename: documents.filename,
      sha256: documents.sha256,
    })
    .from(entities)
    .innerJoin(documents, eq(documents.id, entities.documentId));
}

/**
 * The person, date and passport mentions of the pages that name a person (people.key), in the
 * documents `access` reads, each person mention with its person and each with its document's file
 * name and hash: what the person's passports are read from (case/people.ts, passportsOf).
 */
export async function mentionRowsOnPagesOf(
  db: Db,
  key: string,
  access: Access,
): Promise<Array<MentionRow & { personKey: string | null; filename: string; sha256: string }>> {
  return mentionsWithDocuments(db).where(
    and(
      inArray(entities.type, ['person', 'date', 'passport']),
      readableWhere(access),
      sql`(${entities.documentId}, ${entities.page}) in (select named.document_id, named.page from entities named where named.person_key = ${key})`,
    ),
  );
}

/**
 * What the people stage last made, as a token that changes with every rebuild: the transaction that
 * wrote the people rows (each rebuild replaces them all in one). Empty when there are no people.
 */
export async function peopleVersion(db: Db): Promise<string> {
  const [row] = await db
    .select({ v: sql<string>`${people}.xmin::text` })
    .from(people)
    .limit(1);
  return row?.v ?? '';
}

/**
 * What the people stage clusters, from the documents `access` reads only: their person mentions the
 * last rebuild gave a person (with that person's key), date and passport mentions, every editor's
 * decision (oldest first) and each readable document's collection. Clustering these is the people as
 * a reader of those collections sees them (ingest/people/as-read.ts).
 */
export async function clusterInputsIn(
  db: Db,
  access: Access,
): Promise<{
  rows: Array<MentionRow & { personKey: string | null }>;
  decisions: Array<{
    kind: PersonDecisionKind;
    a: string;
    b: string;
    collections: string[] | null;
  }>;
  collections: Map<number, string>;
}> {
  const rows = await db
    .select({ ...MENTION_COLUMNS, personKey: entities.personKey })
    .from(entities)
    .innerJoin(documents, eq(documents.id, entities.documentId))
    .where(
      and(
        inArray(entities.type, ['person', 'date', 'passport']),
        sql`(${entities.type} <> 'person' or ${entities.personKey} is not null)`,
        readableWhere(access),
      ),
    );
  const decisions = await decisionsInOrder(db);
  const collections = new Map<number, string>();
  for (const d of await db
    .select({ id: documents.id, collection: documents.collection })
    .from(documents)
    .where(readableWhere(access)))
    collections.set(d.id, d.collection ?? DEFAULT_COLLECTION);
  return { rows, decisions, collections };
}

/** Every decision about people, the oldest first (the order they are applied in). */
function decisionsInOrder(db: Pick<Db, 'select'>) {
  return db
    .select({
      kind: personDecisions.kind,
      a: personDecisions.a,
      b: personDecisions.b,
      collections: personDecisions.collections,
    })
    .from(personDecisions)
    .orderBy(asc(personDecisions.id));
}

const REBUILD_LOCK = 7_411_032;

/** Replaces the people, each person mention's person and each claim's people with what `cluster` makes of every person, date and passport mention and the decisions (oldest first); one transaction under an advisory lock (no two rebuilds at once); answers how many people. */
export async function rebuildPeopleWith(
  db: Db,
  cluster: (
    mentions: MentionRow[],
    decisions: Array<{
      kind: PersonDecisionKind;
      a: string;
      b: string;
      collections: string[] | null;
    }>,
    previous: {
      byMention: Map<number, string>;
      byName: Map<string, Array<{ key: string; documentIds: number[] }>>;
      decided: Set<string>;
    },
    collections: Map<number, string>,
  ) => NewPerson[],
): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${REBUILD_LOCK})`);
    // Passports too: the people stage ties each to its holder's mention (case/birth-dates.ts).
    const rows = await tx
      .select(MENTION_COLUMNS)
      .from(entities)
      .where(inArray(entities.type, ['person', 'date', 'passport']));
    const decisions = await decisionsInOrder(tx);
    // The keys people have now, so that each keeps theirs (the clustering decides who is whom).
    const byMention = new Map<number, string>();
    for (const r of await tx
      .select({ id: entities.id, key: entities.personKey })
      .from(entities)
      .where(and(eq(entities.type, 'person'), isNotNull(entities.personKey))))
      byMention.set(r.id, r.key!);
    const byName = new Map<string, Array<{ key: string; documentIds: number[] }>>();
    const decided = new Set<string>();
    for (const p of await tx
      .select({
        key: people.key,
        name: people.name,
        documentIds: people.documentIds,
        decided: people.decided,
      })
      .from(people)) {
      byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
      if (p.decided) decided.add(p.key);
    }
    // Each document's collection (documents without one are in the default collection).
    const collections = new Map<number, string>();
    for (const d of await tx
      .select({ id: documents.id, collection: documents.collection })
      .from(documents))
      collections.set(d.id, d.collection ?? DEFAULT_COLLECTION);
    const found = cluster(rows, decisions, { byMention, byName, decided }, collections);
    await tx.delete(people);
    await tx.execute(
      sql`update entities set person_key = null where type = 'person' and person_key is not null`,
    );
    for (let i = 0; i < found.length; i += 200) {
      await tx.insert(people).values(
        found.slice(i, i + 200).map((p) => ({
          key: p.key,
          name: p.name,
          variants: p.variants,
          documentIds: p.documentIds,
          mentions: p.mentionIds.length,
          nameKeys: p.nameKeys,
          decided: p.decided,
        })),
      );
    }
    // Every mention's person in a few statements, not one per person.
    const assignments = found.flatMap((p) => p.mentionIds.map((id) => ({ id, key: p.key })));
    for (let i = 0; i < assignments.length; i += 5000) {
      const batch = JSON.stringify(assignments.slice(i, i + 5000));
      await tx.execute(
        sql`update entities e set person_key = m.key from jsonb_to_recordset(${batch}::jsonb) as m(id bigint, key text) where e.id = m.id`,
      );
    }
    await recordKeyMoves(tx, byMention, assignments);
    await tx.execute(sql`
      update claims set person_keys = coalesce((
        select jsonb_agg(distinct e.person_key) from entities e
        where e.person_key is not null and e.id in (select jsonb_array_elements_text(claims.person_entity_ids)::bigint)
      ), '[]'::jsonb)`);
    return found.length;
  });
}

/**
 * Records where each key that no person holds any more went (`person_key_moves`): to the key now
 * held by most of its mentions (ties: the smaller key). Moves to keys that moved on are followed to
 * their end; a key held again loses its move, and a move whose end no person holds is dropped (its
 * mentions are gone: the person does not exist any more).
 */
async function recordKeyMoves(
  tx: Pick<Db, 'select' | 'insert' | 'delete'>,
  before: ReadonlyMap<number, string>,
  after: ReadonlyArray<{ id: number; key: string }>,
): Promise<void> {
  const now = new Map(after.map((a) => [a.id, a.key]));
  const live = new Set(now.values());
  const went = new Map<string, Map<string, number>>();
  for (const [id, old] of before) {
    const to = now.get(id);
    if (live.has(old) || to === undefined) continue;
    const counts = went.get(old) ?? new Map<string, number>();
    counts.set(to, (counts.get(to) ?? 0) + 1);
    went.set(old, counts);
  }
  const stored = new Map(
    (await tx.select().from(personKeyMoves)).map((m) => [m.oldKey, m.newKey] as const),
  );
  const moves = new Map(stored);
  for (const [old, counts] of went) {
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    moves.set(old, ranked[0]![0]);
  }
  const end = (key: string) => {
    const seen = new Set<string>();
    while (!live.has(key) && moves.has(key) && !seen.has(key)) {
      seen.add(key);
      key = moves.get(key)!;
    }
    return live.has(key) ? key : undefined;
  };
  const rows = [...moves]
    .filter(([old]) => !live.has(old))
    .map(([oldKey]) => ({ oldKey, newKey: end(oldKey) }))
    .filter((m): m is { oldKey: string; newKey: string } => m.newKey !== undefined);
  const kept = new Map(rows.map((m) => [m.oldKey, m.newKey]));
  const gone = [...stored].filter(([old, to]) => kept.get(old) !== to).map(([old]) => old);
  const added = rows.filter((m) => stored.get(m.oldKey) !== m.newKey);
  for (let i = 0; i < gone.length; i += 500)
    await tx.delete(personKeyMoves).where(inArray(personKeyMoves.oldKey, gone.slice(i, i + 500)));
  for (let i = 0; i < added.length; i += 500)
    await tx.insert(personKeyMoves).values(added.slice(i, i + 500));
}

/** The key a person's old key moved to when that person was joined into another, if it did. */
export async function movedPersonKey(db: Db, key: string): Promise<string | undefined> {
  const [row] = await db
    .select({ newKey: personKeyMoves.newKey })
    .from(personKeyMoves)
    .where(eq(personKeyMoves.oldKey, key));
  return row?.newKey;
}
