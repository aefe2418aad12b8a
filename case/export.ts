// The case export of ../shared/eval/FORMAT.md (`casefile export --case`): people with their spellings
// and documents, claims, and the sure contradictions, each pointing at two claims by index. By default
// the claims are the disputed timeline (timeline.ts: allegations and the claims near them, an
// allegation a record only restates left to the accusation that makes it) and the claims the
// contradictions cite; with allClaims, every claim read.
import type { Db } from '../store/db.js';
import { contradictions } from './contradictions.js';
import { ALL_ACCESS, type Access } from '../store/access.js';
import {
  claimsOf,
  documentsOf,
  listPeople,
  passportsOfEveryone,
  visiblePeople,
  type PeopleAsRead,
} from './people.js';
import { disputed, journeysInStays, ordered } from './timeline.js';
import { identityConflicts } from './identity.js';

export interface CaseExport {
  /** Each person with the passports the documents write with their name (case/people.ts, passportsOf). */
  people: Array<{
    id: string;
    name: string;
    variants: string[];
    documents: string[];
    passports: string[];
  }>;
  claims: Array<{
    person: string;
    place: string;
    /** Where a journey, entry or exit set out from, when its source names it. */
    origin?: string;
    from: string;
    to: string | null;
    /** Present and true when the claim holds on some day of from–to, not on each (counted from a month). */
    approximate?: boolean;
    filename: string;
    page: number;
    stance: string;
    kind: string;
    quote: string;
    /** Why the claim has its stance: the source's kind and the words that tell it. */
    why: string;
  }>;
  contradictions: Array<{ person: string; claims: [number, number]; why: string }>;
  /** Two people with one name and different birth dates (identity.ts), each with its sources. */
  identityConflicts: Array<{
    people: Array<{
      id: string;
      name: string;
      born: Array<{ date: string; filename: string; page: number; text: string }>;
    }>;
    accusation: boolean;
    why: string;
  }>;
}

/** The case export; with an access, only what it reads (people, their spellings, documents and claims). */
export async function buildCase(
  db: Db,
  opts: { allClaims?: boolean; access?: Access; asRead?: PeopleAsRead | undefined } = {},
): Promise<CaseExport> {
  const access = opts.access ?? ALL_ACCESS;
  // A reader of some collections: the people those collections make (ingest/people/as-read.ts).
  const asRead = access.all ? undefined : opts.asRead;
  const everyone = asRead
    ? asRead.people
    : await visiblePeople(db, await listPeople(db, 1_000_000), access);
  const peopleOut = [];
  const passports = await passportsOfEveryone(db, access, asRead);
  for (const p of everyone)
    peopleOut.push({
      id: p.key,
      name: p.name,
      variants: p.variants,
      documents: (await documentsOf(db, p, access)).map((d) => d.filename),
      passports: (passports.get(p.key) ?? []).map((x) => x.passport),
    });
  const all = await claimsOf(db, undefined, access, asRead);
  // A journey its own sentence makes a stay of is listed, and cited, as that stay.
  const inStay = journeysInStays(all);
  const asListed = (person: string, id: number) => {
    const j = all.find((c) => c.person === person && c.id === id);
    return (j && inStay.get(j)?.id) ?? id;
  };
  const found = dedupe(
    contradictions(all)
      .filter((c) => c.certainty === 'sure')
      .map((c) => ({
        ...c,
        claims: [asListed(c.person, c.claims[0]), asListed(c.person, c.claims[1])] as [
          number,
          number,
        ],
      })),
  );
  const cited = new Set(found.flatMap((c) => c.claims.map((id) => `${c.person}|${id}`)));
  // An allegation a record only restates, repeating one an accusation makes, is listed once: in the accusation.
  const restated = new Set(
    all.filter(
      (c) =>
        c.reported &&
        all.some(
          (o) =>
            o !== c &&
            o.person === c.person &&
            o.stance === 'alleged' &&
            !o.reported &&
            o.place === c.place &&
            o.from === c.from &&
            o.to === c.to,
        ),
    ),
  );
  const near = new Set(disputed(all).filter((c) => !restated.has(c) && !inStay.has(c)));
  const chosen = ordered(
    opts.allClaims
      ? all
      : all.filter((c) => near.has(c) || (cited.has(`${c.person}|${c.id}`) && !inStay.has(c))),
  );
  const index = new Map(chosen.map((c, i) => [`${c.person}|${c.id}`, i]));
  return {
    people: peopleOut,
    claims: chosen.map((c) => ({
      person: c.person,
      place: c.place,
      ...(c.origin ? { origin: c.origin } : {}),
      from: c.from,
      to: c.to,
      ...(c.approximate ? { approximate: true } : {}),
      filename: c.filename,
      page: c.page,
      stance: c.stance,
      kind: c.kind,
      quote: c.quote,
      why: c.stanceWhy ?? c.stance,
    })),
    contradictions: found.map((c) => ({
      person: c.person,
      claims: [index.get(`${c.person}|${c.claims[0]}`)!, index.get(`${c.person}|${c.claims[1]}`)!],
      why: c.why,
    })),
    identityConflicts: (await identityConflicts(db, access, undefined, asRead)).map((c) => ({
      people: c.people.map((p) => ({
        id: p.key,
        name: p.name,
        born: p.sources.map((s) => ({
          date: s.born,
          filename: s.filename,
          page: s.page,
          text: s.text,
        })),
      })),
      accusation: c.accusation,
      why: c.why,
    })),
  };
}

/** Contradictions once per pair of claims, the first kept. */
function dedupe<T extends { person: string; claims: [number, number] }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((c) => {
    const key = `${c.person}|${c.claims[0]}|${c.claims[1]}`;
    return c.claims[0] !== c.claims[1] && !seen.has(key) && Boolean(seen.add(key));
  });
}
