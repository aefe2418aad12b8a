// The dates of the shared real-world cases (../../shared/cases/<case>/expected.md), read by the whole
// extraction stage over the case's text as one page, and the persons, places and organizations the
// same cases expect.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocumentPages } from '../ingest/extract/document.js';
import { expectedPerson } from './expected.js';

const CASES = path.resolve(import.meta.dirname, '../../shared/cases');

interface DateRow {
  text: string;
  normalized: string;
  start: number;
  end: number;
}

/** The case's input text, or undefined when the shared folder is not there. */
function caseText(name: string): string | undefined {
  const dir = path.join(CASES, name);
  if (!fs.existsSync(dir)) return undefined;
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.txt'));
  return file === undefined ? undefined : fs.readFileSync(path.join(dir, file), 'utf8');
}

function datesOf(text: string): DateRow[] {
  return extractDocumentPages([{ page: 1, text, words: null }])
    .filter((e) => e.type === 'date')
    .map((e) => ({ text: e.text, normalized: e.normalized, start: e.start, end: e.end }));
}

/** One test per case, skipped with its reason when the shared cases are not beside the checkout. */
function caseTest(
  name: string,
  title: string,
  check: (dates: DateRow[], text: string) => void,
): void {
  const text = caseText(name);
  const run = text === undefined ? it.skip : it;
  run(
    `${name}: ${title}${text === undefined ? ` (skipped: ${path.join(CASES, name)} is absent)` : ''}`,
    () => {
      check(datesOf(text ?? ''), text ?? '');
    },
  );
}

const normalizedSet = (dates: DateRow[]): string[] =>
  [...new Set(dates.map((d) => d.normalized))].sort();

describe('dates of the real-world cases', () => {
  caseTest(
    'case01-docnum-glued-date',
    'a date glued to a document number, a date followed by a time',
    (dates, text) => {
      expect(normalizedSet(dates)).toEqual(['2025-06-26', '2026-04-09']);
      const glued = dates.filter((d) => d.normalized === '2025-06-26');
      expect(glued.length).toBeGreaterThan(0);
      for (const d of glued) expect(d.text).toBe('26.06.2025');
      for (const d of dates) {
        expect(d.normalized).not.toMatch(/^19/);
        expect(d.normalized).toMatch(/^\d{4}-\d\d-\d\d$/);
      }
      const time = text.indexOf('14:56');
      expect(time).toBeGreaterThan(0);
      for (const d of dates) expect(d.start >= time + 5 || d.end <= time).toBe(true);
    },
  );

  caseTest(
    'case08-fr-premier',
    'French "1er" and "1ᵉʳ", a two-digit year after a month name',
    (dates) => {
      expect(normalizedSet(dates)).toEqual([
        '1978-04-01',
        '2005-04-01',
        '2011-05-01',
        '2019-03-01',
      ]);
      for (const partial of ['2011-05', '2019-03', '2005-04'])
        expect(dates.map((d) => d.normalized)).not.toContain(partial);
    },
  );

  caseTest(
    'case09-pl-genitive-roman',
    'Polish genitive month names, Roman-numeral months in either case',
    (dates) => {
      expect(normalizedSet(dates)).toEqual([
        '2018-05-11',
        '2018-10-11',
        '2018-11-11',
        '2021-06-13',
      ]);
      expect(dates.filter((d) => d.normalized === '2021-06-13').map((d) => d.text)).toEqual([
        '13.VI.2021 r.',
        '13/vi/2021',
      ]);
    },
  );

  caseTest(
    'case10-cyrillic-roman-months',
    'Roman-numeral months with Cyrillic look-alike letters; a century is no date',
    (dates, text) => {
      expect(normalizedSet(dates)).toEqual(['2018-04-20', '2019-12-05', '2020-11-01']);
      const century = text.indexOf('ХХ века');
      expect(century).toBeGreaterThan(0);
      for (const d of dates) expect(d.end <= century).toBe(true);
    },
  );
});

/** Normalized values of one entity type in the case's text, as a sorted set. */
function valuesOf(text: string, type: string): string[] {
  return [
    ...new Set(
      extractDocumentPages([{ page: 1, text, words: null }])
        .filter((e) => e.type === type)
        .map((e) => e.normalized.replace(/, [A-Z]{2}$/, '')),
    ),
  ].sort();
}

describe('the other values the date cases expect', () => {
  for (const [name, title, check] of [
    [
      'case08-fr-premier',
      'the person and the places of the French note',
      (text: string) => {
        expect(valuesOf(text, 'person')).toContain(
          expectedPerson(path.join(CASES, 'case08-fr-premier')),
        );
        expect(valuesOf(text, 'place')).toEqual(expect.arrayContaining(['Paris', 'Dushanbe']));
      },
    ],
    [
      'case09-pl-genitive-roman',
      'the court and its seat',
      (text: string) => {
        expect(valuesOf(text, 'organization')).toContain('Regional Court in Przemyśl');
        expect(valuesOf(text, 'place')).toContain('Przemyśl');
      },
    ],
    [
      'case10-cyrillic-roman-months',
      'the town',
      (text: string) => {
        expect(valuesOf(text, 'place')).toContain('Vahdat');
      },
    ],
  ] as const) {
    const text = caseText(name);
    (text === undefined ? it.skip : it)(`${name}: ${title}`, () => check(text ?? ''));
  }
});
