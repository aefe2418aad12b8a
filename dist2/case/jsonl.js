import { writeJsonl } from '../store/export.js';
import { listPeople, visiblePeople } from './people.js';
/** Writes the JSONL export of what `access` reads to `out`; answers how many documents. */
export async function writeJsonlFor(db, out, access) {
    if (access.all)
        return writeJsonl(db, out);
    const seen = await visiblePeople(db, await listPeople(db, 1_000_000), access);
    return writeJsonl(db, out, { access, names: new Map(seen.map((p) => [p.key, p.name])) });
}
//# sourceMappingURL=jsonl.js.map