// Entities of the shared real-world case case11 (../../shared/cases/case11-datashare-entities/expected.md),
// through the real CLI on a fresh data directory: ingest (search off), the JSONL export and the case export.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './backends.js';
import { runCli } from './cli.js';
import { expectedPerson } from './expected.js';
import type { CaseExport } from '../case/export.js';

const CASE = path.resolve(import.meta.dirname, '../../shared/cases/case11-datashare-entities');
const present = fs.existsSync(path.join(CASE, 'memo.txt'));
// The one person of the memo, as expected.md names it (given name first), and its parts.
const FULL = present ? expectedPerson(CASE) : 'Given Family';
const GIVEN = FULL.split(' ')[0]!;
const FAMILY = FULL.split(' ').slice(1).join(' ');

interface Entity {
  type: string;
  text: string;
  normalized: string;
  start: number;
  end: number;
}

const suite = present ? describe : describe.skip;

suite(
  `case11-datashare-entities through the CLI${present ? '' : ` (skipped: ${CASE} is absent)`}`,
  () => {
    let data: string;
    let work: string;
    let entities: Entity[] = [];
    let people: CaseExport['people'] = [];
    const env = (): Record<string, string | undefined> => ({
      CASEFILE_DATA: data,
      CASEFILE_SEARCH: 'off',
    });

    beforeAll(async () => {
      data = tempDir('casefile-case11-data-');
      work = tempDir('casefile-case11-');
      const run = await runCli(['ingest', path.join(CASE, 'memo.txt')], env());
      expect(run.code, run.stderr).toBe(0);
      const out = path.join(work, 'export.jsonl');
      expect((await runCli(['export', '--out', out], env())).code).toBe(0);
      const docs = fs
        .readFileSync(out, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { entities: Entity[] });
      expect(docs).toHaveLength(1);
      entities = docs[0]!.entities;
      const caseOut = path.join(work, 'case.json');
      expect((await runCli(['export', '--case', '--out', caseOut], env())).code).toBe(0);
      people = (JSON.parse(fs.readFileSync(caseOut, 'utf8')) as CaseExport).people;
    }, 300_000);
    afterAll(() => {
      for (const dir of [data, work]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    const of = (type: string) => entities.filter((e) => e.type === type);

    it('every person mention normalizes to the full name, given name first; pronouns are no persons', () => {
      const persons = of('person');
      expect(persons.length).toBeGreaterThan(0);
      for (const p of persons) expect(p.normalized, `"${p.text}" at ${p.start}`).toBe(FULL);
      for (const p of persons) expect(p.text.toLowerCase()).not.toMatch(/^(?:he|his)$/);
      // A name span never runs into the next line's words.
      for (const p of persons) expect(p.text).not.toContain('\n');
    });

    it('finds both "Family, Given" mentions and "Given F."', () => {
      const texts = of('person').map((p) => p.text);
      expect(texts.filter((t) => t === `${FAMILY}, ${GIVEN}`)).toHaveLength(2);
      expect(texts).toContain(`${GIVEN} ${FAMILY[0]}.`);
    });

    it('places: United States (U.S. and US only as United States), Istanbul, Tajikistan, Dushanbe', () => {
      const places = of('place');
      expect(places.find((p) => p.text === 'United States')?.normalized).toBe('United States');
      for (const p of places.filter((p) => /^U\.?S\.?$/.test(p.text)))
        expect(p.normalized).toBe('United States');
      for (const p of places) expect(p.normalized.toLowerCase()).not.toMatch(/^(?:us|u\.s\.)$/);
      const names = new Set(places.map((p) => p.normalized));
      for (const name of ['Istanbul', 'Tajikistan', 'Dushanbe']) expect(names).toContain(name);
    });

    it('dates: 2019-03-03 and the bare year 2018', () => {
      const dates = new Set(of('date').map((d) => d.normalized));
      expect(dates).toContain('2019-03-03');
      expect(dates).toContain('2018');
    });

    it('the case export has exactly one person, the full name, and no "He", given or family name alone', () => {
      expect(people.map((p) => p.name)).toEqual([FULL]);
      for (const name of ['He', 'he', GIVEN, FAMILY, `${FAMILY} ${GIVEN}`])
        expect(people.map((p) => p.name)).not.toContain(name);
    });
  },
);
