// The people stage: clusters every person mention of the archive into people (cluster.ts), applying
// editors' decisions, and stores the people, each mention's person and each claim's people. It works
// on the whole archive because a person is made of mentions across documents; it is cheap (a pass
// over the mentions, no page text) and runs when a batch of documents is done. An advisory lock keeps
// two workers from rebuilding at once.
import { asc, eq, sql } from 'drizzle-orm';
import { entities, people, personDecisions } from '../../schema/tables.js';
import type { Db } from '../../store/db.js';
import { clusterPeople, type Decision } from './cluster.js';
import { nameKeysOf } from './names.js';

const LOCK = 7_411_032;

export async function rebuildPeople(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK})`);
    const mentions = await tx
      .select({ id: entities.id, documentId: entities.documentId, text: entities.text, normalized: entities.normalized })
      .from(entities)
      .where(eq(entities.type, 'person'));
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
