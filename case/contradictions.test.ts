import { describe, expect, it } from 'vitest';
import { certainty, contradictions, sure, type TimedClaim } from './contradictions.js';
import { farApart } from './geo.js';

let id = 0;
const c = (place: string, from: string, to: string | null, stance: TimedClaim['stance'], person = 'p1', more: Partial<TimedClaim> = {}): TimedClaim => ({ id: ++id, person, place, from, to, stance, ...more });

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

  describe('a stay the records establish: an entry and no exit until later', () => {
    const entry = c('Hoptivka', '2018-01-17', '2018-01-17', 'documented', 'p1', { kind: 'entry' });
    const exit = c('Shehyni', '2019-05-06', '2019-05-06', 'documented', 'p1', { kind: 'exit' });
    const married = c('Kharkiv', '2018-02-10', '2018-02-10', 'documented', 'p1', { kind: 'married', written: '2018-02-10' });
    const marriedAgain = c('Kharkiv', '2018-02-10', '2018-02-10', 'documented', 'p1', { kind: 'married', written: '2019-07-23' });
    const flight = c('Istanbul', '2018-03-23', '2018-03-23', 'alleged', 'p1', { written: '2018-09-14' });
    const repeated = c('Istanbul', '2018-03-23', '2018-03-23', 'alleged', 'p1', { written: '2019-05-20' });
    const raqqa = c('Raqqa', '2018-04', '2018-07', 'alleged', 'p1', { written: '2018-09-14' });
    const all = [entry, exit, married, marriedAgain, repeated, flight, raqqa];

    it('sets the entry and the last record before it against the first allegation, in its earliest source', () => {
      const found = contradictions(all);
      expect(found.map((x) => x.claims)).toEqual([
        [flight.id, entry.id],
        [flight.id, married.id],
      ]);
      expect(found.every((x) => x.certainty === 'sure')).toBe(true);
      expect(found[0]?.why).toContain('entered Ukraine at Hoptivka on 2018-01-17, and no exit from Ukraine is recorded until 2019-05-06');
    });

    it('draws nothing from an entry without a recorded exit, nor from an exit before the allegation', () => {
      expect(contradictions([entry, married, flight])).toEqual([]);
      const earlyExit = c('Shehyni', '2018-03-01', '2018-03-01', 'documented', 'p1', { kind: 'exit' });
      expect(contradictions([entry, earlyExit, flight])).toEqual([]);
    });

    it('reasons for each person of a claim about two (a couple\'s stamps and a joint allegation)', () => {
      const both = (x: TimedClaim) => [x, { ...x, person: 'p2' }];
      const found = contradictions([entry, exit, flight].flatMap(both));
      expect(found.map((x) => [x.person, ...x.claims])).toEqual([
        ['p1', flight.id, entry.id],
        ['p2', flight.id, entry.id],
      ]);
    });

    it('ends a stay at a record far away in another country', () => {
      const seen = c('Warsaw', '2018-03-01', '2018-03-01', 'documented');
      expect(contradictions([entry, exit, seen, flight])).toEqual([]);
    });
  });
});
