// The JSONL export as one reader sees it: only the documents they may read, each person mention under
// the name the reader sees for that person (a spelling written in a readable document), never a
// spelling of a collection they may not read.
import type { Writable } from 'node:stream';
import type { Access } from '../store/access.js';
import type { Db } from '../store/db.js';
import { writeJsonl } from '../store/export.js';
import { listPeople, visiblePeople, type PeopleAsRead } from './people.js';

/** Writes the JSONL export of what `access` reads to `out`, with the people as `asRead` (for a reader of some collections) groups them; answers how many documents. */
export async function writeJsonlFor(
  db: Db,
  out: Writable,
  access: Access,
  asRead?: PeopleAsRead,
): Promise<number> {
  if (access.all) return writeJsonl(db, out);
  if (asRead)
    return writeJsonl(db, out, {
      access,
      names: new Map(asRead.people.map((p) => [p.key, p.name])),
      personOfMention: asRead.personOfMention,
    });
  const seen = await visiblePeople(db, await listPeople(db, 1_000_000), access);
  return writeJsonl(db, out, { access, names: new Map(seen.map((p) => [p.key, p.name])) });
}
