// Contradictions: two claims about one person that cannot both be true — places far apart (geo.ts) at
// times that overlap, at least one of them alleged. Partial dates are taken honestly: a claim dated
// "April 2018" is true on some day of April, so it contradicts a stay only if the stay surely covers
// the whole month; "from January 2018 until May 2019" surely covers 31 January 2018 to 1 May 2019.
// Claims that only might overlap are "possible" contradictions, kept apart from the sure ones.
// Against an allegation, only a record (documented) establishes a contradiction; what a person says
// (testimony) disputes it, and is listed with the possible ones.
import { farApart } from './geo.js';

export interface TimedClaim {
  id: number;
  person: string;
  place: string;
  from: string;
  to: string | null;
  stance: 'alleged' | 'documented' | 'testimony';
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

function firstDay(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}

function lastDay(d: string): string {
  if (d.length === 4) return `${d}-12-31`;
  if (d.length === 7) {
    const [y, m] = d.split('-').map(Number) as [number, number];
    return `${d}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return d;
}

/** Every day the claim might be true on. */
export function maybe(c: Pick<TimedClaim, 'from' | 'to'>): [string, string] {
  return [firstDay(c.from), c.to === null ? FAR_FUTURE : lastDay(c.to)];
}

/** The days the claim is surely true on: none for a single partial date (some day of that month). */
export function sure(c: Pick<TimedClaim, 'from' | 'to'>): Interval {
  if (c.to === null) return [lastDay(c.from), lastDay(c.from)];
  const lo = lastDay(c.from);
  const hi = firstDay(c.to);
  if (c.from === c.to) return c.from.length === 10 ? [c.from, c.from] : undefined;
  return lo <= hi ? [lo, hi] : undefined;
}

const meets = (a: Interval, b: Interval) => Boolean(a && b && a[0] <= b[1] && b[0] <= a[1]);
const coversAll = (outer: Interval, inner: [string, string]) => Boolean(outer && outer[0] <= inner[0] && inner[1] <= outer[1]);

export function certainty(a: TimedClaim, b: TimedClaim): 'sure' | 'possible' | undefined {
  const sa = sure(a);
  const sb = sure(b);
  if (meets(sa, sb) || coversAll(sa, maybe(b)) || coversAll(sb, maybe(a))) return 'sure';
  return meets(maybe(a), maybe(b)) ? 'possible' : undefined;
}

const when = (c: TimedClaim) => (c.to === c.from ? c.from : `${c.from} – ${c.to ?? 'open'}`);

export function contradictions(claims: TimedClaim[]): Contradiction[] {
  const out: Contradiction[] = [];
  const byPerson = new Map<string, TimedClaim[]>();
  for (const c of claims) {
    const list = byPerson.get(c.person);
    if (list) list.push(c);
    else byPerson.set(c.person, [c]);
  }
  for (const [person, list] of byPerson) {
    for (const a of list.filter((c) => c.stance === 'alleged')) {
      for (const b of list) {
        if (b === a || (b.stance === 'alleged' && b.id < a.id) || !farApart(a.place, b.place)) continue;
        const level = certainty(a, b);
        if (!level) continue;
        const weak = b.stance !== 'documented';
        out.push({
          person,
          claims: [a.id, b.id],
          certainty: weak ? 'possible' : level,
          why: `Alleged: ${a.place}, ${when(a)}; ${b.stance}: ${b.place}, ${when(b)} — ${a.place} and ${b.place} are far apart${level === 'possible' ? ', if the dates overlap' : ''}${weak && b.stance === 'testimony' ? ' (the other side is testimony)' : ''}.`,
        });
      }
    }
  }
  return out;
}
