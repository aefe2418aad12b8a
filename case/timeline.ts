// A person's timeline: their claims in date order, with the contradictions among them, and the
// "disputed" part of it that the case export carries: every allegation, every other claim about the
// same person within DISPUTE_MARGIN_DAYS of an alleged time — the evidence for or against it — and
// the records of namesakes at an alleged time.
import { contradictions, maybe, type Contradiction, type TimedClaim } from './contradictions.js';

export interface TimelineClaim extends TimedClaim {
  documentId: number;
  filename: string;
  sha256: string;
  page: number;
  kind: string;
  placeText: string;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  /** Why the claim has its stance (source-kind.ts stanceReason). */
  stanceWhy?: string;
}

const DISPUTE_MARGIN_DAYS = 60;

const day = 86_400_000;
const ms = (iso: string) => Date.parse(iso);

/** Claims in date order (by the first day they can mean), allegations first among equals. */
export function ordered<T extends TimedClaim>(claims: T[]): T[] {
  return [...claims].sort(
    (a, b) =>
      maybe(a)[0].localeCompare(maybe(b)[0]) || a.stance.localeCompare(b.stance) || a.id - b.id,
  );
}

/** The family part of a person's key ("family-given"), which namesakes and relatives share. */
const family = (key: string) => key.split('-')[0];

/**
 * Allegations, the claims about their people near an alleged time, and the near misses: what the
 * records say of another person of the same family name at an alleged time (a namesake who really
 * took the alleged flight is evidence an investigator needs to see, though no contradiction).
 */
export function disputed<T extends TimedClaim>(claims: T[], marginDays = DISPUTE_MARGIN_DAYS): T[] {
  const alleged = claims.filter((c) => c.stance === 'alleged');
  return claims.filter((c) => {
    if (c.stance === 'alleged') return true;
    const [c0, c1] = maybe(c);
    return alleged.some((a) => {
      const [a0, a1] = maybe(a);
      if (a.person !== c.person)
        return (
          c.stance === 'documented' &&
          family(a.person) === family(c.person) &&
          ms(c0) <= ms(a1) &&
          ms(c1) >= ms(a0)
        );
      return ms(c0) <= ms(a1) + marginDays * day && ms(c1) >= ms(a0) - marginDays * day;
    });
  });
}

export interface Timeline<T extends TimedClaim> {
  claims: T[];
  contradictions: Contradiction[];
}

export function timeline<T extends TimedClaim>(claims: T[]): Timeline<T> {
  return { claims: ordered(claims), contradictions: contradictions(claims) };
}
