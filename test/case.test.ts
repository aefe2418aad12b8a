// People, claims and contradictions through the real CLI and API, on both backends: a small case in
// four languages (fixtures.ts) is ingested, clustered and exported; an editor's split survives a re-run.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, tempDir } from './backends.js';
import { runCli } from './cli.js';
import { CASE_FILES, writeFiles } from './fixtures.js';
import type { CaseExport } from '../case/export.js';

const list = await backends();

describe.each(list)('people, claims and contradictions on $name', (backend) => {
  let env: Record<string, string | undefined>;
  let cleanup: () => Promise<void>;
  let work: string;

  const exportCase = async (...flags: string[]): Promise<CaseExport> => {
    const out = path.join(work, 'case.json');
    const run = await runCli(['export', '--case', ...flags, '--out', out], env);
    expect(run.code).toBe(0);
    return JSON.parse(fs.readFileSync(out, 'utf8')) as CaseExport;
  };

  beforeAll(async () => {
    const created = await backend.create();
    cleanup = created.cleanup;
    env = {
      CASEFILE_DATA: created.dataDir,
      DATABASE_URL: created.databaseUrl,
      CASEFILE_SEARCH: 'off',
    };
    work = tempDir('casefile-case-');
    writeFiles(path.join(work, 'in'), CASE_FILES);
    const run = await runCli(['ingest', path.join(work, 'in')], env);
    expect(run.code).toBe(0);
  });
  afterAll(async () => {
    await cleanup?.();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('groups the spellings of one woman across three scripts, and keeps her sister apart', async () => {
    const c = await exportCase();
    const gulnoz = c.people.find((p) => p.name === 'Gulnoz Tursunova');
    expect(gulnoz?.variants).toEqual(
      expect.arrayContaining([
        'Турсуновой Гулноз Давроновны',
        'Турсунова Гулноз Давронівна',
        'Gulnoz Tursunowej',
        'Gulnoz Tursunova',
      ]),
    );
    expect(gulnoz?.documents).toEqual([
      'a-indictment.txt',
      'b-border-record.txt',
      'c-court.txt',
      'd-interview.txt',
    ]);
    const shahnoz = c.people.find((p) => p.name === 'Shahnoz Tursunova');
    expect(shahnoz?.id).not.toBe(gulnoz?.id);
    expect(shahnoz?.variants).not.toContain('Gulnoz Tursunova');
  });

  it('reads each claim with its stance and sentence, and flags the allegation the record contradicts', async () => {
    const c = await exportCase();
    const gulnoz = c.people.find((p) => p.name === 'Gulnoz Tursunova')!;
    const mine = c.claims.filter((x) => x.person === gulnoz.id);
    expect(mine.map((x) => [x.place, x.from, x.to, x.stance, x.filename])).toEqual([
      ['Ukraine', '2017-02-03', '2018-09-09', 'documented', 'b-border-record.txt'],
      ['Kharkiv', '2017-03-21', '2017-03-21', 'documented', 'c-court.txt'],
      ['Istanbul', '2017-04-11', '2017-04-11', 'alleged', 'a-indictment.txt'],
    ]);
    expect(mine[1]?.quote).toContain('zawarła ona w Charkowie');
    expect(mine[2]?.quote).toContain('11 апреля 2017 года Турсунова Г. Д. вылетела');
    expect(c.contradictions).toHaveLength(1);
    const [a, b] = c.contradictions[0]!.claims.map((i) => c.claims[i]!);
    expect([a?.place, b?.place]).toEqual(['Istanbul', 'Ukraine']);
    expect(c.contradictions[0]?.why).toMatch(/Istanbul and Ukraine are far apart/);
    // The court's sentence is about her ("zawarła ona … z Bachromem"): the partner named after "with" is not its subject.
    const all = await exportCase('--all-claims');
    expect(
      all.claims
        .filter((x) => x.place === 'Kharkiv')
        .map((x) => all.people.find((p) => p.id === x.person)?.name),
    ).toEqual(['Gulnoz Tursunova']);
  });

  it('exports a mention by initials under the full name of the person it was found to be', async () => {
    const out = path.join(work, 'export.jsonl');
    expect((await runCli(['export', '--out', out], env)).code).toBe(0);
    const docs = fs
      .readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            filename: string;
            entities: Array<{ type: string; text: string; normalized: string; person?: string }>;
          },
      );
    const father = docs
      .find((d) => d.filename === 'a-indictment.txt')!
      .entities.find((e) => e.text === 'Турсунова Д. Х.');
    expect(father).toMatchObject({ normalized: 'Davron Tursunov', person: expect.any(String) });
    const interview = docs
      .find((d) => d.filename === 'd-interview.txt')!
      .entities.find((e) => e.text === 'Davron Tursunov');
    expect(interview?.person).toBe(father?.person);
    // Every mention of one person carries that person's one name, whatever its script or case form.
    const names = new Map<string, Set<string>>();
    for (const e of docs.flatMap((d) => d.entities))
      if (e.type === 'person' && e.person)
        names.set(e.person, (names.get(e.person) ?? new Set()).add(e.normalized));
    for (const [person, spellings] of names) expect([person, spellings.size]).toEqual([person, 1]);
  });

  it("keeps an editor's split across a re-run of extraction", async () => {
    const before = await exportCase();
    const gulnoz = before.people.find((p) => p.name === 'Gulnoz Tursunova')!;
    const split = await runCli(['people', 'split', gulnoz.id, 'Gulnoz Tursunowej'], env);
    expect(split.code).toBe(0);
    const rerun = await runCli(['extract'], env);
    expect(rerun.code).toBe(0);
    const after = await exportCase();
    const main = after.people.find((p) => p.variants.includes('Турсуновой Гулноз Давроновны'))!;
    expect(main.variants).not.toContain('Gulnoz Tursunowej');
    expect(after.people.find((p) => p.variants.includes('Gulnoz Tursunowej'))?.id).not.toBe(
      main.id,
    );
  });
});
