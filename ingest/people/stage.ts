// The people stage: clusters every person mention of the archive into people (cluster.ts), applying
// editors' decisions, and stores the people, each mention's person and each claim's people. It works
// on the whole archive because a person is made of mentions across documents; it is cheap (a pass
// over the mentions, no page text) and runs when a batch of documents is done. An advisory lock keeps
// two workers from rebuilding at once (store/people.ts).
import type { Db } from '../../store/db.js';
import { rebuildPeopleWith, type MentionRow } from '../../store/people.js';
import { clusterPeople } from './cluster.js';
import { nameKeysOf } from '../../core/names/person-names.js';

/** Clusters every person mention of the archive into people again, with the editors' decisions; answers how many people. */
export async function rebuildPeople(db: Db): Promise<number> {
  return rebuildPeopleWith(db, (rows, decisions) =>
    clusterPeople(withBirthDates(rows), decisions).map((c) => ({
      ...c,
      nameKeys: [...new Set(c.variants.flatMap(nameKeysOf))].join(' '),
    })),
  );
}

/**
 * Person mentions, each with the birth date written right after the name (in a register's row, a
 * charge's "Family Given, 21 August 1990 born"): the next date within 24 characters (a table's next column may hold another's date) that lies at
 * least 14 years before the document's latest date — no event a person takes part in is that old.
 */
function withBirthDates(
  rows: MentionRow[],
): Array<{ id: number; documentId: number; text: string; normalized: string; born?: string }> {
  const dates = rows.filter((r) => r.type === 'date' && /^\d{4}-\d\d-\d\d$/.test(r.normalized));
  const latest = new Map<number, number>();
  for (const d of rows.filter((r) => r.type === 'date'))
    latest.set(
      d.documentId,
      Math.max(latest.get(d.documentId) ?? 0, Number(d.normalized.slice(0, 4)) || 0),
    );
  return rows
    .filter((r) => r.type === 'person')
    .map((p) => {
      const next = dates
        .filter(
          (d) =>
            d.documentId === p.documentId &&
            d.page === p.page &&
            d.start >= p.end &&
            d.start - p.end <= 24,
        )
        .sort((a, b) => a.start - b.start)[0];
      const born =
        next && Number(next.normalized.slice(0, 4)) <= (latest.get(p.documentId) ?? 0) - 14
          ? next.normalized
          : undefined;
      return {
        id: p.id,
        documentId: p.documentId,
        text: p.text,
        normalized: p.normalized,
        ...(born ? { born } : {}),
      };
    });
}
