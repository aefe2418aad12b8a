// The people stage: clusters every person mention of the archive into people (cluster.ts), applying
// editors' decisions, and stores the people, each mention's person and each claim's people. It works
// on the whole archive because a person is made of mentions across documents; it is cheap (a pass
// over the mentions, no page text) and runs when a batch of documents is done. An advisory lock keeps
// two workers from rebuilding at once (store/people.ts).
import type { Db } from '../../store/db.js';
import { anyPersonKeyNotMatching, rebuildPeopleWith } from '../../store/people.js';
import { withBirthDates } from '../../case/birth-dates.js';
import { clusterPeople, PERSON_KEY } from './cluster.js';
import { nameKeysOf } from '../../core/names/person-names.js';

/** Clusters every person mention of the archive into people again, with the editors' decisions; answers how many people. */
export async function rebuildPeople(db: Db): Promise<number> {
  return rebuildPeopleWith(db, (rows, decisions, previous, collections) =>
    clusterPeople(withBirthDates(rows), decisions, previous, collections).map(
      ({ spellings, ...c }) => ({
        ...c,
        nameKeys: [...new Set(spellings.flatMap(nameKeysOf))].join(' '),
      }),
    ),
  );
}

/** Whether people have keys of an older form (made of their names, which told too much): an archive from before opaque keys, to rebuild. */
export async function hasOldPersonKeys(db: Db): Promise<boolean> {
  return anyPersonKeyNotMatching(db, PERSON_KEY.source);
}
