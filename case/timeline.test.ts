import { describe, expect, it } from 'vitest';
import type { TimedClaim } from './contradictions.js';
import { disputed } from './timeline.js';

let id = 0;
const c = (
  person: string,
  place: string,
  from: string,
  to: string,
  stance: TimedClaim['stance'],
): TimedClaim => ({ id: ++id, person, place, from, to, stance });

// Invented people and events.
describe('disputed', () => {
  const flight = c('rslv-glnr', 'Antalya', '2020-06-13', '2020-06-13', 'alleged');

  it("keeps a namesake's record at an alleged time (a near miss), not at other times nor of other families", () => {
    const namesake = c('rslv-gzl', 'Poltava', '2020-06-13', '2020-06-13', 'documented');
    const later = c('rslv-gzl', 'Poltava', '2020-07-20', '2020-07-20', 'documented');
    const stranger = c('krmv-zrn', 'Poltava', '2020-06-13', '2020-06-13', 'documented');
    const own = c('rslv-glnr', 'Poltava', '2020-07-20', '2020-07-20', 'documented');
    expect(disputed([flight, namesake, later, stranger, own])).toEqual([flight, namesake, own]);
  });
});
