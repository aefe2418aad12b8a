import { describe, expect, it } from 'vitest';
import { certainty, contradictions, sure, type TimedClaim } from './contradictions.js';
import { farApart } from '../core/geo/locate.js';

let id = 0;
const c = (
  place: string,
  from: string,
  to: string | null,
  stance: TimedClaim['stance'],
  person = 'p1',
  more: Partial<TimedClaim> = {},
): TimedClaim => ({ id: ++id, person, place, from, to, stance, ...more });

describe('contradictions', () => {
  const ukraine = c('Ukraine', '2019-03-02', '2020-09-14', 'documented');

  it('flags an alleged place far from a documented stay at the same time, citing both', () => {
    const antalya = c('Antalya', '2019-10-04', '2019-10-04', 'alleged');
    const found = contradictions([antalya, ukraine]);
    expect(found).toEqual([
      expect.objectContaining({
        person: 'p1',
        claims: [antalya.id, ukraine.id],
        certainty: 'sure',
      }),
    ]);
  });

  it("holds a journey's day at both its ends: a record at its starting point is no contradiction", () => {
    // Alleged: flew Vilnius → Antalya on 4 October 2019; the exit stamp at Vilnius that day agrees.
    const flight = c('Antalya', '2019-10-04', '2019-10-04', 'alleged', 'p1', {
      kind: 'travel',
      origin: 'Vilnius',
    });
    const exitStamp = c('Vilnius', '2019-10-04', '2019-10-04', 'documented', 'p1', {
      kind: 'exit',
    });
    expect(contradictions([flight, exitStamp])).toEqual([]);
    // A record near the starting point (Kaunas is 100 km from Vilnius) agrees too; one far from
    // both ends does not.
    const kaunas = c('Kaunas', '2019-10-04', '2019-10-04', 'documented');
    const lisbon = c('Lisbon', '2019-10-04', '2019-10-04', 'documented');
    expect(contradictions([flight, kaunas, lisbon]).map((x) => x.claims)).toEqual([
      [flight.id, lisbon.id],
    ]);
    // A country the journey set out from is not its neighbour: a stay in Latvia over the day of an
    // alleged flight Lithuania → Antalya stands against it.
    const fromCountry = c('Antalya', '2019-10-04', '2019-10-04', 'alleged', 'p1', {
      kind: 'travel',
      origin: 'Lithuania',
    });
    const latvia = c('Latvia', '2019-09-01', '2019-11-30', 'documented');
    expect(contradictions([fromCountry, latvia]).map((x) => x.claims)).toEqual([
      [fromCountry.id, latvia.id],
    ]);
    // The other way round: a documented journey Tbilisi → Minsk against an allegation in Tbilisi.
    const recorded = c('Minsk', '2020-02-11', '2020-02-11', 'documented', 'p2', {
      kind: 'travel',
      origin: 'Tbilisi',
    });
    const alleged = c('Tbilisi', '2020-02-11', '2020-02-11', 'alleged', 'p2');
    expect(contradictions([alleged, recorded])).toEqual([]);
  });

  it("sets an allegation against the stay a journey goes on to, not against the journey's one day", () => {
    // "She flew to Lisbon on 3 May 2019, where she stayed until 30 June 2019": two records.
    const flight = c('Lisbon', '2019-05-03', '2019-05-03', 'documented', 'p1', { kind: 'travel' });
    const stay = c('Lisbon', '2019-05-03', '2019-06-30', 'documented', 'p1', { kind: 'stay' });
    const inside = c('Antalya', '2019-06-10', '2019-06-10', 'alleged');
    expect(contradictions([inside, flight, stay]).map((x) => x.claims)).toEqual([
      [inside.id, stay.id],
    ]);
    // The same day as the flight: both say she was in Lisbon.
    const sameDay = c('Antalya', '2019-05-03', '2019-05-03', 'alleged');
    expect(contradictions([sameDay, flight, stay]).map((x) => x.claims)).toEqual([
      [sameDay.id, flight.id],
      [sameDay.id, stay.id],
    ]);
    // Alleged the other way round: a record elsewhere inside the alleged stay, not on the flight's day.
    const allegedFlight = c('Lisbon', '2019-05-03', '2019-05-03', 'alleged', 'p1', {
      kind: 'travel',
    });
    const allegedStay = c('Lisbon', '2019-05-03', '2019-06-30', 'alleged', 'p1', { kind: 'stay' });
    const record = c('Antalya', '2019-06-10', '2019-06-10', 'documented');
    expect(contradictions([allegedFlight, allegedStay, record]).map((x) => x.claims)).toEqual([
      [allegedStay.id, record.id],
    ]);
  });

  it('takes a date counted from a month as some day of its range: a stay over the whole range is sure, over part only possible', () => {
    // "In May 2020 … three weeks later she flew to Antalya": some day of 22 May – 21 June 2020.
    const counted = c('Antalya', '2020-05-22', '2020-06-21', 'alleged', 'p1', {
      approximate: true,
    });
    expect(sure(counted)).toBeUndefined();
    const whole = c('Lisbon', '2020-05-01', '2020-07-31', 'documented');
    const part = c('Lisbon', '2020-06-01', '2020-07-31', 'documented');
    const oneDay = c('Lisbon', '2020-06-10', '2020-06-10', 'documented');
    expect(certainty(counted, whole)).toBe('sure');
    expect(certainty(counted, part)).toBe('possible');
    expect(certainty(counted, oneDay)).toBe('possible');
    expect(contradictions([counted, oneDay]).map((x) => x.certainty)).toEqual(['possible']);
    // Not approximate, the same span would be a stay surely covering 10 June.
    expect(certainty({ ...counted, approximate: false }, oneDay)).toBe('sure');
  });

  it('takes partial dates honestly: a month inside a stay is sure, a month at its edge only possible', () => {
    expect(certainty(c('Syria', '2019-11', '2019-11', 'alleged'), ukraine)).toBe('sure');
    expect(certainty(c('Syria', '2019-03', '2019-03', 'alleged'), ukraine)).toBe('possible');
    expect(certainty(c('Syria', '2019-02', '2019-02', 'alleged'), ukraine)).toBeUndefined();
    expect(sure(c('Idlib', '2019-11', '2020-02', 'alleged'))).toEqual(['2019-11-30', '2020-02-01']);
  });

  it('does not flag places within one another, near each other, or other people', () => {
    expect(contradictions([c('Poltava', '2019-10-04', '2019-10-04', 'alleged'), ukraine])).toEqual(
      [],
    );
    expect(farApart('Yahodyn', 'Chełm')).toBe(false);
    expect(farApart('Kazan', 'Poltava')).toBe(true);
    expect(
      contradictions([c('Antalya', '2019-10-04', '2019-10-04', 'alleged', 'p2'), ukraine]),
    ).toEqual([]);
  });

  it('locates every curated place the extractor can find', () => {
    expect(farApart('Dorohusk', 'Kazan')).toBe(true);
    expect(farApart('Khovaling', 'Poltava')).toBe(true);
  });

  it("sets a person's own account against an allegation it surely overlaps", () => {
    const hospital = c('Poltava', '2020-06-02', '2020-06-10', 'testimony');
    const meetings = c('Kazan', '2020-06-04', '2020-06-08', 'alleged');
    expect(contradictions([meetings, hospital])).toEqual([
      expect.objectContaining({ claims: [meetings.id, hospital.id], certainty: 'sure' }),
    ]);
  });

  it('sets a detention against any other town at the time, however near; not against the country it is in, nor days outside it', () => {
    const held = c('Vilnius', '2021-01-02', '2021-05-09', 'documented', 'p1', { kind: 'detained' });
    const minsk = c('Minsk', '2021-02', '2021-04', 'alleged');
    expect(contradictions([minsk, held])).toEqual([
      expect.objectContaining({ claims: [minsk.id, held.id], certainty: 'sure' }),
    ]);
    expect(contradictions([minsk, c('Vilnius', '2021-01-02', '2021-05-09', 'documented')])).toEqual(
      [],
    );
    expect(contradictions([c('Lithuania', '2021-02', '2021-04', 'alleged'), held])).toEqual([]);
    expect(contradictions([c('Minsk', '2021-06', '2021-07', 'alleged'), held])).toEqual([]);
  });

  it('sets no continent or world region against a town, a country or a detention; towns still stand against towns', () => {
    const europe = c('Europe', '2022-03-01', '2022-03-20', 'alleged');
    const bergen = c('Bergen', '2022-03-05', '2022-03-05', 'documented');
    const tartu = c('Tartu', '2022-03-05', '2022-03-05', 'alleged');
    expect(contradictions([europe, bergen])).toEqual([]);
    expect(contradictions([tartu, bergen])).toEqual([
      expect.objectContaining({ claims: [tartu.id, bergen.id], certainty: 'sure' }),
    ]);
    // Regions of other kinds, against a country, a town far away, and a detention.
    const gulf = c('Middle East', '2023-07-10', '2023-07-10', 'alleged');
    expect(contradictions([gulf, c('Norway', '2023-07-01', '2023-07-30', 'documented')])).toEqual(
      [],
    );
    const steppe = c('Central Asia', '2023-02-01', '2023-02-28', 'alleged');
    expect(contradictions([steppe, c('Lisbon', '2023-02-10', '2023-02-10', 'testimony')])).toEqual(
      [],
    );
    const held = c('Gdańsk', '2023-01-01', '2023-06-30', 'documented', 'p1', { kind: 'detained' });
    expect(contradictions([c('South America', '2023-04', '2023-04', 'alleged'), held])).toEqual([]);
    expect(farApart('Europe', 'Bergen')).toBe(false);
    expect(farApart('Asia', 'Tartu')).toBe(false);
    expect(farApart('Far East', 'Balkans')).toBe(false);
    expect(farApart('Bergen', 'Tartu')).toBe(true);
  });

  it('does not flag dates that do not overlap: a discharge two days before an alleged flight', () => {
    const ward = c('Poltava', '2020-06-04', '2020-06-11', 'documented');
    expect(contradictions([c('Antalya', '2020-06-13', '2020-06-13', 'alleged'), ward])).toEqual([]);
  });

  it('sets a stated stay and the stay the stamps establish each against the allegation, once', () => {
    const entry = c('Yahodyn', '2019-03-02', '2019-03-02', 'documented', 'p1', { kind: 'entry' });
    const exit = c('Krakovets', '2020-09-14', '2020-09-14', 'documented', 'p1', { kind: 'exit' });
    const stated = c('Ukraine', '2019-03-02', '2020-09-14', 'documented', 'p1', { kind: 'stay' });
    const flight = c('Antalya', '2019-10-04', '2019-10-04', 'alleged');
    expect(contradictions([entry, exit, stated, flight]).map((x) => x.claims)).toEqual([
      [flight.id, stated.id],
      [flight.id, entry.id],
    ]);
  });

  it('lists testimony that only might overlap an allegation as possible', () => {
    const said = c('Poltava', '2019-03', null, 'testimony');
    const [found] = contradictions([c('Antalya', '2019-10-04', '2019-10-04', 'alleged'), said]);
    expect(found?.certainty).toBe('possible');
  });

  describe('a stay the records establish: an entry and no exit until later', () => {
    const entry = c('Yahodyn', '2019-03-02', '2019-03-02', 'documented', 'p1', { kind: 'entry' });
    const exit = c('Krakovets', '2020-09-14', '2020-09-14', 'documented', 'p1', { kind: 'exit' });
    const married = c('Poltava', '2019-06-21', '2019-06-21', 'documented', 'p1', {
      kind: 'married',
      written: '2019-06-21',
    });
    const marriedAgain = c('Poltava', '2019-06-21', '2019-06-21', 'documented', 'p1', {
      kind: 'married',
      written: '2020-10-05',
    });
    const flight = c('Antalya', '2019-10-04', '2019-10-04', 'alleged', 'p1', {
      written: '2020-02-22',
    });
    const repeated = c('Antalya', '2019-10-04', '2019-10-04', 'alleged', 'p1', {
      written: '2020-09-01',
    });
    const idlib = c('Idlib', '2019-11', '2020-02', 'alleged', 'p1', { written: '2020-02-22' });
    const all = [entry, exit, married, marriedAgain, repeated, flight, idlib];

    it('sets the entry and the last record before it against the first allegation, in its earliest source', () => {
      const found = contradictions(all);
      expect(found.map((x) => x.claims)).toEqual([
        [flight.id, entry.id],
        [flight.id, married.id],
      ]);
      expect(found.every((x) => x.certainty === 'sure')).toBe(true);
      expect(found[0]?.why).toContain(
        'entered Ukraine at Yahodyn on 2019-03-02, and no exit from Ukraine is recorded until 2020-09-14',
      );
    });

    it('draws nothing from an entry without a recorded exit, nor from an exit before the allegation', () => {
      expect(contradictions([entry, married, flight])).toEqual([]);
      const earlyExit = c('Krakovets', '2019-09-01', '2019-09-01', 'documented', 'p1', {
        kind: 'exit',
      });
      expect(contradictions([entry, earlyExit, flight])).toEqual([]);
    });

    it("reasons for each person of a claim about two (a couple's stamps and a joint allegation)", () => {
      const both = (x: TimedClaim) => [x, { ...x, person: 'p2' }];
      const found = contradictions([entry, exit, flight].flatMap(both));
      expect(found.map((x) => [x.person, ...x.claims])).toEqual([
        ['p1', flight.id, entry.id],
        ['p2', flight.id, entry.id],
      ]);
    });

    it('ends a stay at any exit, also one that names the country left for, or an unknown crossing', () => {
      for (const place of ['Chişinău', 'Moldova', 'Northgate Pass']) {
        const exitTo = c(place, '2019-09-01', '2019-09-01', 'documented', 'p1', { kind: 'exit' });
        expect(contradictions([entry, exitTo, exit, flight])).toEqual([]);
      }
    });

    it('ends a stay at a record far away in another country', () => {
      const seen = c('Prague', '2019-09-01', '2019-09-01', 'documented');
      expect(contradictions([entry, exit, seen, flight])).toEqual([]);
    });
  });
});
