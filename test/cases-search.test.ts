// Words hyphenated across a line break, through the real CLI and API: the shared real-world case
// case14 (../../shared/cases/case14-hyphenated-search/expected.md) and invented pages in other
// languages. Search runs against the real Meilisearch the CLI starts; citations against `casefile serve`.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../search/query.js';
import { tempDir } from './backends.js';
import { runCli, startServe, type RunningServer } from './cli.js';
import { expectedPerson } from './expected.js';

const CASE = path.resolve(import.meta.dirname, '../../shared/cases/case14-hyphenated-search');
const present = fs.existsSync(path.join(CASE, 'resolution.txt'));
// The person expected.md names on the page.
const PERSON = present ? expectedPerson(CASE) : '';

// Invented pages: a word split at a line end in Polish, English and Ukrainian; compounds whose hyphen
// falls at a line end; places named in another language than the query's.
const OWN: Record<string, string> = {
  'notatka-pl.txt':
    'Prokuratura przekazała wniosek o ekstra-\ndycję obywatela do sądu.\nSędzia Beata Kowalczyk-\nZawada wyznaczyła termin.\n',
  'minutes-en.txt':
    'The court heard the wit-\nness on 3 May 2021. She had travelled to Fontenay-\nsous-Bois and then to Ivano-\nFrankivsk.\n',
  'dovidka-uk.txt':
    'Громадянин прибув до м. Істаравш-\nан 5 травня 2020 року з метою пра-\nцевлаштування.\n',
  'note-pl-places.txt': 'Świadek przyleciał z Krakowa do Lublina.\n',
};

describe('search and citation across line-end hyphenation', () => {
  let work: string;
  let env: Record<string, string>;
  let server: RunningServer | undefined;
  let token = '';

  async function search(...args: string[]): Promise<SearchResponse> {
    const run = await runCli(['search', '--json', '--limit', '50', ...args], env);
    expect(run.stderr, run.stderr).toBe('');
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout) as SearchResponse;
  }
  const pagesOf = async (...q: string[]) =>
    (await search(...q)).hits.map((h) => `${h.filename}#${h.page}`);

  beforeAll(async () => {
    work = tempDir('casefile-cases-search-');
    const input = path.join(work, 'input');
    fs.mkdirSync(input);
    if (present)
      fs.copyFileSync(path.join(CASE, 'resolution.txt'), path.join(input, 'resolution.txt'));
    for (const [name, text] of Object.entries(OWN)) fs.writeFileSync(path.join(input, name), text);
    env = { CASEFILE_DATA: path.join(work, 'data') };
    const run = await runCli(['ingest', input], env, 600_000);
    expect(run.code, run.stdout + run.stderr).toBe(0);
  }, 900_000);

  afterAll(async () => {
    await server?.stop();
    fs.rmSync(work, { recursive: true, force: true });
  });

  const caseIt = present ? it : it.skip;
  const skipped = present ? '' : ` (skipped: ${CASE} is absent)`;

  caseIt(
    `case14: экстрадиции, extradition, Душанбе and Dushanbe find resolution.txt page 1${skipped}`,
    async () => {
      for (const q of ['экстрадиции', 'extradition', 'Душанбе', 'Dushanbe'])
        expect(await pagesOf(q), q).toContain('resolution.txt#1');
    },
  );

  caseIt(
    `case14: the page's entities: Dushanbe for Душан-⏎бе, 2018-03-12, ${PERSON}${skipped}`,
    async () => {
      const hit = (await search('Dushanbe')).hits.find((h) => h.filename === 'resolution.txt')!;
      expect(hit.places).toContain('Dushanbe');
      expect(hit.persons).toContain(PERSON);
      expect(hit.dates).toContain('2018-03-12');
      // The snippet shows the word whole, marked.
      expect(hit.snippet.some((s) => s.match && s.text === 'Душанбе')).toBe(true);
    },
  );

  caseIt(
    `case14: the quote across the hyphenated line end is verified exact through the API${skipped}`,
    async () => {
      const hit = (await search('Dushanbe')).hits.find((h) => h.filename === 'resolution.txt')!;
      expect(hit).toBeDefined();
      server = await startServe(env);
      try {
        token = /API token: (\S+)/.exec(server.output())![1]!;
        const res = await fetch(`${server.base}/api/citations/verify`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            sha256: hit.sha256,
            page: 1,
            quote: 'выехал в г. Душанбе 12 марта 2018 года',
          }),
        });
        expect(res.status).toBe(200);
        expect(await res.json()).toMatchObject({ found: true, match: 'exact' });
      } finally {
        await server.stop();
        server = undefined;
      }
    },
    120_000,
  );

  it('finds words split at a line end in Polish, English and Ukrainian', async () => {
    expect(await pagesOf('ekstradycję')).toContain('notatka-pl.txt#1');
    expect(await pagesOf('witness')).toContain('minutes-en.txt#1');
    expect(await pagesOf('працевлаштування')).toContain('dovidka-uk.txt#1');
  });

  it('keeps compounds whose hyphen falls at a line end: each part still finds the page', async () => {
    expect(await pagesOf('Zawada')).toContain('notatka-pl.txt#1');
    expect(await pagesOf('Frankivsk')).toContain('minutes-en.txt#1');
    const pl = (await search('Zawada')).hits.find((h) => h.filename === 'notatka-pl.txt')!;
    expect(pl.persons).toContain('Beata Kowalczyk-Zawada');
  });

  it('finds a page by the places extracted on it, in another script or language', async () => {
    expect(await pagesOf('Istaravshan')).toContain('dovidka-uk.txt#1');
    expect(await pagesOf('Kraków')).toContain('note-pl-places.txt#1');
    expect(await pagesOf('Краков')).toContain('note-pl-places.txt#1');
    expect(await pagesOf('Lublin')).toContain('note-pl-places.txt#1');
  });
});
