import { anyPersonKeyNotMatching, rebuildPeopleWith } from '../../store/people.js';
import { withBirthDates } from '../../case/birth-dates.js';
import { clusterPeople, PERSON_KEY } from './cluster.js';
import { nameKeysOf } from '../../core/names/person-names.js';
/** Clusters every person mention of the archive into people again, with the editors' decisions; answers how many people. */
export async function rebuildPeople(db) {
    return rebuildPeopleWith(db, (rows, decisions, previous, collections) => clusterPeople(withBirthDates(rows), decisions, previous, collections).map(({ spellings, ...c }) => ({
        ...c,
        nameKeys: [...new Set(spellings.flatMap(nameKeysOf))].join(' '),
    })));
}
/** Whether people have keys of an older form (made of their names, which told too much): an archive from before opaque keys, to rebuild. */
export async function hasOldPersonKeys(db) {
    return anyPersonKeyNotMatching(db, PERSON_KEY.source);
}
//# sourceMappingURL=stage.js.map