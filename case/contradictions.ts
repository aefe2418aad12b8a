// Contradictions: two claims about one person that cannot both be true — places far apart
// (core/geo/locate.ts), or another place while the person is held in one (a detention centre 150 km
// from the alleged town is still not that town), at times that overlap, at least one of them
// alleged. Partial dates (core/dates/partial-dates.ts) are taken honestly: a claim dated "April
// 2018" is true on some day of April, so it contradicts a stay only if the stay surely covers the
// whole month; "from January 2018 until May 2019" surely covers 31 January 2018 to 1 May 2019.
// Claims that only might overlap are "possible" contradictions, kept apart from the sure ones.
// Against an allegation, a record (documented) or a person's own account (testimony) contradicts;
// two allegations far apart only question each other, and are listed as possible.
//
// A record can also contradict an allegation it does not overlap, through a stay: an entry stamp into
// a country followed, in the records, by no exit until a later date places the person in that country
// all along. The stay breaks the first allegation that falls in it (later allegations of the same
// story depend on that one), so it is set against that allegation in its earliest source, citing the
// entry and the last record of the person in the country before the alleged time.
import { groupBy } from '../core/group.js';
import { firstDay, lastDay } from '../core/dates/partial-dates.js';
import { englishCountryName } from '../core/geo/countries.js';
import { farApart, geoOf, located, within } from '../core/geo/locate.js';

export interface TimedClaim {
  id: number;
  /** The person's key (opaque: it tells nothing of the name). */
  person: string;
  /** The key of the person's family name (core/names/person-names.ts familyKey): namesakes and relatives share it. */
  family?: string;
  place: string;
  /** Where a move (a journey, an entry, an exit) set out from, if known: its day holds both ends. */
  origin?: string;
  from: string;
  to: string | null;
  /** The claim holds on some day of from–to, not on each (a date counted from a month: read.ts). */
  approximate?: boolean;
  stance: 'alleged' | 'documented' | 'testimony';
  /** What the claim says happened (read.ts ClaimKind): an 'entry' or 'exit' opens or ends a stay. */
  kind?: string;
  /** An allegation a source reports another making ("the authorities accuse him of …"), not its own. */
  reported?: boolean;
  /** When its document was written, as far as known (its latest date): orders repeated allegations. */
  written?: string;
}

export interface Contradiction {
  person: string;
  /** The alleged claim first. */
  claims: [number, number];
  certainty: 'sure' | 'possible';
  why: string;
}

type Interval = [string, string] | undefined;

const FAR_FUTURE = '9999-12-31';

/** Every day the claim might be true on. */
export function maybe(c: Pick<TimedClaim, 'from' | 'to'>): [string, string] {
  return [firstDay(c.from), c.to === null ? FAR_FUTURE : lastDay(c.to)];
}

/** The days the claim is surely true on: none for a single partial date (some day of that month), nor for an approximate span (some day of it). */
export function sure(c: Pick<TimedClaim, 'from' | 'to' | 'approximate'>): Interval {
  if (c.approximate) return c.from === c.to && c.from.length === 10 ? [c.from, c.from] : undefined;
  if (c.to === null) return [lastDay(c.from), lastDay(c.from)];
  const lo = lastDay(c.from);
  const hi = firstDay(c.to);
  if (c.from === c.to) return c.from.length === 10 ? [c.from, c.from] : undefined;
  return lo <= hi ? [lo, hi] : undefined;
}

/** Two spans of days share a day. */
export const meets = (a: Interval, b: Interval) => Boolean(a && b && a[0] <= b[1] && b[0] <= a[1]);
/** The outer span holds every day of the inner one. */
export const coversAll = (outer: Interval, inner: [string, string]) =>
  Boolean(outer && outer[0] <= inner[0] && inner[1] <= outer[1]);

export function certainty(a: TimedClaim, b: TimedClaim): 'sure' | 'possible' | undefined {
  const sa = sure(a);
  const sb = sure(b);
  if (meets(sa, sb) || coversAll(sa, maybe(b)) || coversAll(sb, maybe(a))) return 'sure';
  return meets(maybe(a), maybe(b)) ? 'possible' : undefined;
}

const when = (c: TimedClaim) =>
  c.to === c.from ? c.from : `${c.approximate ? 'some day of ' : ''}${c.from} – ${c.to ?? 'open'}`;

export function contradictions(claims: TimedClaim[]): Contradiction[] {
  const out: Contradiction[] = [];
  for (const [person, list] of groupBy(claims, (c) => c.person)) {
    out.push(...overlapping(person, list));
    out.push(...againstStays(person, list, out));
  }
  return out;
}

/** Allegations against claims far away at overlapping times. */
function overlapping(person: string, list: TimedClaim[]): Contradiction[] {
  const out: Contradiction[] = [];
  // An allegation a later source only reports (a court restating the charge it rules on) is answered
  // in the source that makes it; each accusation that makes it is answered in its own right.
  const alleged = list.filter((c) => c.stance === 'alleged').sort(earliestSource);
  const firsts = alleged.filter(
    (a, i) =>
      !a.reported ||
      !alleged.slice(0, i).some((o) => o.place === a.place && o.from === a.from && o.to === a.to),
  );
  for (const a of firsts) {
    for (const b of list) {
      if (b === a || (b.stance === 'alleged' && b.id < a.id) || !apart(a, b)) continue;
      const level = certainty(a, b);
      if (!level) continue;
      // A person's own account of where they were stands against an allegation as a record does; two
      // allegations far apart only question each other.
      const weak = b.stance === 'alleged';
      out.push({
        person,
        claims: [a.id, b.id],
        certainty: weak ? 'possible' : level,
        why: `Alleged: ${a.place}, ${when(a)}; ${b.stance}: ${b.place}, ${when(b)} — ${a.kind === 'detained' || b.kind === 'detained' ? `held in ${a.kind === 'detained' ? a.place : b.place}, the person was nowhere else` : `${a.place} and ${b.place} are far apart`}${level === 'possible' ? ', if the dates overlap' : ''}${weak && b.stance === 'testimony' ? ' (the other side is testimony)' : ''}.`,
      });
    }
  }
  return out;
}

