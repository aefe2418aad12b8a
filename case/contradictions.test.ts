import { describe, expect, it } from 'vitest';
import { certainty, contradictions, sure, type TimedClaim } from './contradictions.js';
import { farApart } from './geo.js';

let id = 0;
const c = (place: string, from: string, to: string | null, stance: TimedClaim['stance'], person = 'p1'): TimedClaim => ({ id: ++id, person, place, from, to, stance });

describe('contradictions', () => {
  const ukraine = c('Ukraine', '2018-01-17', '2019-05-06', 'documented');

  it('flags an alleged place far from a documented stay at the same time, citing both', () => {
    const istanbul = c('Istanbul', '2018-03-23', '2018-03-23', 'alleged');
    const found = contradictions([istanbul, ukraine]);
    expect(found).toEqual([expect.objectContaining({ person: 'p1', claims: [istanbul.id, ukraine.id], certainty: 'sure' })]);
  });

  it('takes partial dates honestly: a month inside a stay is sure, a month at its edge only possible', () => {
    expect(certainty(c('Syria', '2018-04', '2018-04', 'alleged'), ukraine)).toBe('sure');
    expect(certainty(c('Syria', '2018-01', '2018-01', 'alleged'), ukraine)).toBe('possible');
    expect(certainty(c('Syria', '2017-12', '2017-12', 'alleged'), ukraine)).toBeUndefined();
    expect(sure(c('Raqqa', '2018-04', '2018-07', 'alleged'))).toEqual(['2018-04-30', '2018-07-01']);
  });

  it('does not flag places within one another, near each other, or other people', () => {
    expect(contradictions([c('Kharkiv', '2018-03-23', '2018-03-23', 'alleged'), ukraine])).toEqual([]);
    expect(farApart('Shehyni', 'Medyka')).toBe(false);
    expect(farApart('Moscow', 'Kharkiv')).toBe(true);
    expect(contradictions([c('Istanbul', '2018-03-23', '2018-03-23', 'alleged', 'p2'), ukraine])).toEqual([]);
  });

  it('lists testimony against an allegation as possible, not sure: a statement is not a record', () => {
    const said = c('Kharkiv', '2018-01', null, 'testimony');
    const [found] = contradictions([c('Istanbul', '2018-03-23', '2018-03-23', 'alleged'), said]);
    expect(found?.certainty).toBe('possible');
  });
});
