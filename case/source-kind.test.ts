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

// Heads of kinds of documents named in data/document-headings.json; every head here is invented.
describe('document kinds by their titles', () => {
  const kindOf = (head: string) => sourceCue(head)?.kind;
  it("reads a person's own statement as testimony, in seven languages", () => {
    expect(kindOf('ОБЪЯСНЕНИЕ\nЯ, Лопатина Вера Ильинична, 1979 г.р.')).toBe('testimony');
    expect(kindOf('  Пояснення\nЯ, Гордієнко Тарас')).toBe('testimony');
    expect(kindOf('Oświadczenie\nJa, niżej podpisana Ewelina Kruszyna')).toBe('testimony');
    expect(kindOf('WITNESS STATEMENT\nName: Orla Penhallow')).toBe('testimony');
    expect(kindOf("Procès-verbal d'audition\nMme Ombeline Vauquelin")).toBe('testimony');
    expect(kindOf('Niederschrift über die Anhörung\nHerr Quaschning')).toBe('testimony');
    expect(kindOf('АРИЗА\nМан, Наврӯзов Шодмон')).toBe('testimony');
  });

  it("reads an official note, a court's ruling or order as a record", () => {
    expect(kindOf('Notatka urzędowa\nW dniu 3 marca 2021 r.')).toBe('documented');
    expect(kindOf('ОПРЕДЕЛЕНИЕ\nСудебная коллегия')).toBe('documented');
    expect(kindOf('Aktenvermerk\nAm 4. Mai 2020')).toBe('documented');
    expect(kindOf('ARRÊT\nLa cour administrative')).toBe('documented');
  });

  it('reads a decision to open a case or a request for custody as an accusation', () => {
    expect(kindOf('ПОСТАНОВЛЕНИЕ\nо возбуждении уголовного дела')).toBe('alleged');
    expect(kindOf('Postanowienie o przedstawieniu zarzutów')).toBe('alleged');
    expect(kindOf('CHARGE SHEET\nThe accused')).toBe('alleged');
  });

  it('takes a common word for a title only where it opens a line', () => {
    expect(kindOf('Москва, 3 мая 2021 г.\nВ своём заявлении от 3 мая Лопатина указала')).toBe(
      undefined,
    );
    expect(kindOf('Sehr geehrte Damen und Herren, zur Erklärung der Lage')).toBe(undefined);
    // A specific cue before a common title still wins: the document is what its head names first.
    expect(kindOf('ОБВИНИТЕЛЬНОЕ ЗАКЛЮЧЕНИЕ\nОбъяснение обвиняемой')).toBe('alleged');
  });
});
