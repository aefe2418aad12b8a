// The people stage: clusters every person mention of the archive into people (cluster.ts), applying
// editors' decisions, and stores the people, each mention's person and each claim's people. It works
// on the whole archive because a person is made of mentions across documents; it is cheap (a pass
// over the mentions, no page text) and runs when a batch of documents is done. An advisory lock keeps
// two workers from rebuilding at once.
import { asc, inArray, sql } from 'drizzle-orm';
import { entities, people, personDecisions } from '../../schema/tables.js';
import type { Db } from '../../store/db.js';
import { clusterPeople, type Decision } from './cluster.js';
import { nameKeysOf } from '../../core/names/person-names.js';

const LOCK = 7_411_032;

export async function rebuildPeople(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK})`);
    const rows = await tx
      .select({ id: entities.id, documentId: entities.documentId, page: entities.page, type: entities.type, start: entities.start, end: entities.end, text: entities.text, normalized: entities.normalized })
      .from(entities)
      .where(inArray(entities.type, ['person', 'date']));
    const mentions = withBirthDates(rows);
    const decisions: Decision[] = await tx.select({ kind: personDecisions.kind, a: personDecisions.a, b: personDecisions.b }).from(personDecisions).orderBy(asc(personDecisions.id));
    const clusters = clusterPeople(mentions, decisions);
    await tx.delete(people);
    await tx.execute(sql`update entities set person_key = null where type = 'person' and person_key is not null`);
    for (let i = 0; i < clusters.length; i += 200) {
      const batch = clusters.slice(i, i + 200);
      await tx.insert(people).values(
        batch.map((c) => ({ key: c.key, name: c.name, variants: c.variants, documentIds: c.documentIds, mentions: c.mentionIds.length, nameKeys: [...new Set(c.variants.flatMap(nameKeysOf))].join(' ') })),
      );
    }
    // Every mention's person in a few statements, not one per person.
    const assignments = clusters.flatMap((c) => c.mentionIds.map((id) => ({ id, key: c.key })));
    for (let i = 0; i < assignments.length; i += 5000) {
      const batch = JSON.stringify(assignments.slice(i, i + 5000));
      await tx.execute(sql`update entities e set person_key = m.key from jsonb_to_recordset(${batch}::jsonb) as m(id bigint, key text) where e.id = m.id`);
    }
    await tx.execute(sql`
      update claims set person_keys = coalesce((
        select jsonb_agg(distinct e.person_key) from entities e
        where e.person_key is not null and e.id in (select jsonb_array_elements_text(claims.person_entity_ids)::bigint)
      ), '[]'::jsonb)`);
    return clusters.length;
  });
}

interface Row {
  id: number;
  documentId: number;
  page: number;
  type: string;
  start: number;
  end: number;
  text: string;
  normalized: string;
}

/**
 * Person mentions, each with the birth date written right after the name (in a register's row, a
 * charge's "Family Given, 21 August 1990 born"): the next date within 24 characters (a table's next column may hold another's date) that lies at
 * least 14 years before the document's latest date — no event a person takes part in is that old.
 */
export function withBirthDates(rows: Row[]): Array<{ id: number; documentId: number; text: string; normalized: string; born?: string }> {
  const dates = rows.filter((r) => r.type === 'date' && /^\d{4}-\d\d-\d\d$/.test(r.normalized));
  const latest = new Map<number, number>();
  for (const d of rows.filter((r) => r.type === 'date')) latest.set(d.documentId, Math.max(latest.get(d.documentId) ?? 0, Number(d.normalized.slice(0, 4)) || 0));
  return rows
    .filter((r) => r.type === 'person')
    .map((p) => {
      const next = dates.filter((d) => d.documentId === p.documentId && d.page === p.page && d.start >= p.end && d.start - p.end <= 24).sort((a, b) => a.start - b.start)[0];
      const born = next && Number(next.normalized.slice(0, 4)) <= (latest.get(p.documentId) ?? 0) - 14 ? next.normalized : undefined;
      return { id: p.id, documentId: p.documentId, text: p.text, normalized: p.normalized, ...(born ? { born } : {}) };
    });
}
