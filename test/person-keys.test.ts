// Person keys through the real server: they appear in URLs, the API and exports, so they must tell
// nothing. Two collections each name a man of one name with a different birth date (namesakes, two
// people); one collection also names a woman the other may not know of. A reader of one collection
// sees keys that spell no name and carry no namesake number, cannot tell a person of the other
// collection from one that does not exist, and keeps the same keys when the archive is read again.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../core/config.js';
import { withBirthDates } from '../case/birth-dates.js';
import { clusterPeople } from '../ingest/people/cluster.js';
import { hasOldPersonKeys } from '../ingest/people/stage.js';
import { openArchive } from '../store/archive.js';
import { rebuildPeopleWith } from '../store/people.js';
import { runCli, type RunningServer } from './cli.js';
import { servedArchive, writeFiles, type Credentials } from './fixtures.js';

// Invented people and words.
const FILES = {
  alder: {
    'alder-register.txt':
      'REGISTER OF ARRIVALS\nHolder: Peter Brenneland\nDate of birth: 4 May 1971\nIssued 9 March 2021. On 3 March 2021 Peter Brenneland arrived in Bruges.\n',
    // Two namesakes in alder (an identity conflict its readers see); one of them birch spells otherwise.
    'alder-memo.txt': 'MEMO\nPeter Brenneland left Bruges on 5 March 2021.\n',
    'alder-census.txt':
      'CENSUS\nHolder: Marek Oldenkamp\nDate of birth: 2 June 1960\nIssued 9 March 2021.\n',
    'alder-roll.txt':
      'ROLL\nHolder: Marek Oldenkamp\nDate of birth: 9 July 1977\nIssued 9 March 2021.\n',
  },
  birch: {
    'birch-register.txt':
      'REGISTER OF DEPARTURES\nHolder: Peter Brenneland\nDate of birth: 17 October 1985\nIssued 2 April 2021. On 1 April 2021 Clara Vandersloot met Peter Brenneland in Utrecht.\n',
    'birch-list-1.txt':
      'LIST ONE\nHolder: Marik Oldenkamp\nDate of birth: 2 June 1960\nIssued 2 April 2021.\n',
    'birch-list-2.txt':
      'LIST TWO\nHolder: Marik Oldenkamp\nDate of birth: 2 June 1960\nIssued 2 April 2021.\n',
  },
};
/** What of birch must never reach a reader of alder: its words, its namesake's birth date, its people. */
const BIRCH = /birch|utrecht|vandersloot|1985|departures|marik/i;
/** Consonant skeletons of the names' words (what keys were once made of). */
const SKELETONS = /brnnlnd|vndrslt|ldnkmp|ptr|clr|mrk/;

