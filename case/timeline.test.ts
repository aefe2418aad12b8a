import { describe, expect, it } from 'vitest';
import type { TimedClaim } from './contradictions.js';
import { disputed, journeysInStays, type TimelineClaim } from './timeline.js';

let id = 0;
const c = (
  person: string,
  place: string,
  from: string,
  to: string,
  stance: TimedClaim['stance'],
): TimedClaim => ({ id: ++id, person, family: person.split('-')[0], place, from, to, stance });

// Invented people and events.
describe('disputed', () => {
  const flight = c('rslv-glnr', 'Antalya', '2020-06-13', '2020-06-13', 'alleged');

  it("keeps a namesake's record at an alleged time (a near miss), not at other times nor of other families", () => {
    const namesake = c('rslv-gzl', 'Poltava', '2020-06-13', '2020-06-13', 'documented');
    const later = c('rslv-gzl', 'Poltava', '2020-07-20', '2020-07-20', 'documented');
    const stranger = c('krmv-zrn', 'Poltava', '2020-06-13', '2020-06-13', 'documented');
    const own = c('rslv-glnr', 'Poltava', '2020-06-15', '2020-06-15', 'documented');
    expect(disputed([flight, namesake, later, stranger, own])).toEqual([flight, namesake, own]);
    // Keys are opaque: the family comes with the claim, never from the key's letters.
    const opaque = (x: TimedClaim, person: string) => ({ ...x, person });
    expect(
      disputed([
        opaque(flight, '5f0c2a'),
        opaque(namesake, '9b17e4'),
        opaque(stranger, '5f0d00'),
        { ...opaque(namesake, '5f0c2b'), family: undefined, id: ++id },
      ]),
    ).toEqual([opaque(flight, '5f0c2a'), opaque(namesake, '9b17e4')]);
  });

  it('keeps what bounds where the person was: within a week elsewhere, within weeks at the alleged place', () => {
    const dayAfter = c('rslv-glnr', 'Lviv', '2020-06-14', '2020-06-14', 'documented');
    const weekBefore = c('rslv-glnr', 'Lviv', '2020-06-06', '2020-06-06', 'testimony');
    const monthLater = c('rslv-glnr', 'Gdańsk', '2020-07-20', '2020-07-20', 'documented');
    const detainedLater = c('rslv-glnr', 'Kraków', '2020-08-01', '2020-08-01', 'documented');
    const hotelThere = c('rslv-glnr', 'Antalya', '2020-05-01', '2020-05-03', 'documented');
    const yearBefore = c('rslv-glnr', 'Antalya', '2019-05-01', '2019-05-03', 'documented');
    expect(
      disputed([flight, dayAfter, weekBefore, monthLater, detainedLater, hotelThere, yearBefore]),
    ).toEqual([flight, dayAfter, weekBefore, hotelThere]);
  });

  it('keeps what dates a stay covering an alleged time up to that time, however long before', () => {
    const meeting = c('dvltv-ksn', 'Ankara', '2021-03-10', '2021-03-12', 'alleged');
    const stay = c('dvltv-ksn', 'Moldova', '2020-11-02', '2021-06-30', 'documented');
    const entry = c('dvltv-ksn', 'Chișinău', '2020-11-02', '2020-11-02', 'documented');
    const leftRomania = c('dvltv-ksn', 'Romania', '2020-11-02', '2020-11-02', 'documented');
    const wedding = c('dvltv-ksn', 'Orhei', '2020-12-19', '2020-12-19', 'testimony');
    const before = c('dvltv-ksn', 'Iași', '2020-10-01', '2020-10-01', 'documented');
    // After the alleged time the stay itself says it went on; its exit is no evidence of the time.
    const exit = c('dvltv-ksn', 'Chișinău', '2021-06-30', '2021-06-30', 'documented');
    // A stay of someone else, or one that covers no allegation, dates nothing disputed.
    const otherStay = c('dvltv-ksn', 'Romania', '2019-01-01', '2019-12-31', 'documented');
    const inOtherStay = c('dvltv-ksn', 'Cluj', '2019-05-05', '2019-05-05', 'documented');
    expect(
      disputed([meeting, stay, entry, leftRomania, wedding, before, exit, otherStay, inOtherStay]),
    ).toEqual([meeting, stay, entry, wedding]);
  });
});

describe('journeysInStays', () => {
  const claim = (
    kind: string,
    from: string,
    to: string,
    over: Partial<TimelineClaim> = {},
  ): TimelineClaim => ({
    id: ++id,
    person: 'p-1',
    place: 'Ankara',
    from,
    to,
    stance: 'alleged',
    kind,
    documentId: 7,
    filename: 'invented.pdf',
    sha256: '00',
    page: 1,
    placeText: 'Ankara',
    quote: 'invented',
    quoteStart: 0,
    quoteEnd: 8,
    ...over,
  });

  it('maps a journey, an entry or an exit to the stay of its document that goes on from its day', () => {
    const flight = claim('travel', '2019-05-03', '2019-05-03');
    const stay = claim('stay', '2019-05-03', '2019-06-30', { quoteStart: 40 });
    const entry = claim('entry', '2021-02', '2021-02', { place: 'Riga' });
    const stayRiga = claim('stay', '2021-02', '2021-04', { place: 'Riga' });
    expect([...journeysInStays([flight, stay, entry, stayRiga])]).toEqual([
      [flight, stay],
      [entry, stayRiga],
    ]);
  });

  it('keeps a journey whose stay is elsewhere, in another document, of another stance, or later', () => {
    const flight = claim('travel', '2019-05-03', '2019-05-03');
    const cases = [
      claim('stay', '2019-05-03', '2019-06-30', { place: 'Izmir' }),
      claim('stay', '2019-05-03', '2019-06-30', { documentId: 8 }),
      claim('stay', '2019-05-03', '2019-06-30', { stance: 'documented' }),
      claim('stay', '2019-05-04', '2019-06-30'),
      claim('travel', '2019-05-03', '2019-06-30'),
    ];
    for (const other of cases) expect(journeysInStays([flight, other]).size).toBe(0);
  });
});