/**
 * Places that cannot both hold at once: far apart, or other places while the person is held in one.
 * Both must lie in a known country: a continent or world region ("in Europe") is set against nothing.
 */
function apart(a: TimedClaim, b: TimedClaim): boolean {
  // A move's day holds the place it set out from as well as the one it reached: a record at the
  // starting point that day (the exit stamp of the alleged flight) is no contradiction.
  if (farApart(a.place, b.place)) return !nearOrigin(a, b.place) && !nearOrigin(b, a.place);
  const held = a.kind === 'detained' || b.kind === 'detained';
  return (
    held &&
    a.place !== b.place &&
    !within(a.place, b.place) &&
    !within(b.place, a.place) &&
    located(a.place) &&
    located(b.place)
  );
}

/**
 * The claim is a one-day move that set out from the place: the same place, one within the other, or
 * a place near it in the same country (a record at a neighbouring country's border is elsewhere).
 */
function nearOrigin(move: TimedClaim, place: string): boolean {
  const origin = move.origin;
  if (!origin || move.from !== move.to) return false;
  if (origin === place || within(origin, place) || within(place, origin)) return true;
  const country = geoOf(origin)?.country;
  return country !== undefined && country === geoOf(place)?.country && !farApart(origin, place);
}

interface Stay {
  entry: TimedClaim;
  country: string;
  /** The first day the records show the person out of the country again. */
  until: string;
}

/** Stays the records establish: a dated entry into a country, closed by the next exit or the next record in another country. */
function stays(list: TimedClaim[]): Stay[] {
  const records = list.filter((c) => c.stance === 'documented');
  const out: Stay[] = [];
  for (const entry of records.filter(
    (c) => c.kind === 'entry' && c.from === c.to && c.from.length === 10,
  )) {
    const country = geoOf(entry.place)?.country;
    if (!country) continue;
    // Any later exit ends it, whichever place the record names (the country left, or the one the
    // person left for: "выехал из Казахстана в Кыргызстан"); so does any record in another country.
    const leaves = records.filter(
      (c) => c.from > entry.from && (c.kind === 'exit' || otherCountry(c, country)),
    );
    const until = leaves.map((c) => firstDay(c.from)).sort()[0];
    // Without a record of leaving, the stay has no known end: no conclusion is drawn from it.
    if (until) out.push({ entry, country, until });
  }
  return out;
}

function otherCountry(c: TimedClaim, country: string): boolean {
  const other = geoOf(c.place)?.country;
  return other !== undefined && other !== country;
}

/** The claim places the person in another country, far from the given place. */
const abroad = (c: TimedClaim, country: string, place: string) =>
  otherCountry(c, country) && farApart(c.place, place);

const earliestSource = (a: TimedClaim, b: TimedClaim) =>
  (a.written ?? FAR_FUTURE).localeCompare(b.written ?? FAR_FUTURE) || a.id - b.id;

/** Each stay against the first allegation inside it that places the person far away. */
function againstStays(person: string, list: TimedClaim[], found: Contradiction[]): Contradiction[] {
  const out: Contradiction[] = [];
  const paired = (a: TimedClaim, b: TimedClaim) =>
    [...found, ...out].some(
      (c) => c.person === person && c.claims[0] === a.id && c.claims[1] === b.id,
    );
  for (const stay of stays(list)) {
    const inside = list.filter(
      (a) =>
        a.stance === 'alleged' &&
        stay.entry.from < maybe(a)[0] &&
        maybe(a)[1] < stay.until &&
        abroad(a, stay.country, stay.entry.place),
    );
    const first = inside.sort(
      (a, b) => maybe(a)[0].localeCompare(maybe(b)[0]) || earliestSource(a, b),
    )[0];
    if (!first) continue;
    const start = maybe(first)[0];
    // The last record of the person in the country before the alleged time (a marriage, a registration).
    const last = list
      .filter(
        (c) =>
          c !== stay.entry &&
          c.stance === 'documented' &&
          geoOf(c.place)?.country === stay.country &&
          stay.entry.from <= maybe(c)[0] &&
          maybe(c)[1] < start,
      )
      .sort((a, b) => maybe(b)[1].localeCompare(maybe(a)[1]) || earliestSource(a, b))[0];
    const country = englishCountryName(stay.country) ?? stay.country;
    const stayText = `entered ${country} at ${stay.entry.place} on ${stay.entry.from}, and no exit from ${country} is recorded until ${stay.until}`;
    for (const b of last ? [stay.entry, last] : [stay.entry]) {
      if (paired(first, b)) continue;
      const record =
        b === stay.entry
          ? `documented: ${stayText}`
          : `documented: ${b.place}, ${when(b)}, after the person ${stayText}`;
      out.push({
        person,
        claims: [first.id, b.id],
        certainty: 'sure',
        why: `Alleged: ${first.place}, ${when(first)}; ${record} — ${first.place} is far from there.`,
      });
    }
  }
  return out;
}