describe('person keys tell nothing across collections, over HTTP', () => {
  const served = servedArchive('casefile-person-keys-');
  const { work, env } = served;
  let server: RunningServer;
  const creds: Record<string, Credentials> = {};
  /** key → name, as the operator lists them on the database before the server starts. */
  let before = new Map<string, string>();

  const call = (p: string, who: string) =>
    fetch(server.base + p, { headers: { authorization: `Bearer ${creds[who]!.token}` } });
  const listed = async () => {
    const run = await runCli(['people', 'list'], env);
    expect(run.code, run.stderr).toBe(0);
    return new Map(
      run.stdout
        .trim()
        .split('\n')
        .map((l) => l.split('\t'))
        .map(([key, name]) => [key!, name!] as const),
    );
  };

  beforeAll(async () => {
    for (const desk of ['alder', 'birch'] as const) {
      writeFiles(path.join(work, desk), FILES[desk]);
      expect(
        (await runCli(['ingest', path.join(work, desk), '--collection', desk], env)).code,
      ).toBe(0);
    }
    before = await listed();
    for (const [name, role] of [
      ['root-ada', 'admin'],
      ['ivo-alder', 'investigator'],
    ] as const)
      creds[name] = await served.addUser(name, role);
    expect(
      (
        await runCli(
          ['collection', 'grant', 'alder', '--user', 'ivo-alder', '--level', 'read'],
          env,
        )
      ).code,
    ).toBe(0);
  }, 300_000);

  it('gives the two namesakes two people whose keys spell no name and number no namesake', () => {
    const brennelands = [...before].filter(([, name]) => /Brenneland/.test(name));
    expect(brennelands).toHaveLength(2);
    expect(before.size).toBeGreaterThanOrEqual(3);
    for (const key of before.keys()) {
      expect(key).not.toMatch(SKELETONS);
      expect(key).not.toMatch(/-\d+$/);
      // Long enough that nobody finds one by trying.
      expect(key.length).toBeGreaterThanOrEqual(20);
    }
  });

  it('keeps every key when the archive is read again (new mentions, same people)', async () => {
    const run = await runCli(['extract'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(await listed()).toEqual(before);
  }, 180_000);

  it('shows a reader only keys of people they may read, and a person of another collection as one that does not exist', async () => {
    server = await served.start();
    const keyOf = (re: RegExp) => [...before].filter(([, n]) => re.test(n)).map(([k]) => k);
    const found = (await (await call('/api/people?q=Brenneland', 'ivo-alder')).json()) as {
      people: Array<{ key: string; documents: number; mentions: number }>;
    };
    expect(found.people).toHaveLength(1);
    const own = found.people[0]!;
    expect(own.documents).toBe(2);
    const [namesake] = keyOf(/Brenneland/).filter((k) => k !== own.key);
    const [clara] = keyOf(/Vandersloot/);
    expect(namesake).toBeDefined();
    expect(clara).toBeDefined();

    // The own person's page, API and exports: nothing of birch, no key of birch's people; nor the
    // page of a person birch names too, whose identity conflict alder's readers see.
    const oldenkamps = (
      (await (await call('/api/people?q=Oldenkamp', 'ivo-alder')).json()) as {
        people: Array<{ key: string; name: string }>;
      }
    ).people;
    expect(oldenkamps.map((p) => p.name)).toEqual(['Marek Oldenkamp', 'Marek Oldenkamp']);
    const conflictPages = oldenkamps.map((p) => `/people/${p.key}`);
    // The list is in the order of what the reader reads (mentions), not of what the archive holds.
    const listed = (
      (await (await call('/api/people', 'ivo-alder')).json()) as {
        people: Array<{ name: string; mentions: number }>;
      }
    ).people;
    expect(listed.map((p) => p.mentions)).toEqual(
      listed.map((p) => p.mentions).sort((a, b) => b - a),
    );
    expect(listed[0]).toMatchObject({ name: 'Peter Brenneland', mentions: 3 });
    for (const p of conflictPages)
      expect(await (await call(p, 'root-ada')).text()).toMatch(/Marik/);
    const seen: string[] = [];
    for (const p of [
      `/api/people/${own.key}`,
      `/people/${own.key}`,
      '/api/people',
      '/people',
      '/api/search?q=Brenneland',
      '/?q=Brenneland',
      '/api/export/documents.jsonl',
      '/api/export/case.json?all=1',
      ...conflictPages,
    ]) {
      const res = await call(p, 'ivo-alder');
      expect(res.status, p).toBe(200);
      const body = await res.text();
      seen.push(body);
      expect(body, p).not.toMatch(BIRCH);
      expect(body, p).not.toContain(namesake);
      expect(body, p).not.toContain(clara);
    }
    // The JSONL export names the person by the key of the page.
    expect(seen[6]).toContain(own.key);

    // A person of birch, one that never existed, and a key in the old spelled-out form: all alike.
    const answers = async (p: (key: string) => string) =>
      Promise.all(
        [namesake!, clara!, '0'.repeat(own.key.length), 'brnnlnd-ptr-2', 'vndrslt-clr'].map(
          async (key) => {
            const res = await call(p(key), 'ivo-alder');
            return `${res.status} ${(await res.text()).replaceAll(key, 'KEY')}`;
          },
        ),
      );
    for (const route of [(k: string) => `/api/people/${k}`, (k: string) => `/people/${k}`]) {
      const [first, ...rest] = await answers(route);
      expect(first).toMatch(/^404 /);
      for (const r of rest) expect(r).toBe(first);
    }
    // The admin reads both namesakes.
    for (const key of [namesake!, clara!, own.key])
      expect((await call(`/api/people/${key}`, 'root-ada')).status).toBe(200);
  }, 180_000);

  it('gives the people of an archive from before opaque keys new ones when the server starts', async () => {
    await server.stop();
    // Keys as they were once made: of the name's consonants, a namesake numbered.
    const archive = await openArchive(loadConfig({ data: served.data }));
    try {
      await rebuildPeopleWith(archive.db, (rows, decisions) =>
        clusterPeople(withBirthDates(rows), decisions).map(({ spellings, ...c }, n) => ({
          ...c,
          key: `brnnlnd-ptr${n ? `-${n + 1}` : ''}`,
          nameKeys: spellings.join(' '),
        })),
      );
      expect(await hasOldPersonKeys(archive.db)).toBe(true);
    } finally {
      await archive.close();
    }
    server = await served.start();
    let keys: string[] = [];
    // The people stage runs when the workers start; the list answers the old keys until it is done.
    do {
      const found = (await (await call('/api/people', 'root-ada')).json()) as {
        people: Array<{ key: string }>;
      };
      keys = found.people.map((p) => p.key);
      if (keys.some((k) => k.startsWith('brnnlnd'))) await new Promise((r) => setTimeout(r, 200));
    } while (keys.some((k) => k.startsWith('brnnlnd')));
    expect(keys).toHaveLength(before.size);
    for (const key of keys) expect(key).not.toMatch(SKELETONS);
  }, 180_000);
});
