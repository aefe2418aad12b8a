// A person's timeline: their claims in date order, with the contradictions among them, and the
// "disputed" part of it that the case export carries: every allegation and the evidence that bears
// on it — what the records and witnesses say of the same person at the alleged time or within a
// week of it (where they could have been), at the alleged place within DISPUTE_MARGIN_DAYS (a hotel
// in the alleged town), and what dates a stay which covers an alleged time up to that time (the
// entry stamp that opens it, the events inside it before) — and the records of namesakes at an
// alleged time.
// Records at other places weeks away bear on nothing alleged and stay in `--all-claims`.
import { within as placeWithin } from '../core/geo/locate.js';
import { contradictions, maybe } from './contradictions.js';
const DISPUTE_MARGIN_DAYS = 60;
/** How far from an alleged time a record elsewhere still bounds where the person could have been. */
const NEAR_DAYS = 7;
const day = 86_400_000;
const ms = (iso) => Date.parse(iso);
/** Claims in date order (by the first day they can mean), allegations first among equals. */
export function ordered(claims) {
    return [...claims].sort((a, b) => maybe(a)[0].localeCompare(maybe(b)[0]) || a.stance.localeCompare(b.stance) || a.id - b.id);
}
const span = (c) => {
    const [a, b] = maybe(c);
    return [ms(a), ms(b)];
};
const near = (x, y, marginDays) => x[0] <= y[1] + marginDays * day && x[1] >= y[0] - marginDays * day;
/**
 * Allegations, the claims about their people that bear on an alleged time (see the head of this
 * file), and the near misses: what the records say of another person of the same family name at an
 * alleged time (a namesake who really took the alleged flight is evidence an investigator needs to
 * see, though no contradiction). `marginDays` bounds "near" for a claim at the alleged place.
 */
export function disputed(claims, marginDays = DISPUTE_MARGIN_DAYS) {
    const alleged = claims.filter((c) => c.stance === 'alleged');
    // Stays (a range of days) of a person, each with the alleged times of theirs it covers.
    const stays = claims.flatMap((r) => {
        if (r.stance === 'alleged' || r.from === r.to)
            return [];
        const rs = span(r);
        const covered = alleged.filter((a) => a.person === r.person && near(rs, span(a), 0));
        return covered.length ? [{ r, rs, until: Math.max(...covered.map((a) => span(a)[0])) }] : [];
    });
    return claims.filter((c) => {
        if (c.stance === 'alleged')
            return true;
        const s = span(c);
        const bears = alleged.some((a) => {
            if (a.person !== c.person)
                return (c.stance === 'documented' &&
                    a.family !== undefined &&
                    a.family === c.family &&
                    near(s, span(a), 0));
            return near(s, span(a), NEAR_DAYS) || (c.place === a.place && near(s, span(a), marginDays));
        });
        // What puts the person in a stay before an alleged time it covers: the entry, events inside
        // (at the stay's place or within its country; the exit stamp of the country left is not).
        return (bears ||
            stays.some(({ r, rs, until }) => r.person === c.person &&
                s[0] >= rs[0] &&
                s[1] <= until &&
                (c.place === r.place || placeWithin(c.place, r.place))));
    });
}
// Kinds of claim that move a person on one day (read.ts ClaimKind).
const MOVES = new Set(['travel', 'entry', 'exit']);
/**
 * Each journey that a stay of the same document goes on from ("flew to X on D1, where she stayed
 * until D2"; "arrived in X in May. She lived there until July."), mapped to that stay: same person,
 * document, place and stance, the stay beginning on the journey's day (or month). Both stay in the
 * timeline; a list of where a person was (the case export) gives the place and time once, in the
 * stay, which covers the journey's day.
 */
export function journeysInStays(claims) {
    const out = new Map();
    for (const j of claims) {
        if (!MOVES.has(j.kind) || j.from !== j.to)
            continue;
        const stay = claims.find((s) => s.kind === 'stay' &&
            s.person === j.person &&
            s.documentId === j.documentId &&
            s.place === j.place &&
            s.stance === j.stance &&
            s.from === j.from &&
            s.to !== s.from);
        if (stay)
            out.set(j, stay);
    }
    return out;
}
export function timeline(claims) {
    return { claims: ordered(claims), contradictions: contradictions(claims) };
}
//# sourceMappingURL=timeline.js.map