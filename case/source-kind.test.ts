import { describe, expect, it } from 'vitest';
import { sourceCue, stanceReason } from './source-kind.js';

// Every document head here is invented.
describe('stanceReason', () => {
  it('names the kind of source and the words of its head that tell it, in several languages', () => {
    expect(sourceCue('ОБВИНИТЕЛЬНОЕ ЗАКЛЮЧЕНИЕ\nпо уголовному делу № 12')).toEqual({
      kind: 'alleged',
      cue: 'ОБВИНИТЕЛЬНОЕ ЗАКЛЮЧЕНИЕ',
    });
    expect(stanceReason('documented', 'Sąd Okręgowy\nPOSTANOWIENIE\nDnia 3 marca 2021 r.')).toBe(
      'documented: the source is an official record («POSTANOWIENIE»)',
    );
    expect(stanceReason('testimony', 'Dear Ms Lindqvist,\nmy name is Zarina Karimova.')).toBe(
      'testimony: the source is testimony («Dear »)',
    );
  });

  it('says when a record or a letter only reports an accusation', () => {
    expect(stanceReason('alleged', 'BESCHLUSS\nDie Behörden werfen ihm vor, …')).toBe(
      'alleged: the source is an official record («BESCHLUSS»), which reports an accusation',
    );
  });

  it('says so when the head tells nothing', () => {
    expect(stanceReason('documented', 'Page 1\n12.03.2021')).toBe(
      "documented: the source's kind is not told by its head",
    );
  });
});
