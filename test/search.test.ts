// Search through the real CLI against a real Meilisearch process, started the way users start it
// (the pinned binary, a managed process on 127.0.0.1): spellings and scripts, filters, facets,
// highlights, and the index rebuilt after it was deleted.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../core/config.js';
import { INDEX_UID, PAGE_FORMAT, type PageDoc } from '../search/pages-index.js';
import type { SearchResponse } from '../search/query.js';
import { startSearch } from '../search/service.js';
import { openArchive } from '../store/archive.js';
import { tempDir } from './backends.js';
import { runCli } from './cli.js';
import { nameKey, latinize } from '../core/names/keys.js';
import { corpusFile, corpusFiles, goldPerson } from './fixtures.js';

// Corpus files by number: the charge, the Polish court, the border certificate, a passport photo, a
// letter, an asylum interview and the news on the court's ruling.
const [CHARGE, COURT, BORDER, PASSPORT, LETTER, INTERVIEW, NEWS] = [
  '02-',
  '04-',
  '05-',
  '07-',
  '10-',
  '11-',
  '12-',
].map(corpusFile) as [string, string, string, string, string, string, string];
const FILES = [CHARGE, COURT, BORDER, PASSPORT, LETTER, INTERVIEW, NEWS];
// The woman the court's decision is about: the gold person with a Polish genitive spelling (-owej).
const PERSON = goldPerson((v) => /owej$/.test(v)).canonical;
const FAMILY = PERSON.split(' ').at(-1)!;
// The name key of a marked snippet segment, punctuation around it dropped.
const keyOf = (t: string) => nameKey(t.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));

describe('search across scripts and spellings', () => {
  let work: string;
  let env: Record<string, string>;

  async function search(...args: string[]): Promise<SearchResponse> {
    const run = await runCli(['search', '--json', '--limit', '50', ...args], env);
    expect(run.stderr, run.stderr).toBe('');
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout) as SearchResponse;
  }
  const files = (r: SearchResponse) => [...new Set(r.hits.map((h) => h.filename))].sort();

  beforeAll(async () => {
    work = tempDir('casefile-search-');
    const input = path.join(work, 'input');
    fs.mkdirSync(input);
    for (const f of FILES) fs.copyFileSync(path.join(corpusFiles, f), path.join(input, f));
    // Spellings the dev corpus lacks: Russian Киеве and Polish Kijowie, Ibrochimowa, Duszanbe.
    fs.writeFileSync(
      path.join(input, 'note-ru.txt'),
      'Встреча состоялась в Киеве 5 мая 2019 года.\n',
    );
    fs.writeFileSync(
      path.join(input, 'note-pl.txt'),
      'Notatka: Shahnoz Ibrochimowa przyjechała z Duszanbe do Kijowa 12 czerwca 2019 r.\n',
    );
    env = { CASEFILE_DATA: path.join(work, 'data') };
    const run = await runCli(['ingest', input], env, 600_000);
    expect(run.code, run.stdout + run.stderr).toBe(0);
  }, 900_000);

  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('finds Иброхимова, Ibragimova, its capitals and Ibrochimowa for Ibrohimova', async () => {
    const r = await search('Ibrohimova');
    const KEY = nameKey('Ibrohimova');
    expect(files(r)).toEqual(
      expect.arrayContaining([CHARGE, COURT, PASSPORT, NEWS, 'note-pl.txt']),
    );
    const charge = r.hits.filter((h) => h.filename === CHARGE);
    expect(
      charge
        .flatMap((h) => h.snippet.filter((s) => s.match).map((s) => s.text))
        .some(
          (t) => /\p{Script=Cyrillic}/u.test(t) && latinize(t).includes('g') && keyOf(t) === KEY,
        ),
    ).toBe(true);
    expect(
      r.hits
        .find((h) => h.filename === PASSPORT)!
        .snippet.some((s) => s.match && s.text === s.text.toUpperCase() && keyOf(s.text) === KEY),
    ).toBe(true);
  });

  it('finds Dushanbe and Duszanbe for Душанбе, and Киев, Київ and Kijów for Kyiv', async () => {
    expect(files(await search('Душанбе'))).toEqual(
      expect.arrayContaining([LETTER, INTERVIEW, NEWS, 'note-pl.txt']),
    );
    expect(files(await search('Kyiv'))).toEqual(
      expect.arrayContaining([BORDER, 'note-ru.txt', 'note-pl.txt']),
    );
  });

  it('filters by person, place and date range, and counts facets', async () => {
    const r = await search('--person', PERSON, '--from', '2019-05', '--to', '2019-05', 'Przemyśl');
    expect(r.hits.length).toBeGreaterThan(0);
    for (const h of r.hits) {
      expect(h.persons).toContain(PERSON);
      expect(h.dates.some((d) => d.startsWith('2019-05'))).toBe(true);
    }
    const all = await search(FAMILY);
    expect(all.facets.persons?.[PERSON]).toBeGreaterThan(1);
    expect(Object.keys(all.facets.years ?? {})).toEqual(expect.arrayContaining(['2018', '2019']));
    expect((await search('Dushanbe')).facets.kind).toMatchObject({
      pdf: expect.any(Number),
      text: expect.any(Number),
    });
    const places = await search('--place', 'Kharkiv', FAMILY);
    for (const h of places.hits) expect(h.places).toContain('Kharkiv');
  });

  it('highlights matches as plain-text segments, never markup', async () => {
    const r = await search('Medyka');
    expect(r.hits.length).toBeGreaterThan(0);
    for (const h of r.hits) {
      expect(h.snippet.some((s) => s.match && /^Medy(ka|ce)$/.test(s.text))).toBe(true);
      expect(h.snippet.map((s) => s.text).join('')).not.toMatch(/<\/?mark>|<em>/);
    }
  });

  // Four processes one after another (start, repair, reindex, search): 54 s on a loaded machine.
  it('rebuilds a deleted index at start, and with casefile reindex', async () => {
    const before = await search('Ibrohimova');
    const archive = await openArchive(loadConfig({ data: env.CASEFILE_DATA }));
    const service = await startSearch(archive.config.dataDir, archive.db);
    const task = await service.meili.deleteIndex(INDEX_UID);
    await service.meili.tasks.waitForTask(task.taskUid);
    await service.stop();
    await archive.close();

    const repaired = await search('Ibrohimova');
    expect(repaired.total).toBe(before.total);

    const reindex = await runCli(['reindex'], env);
    expect(reindex.code).toBe(0);
    expect(reindex.stderr).toMatch(/indexed \d+ pages/);
    expect((await search('Ibrohimova')).total).toBe(before.total);
  }, 180_000);

  it('rebuilds at start an index holding pages of an older format', async () => {
    const before = await search('Ibrohimova');
    const archive = await openArchive(loadConfig({ data: env.CASEFILE_DATA }));
    let service = await startSearch(archive.config.dataDir, archive.db);
    const index = service.meili.index<PageDoc>(INDEX_UID);
    // One page as an older release indexed it: its whole text, no format.
    const [old] = (await index.getDocuments({ limit: 1 })).results;
    const { format: _format, ...older } = old!;
    const task = await service.meili.index(INDEX_UID).addDocuments([older]);
    await service.meili.tasks.waitForTask(task.taskUid);
    await service.stop();
    // Starting again finds the older page and rebuilds: every page has this format.
    service = await startSearch(archive.config.dataDir, archive.db);
    const stale = await service.meili
      .index(INDEX_UID)
      .search('', { filter: `format != ${PAGE_FORMAT} OR format NOT EXISTS`, limit: 0 });
    await service.stop();
    await archive.close();
    expect(stale.estimatedTotalHits).toBe(0);
    expect((await search('Ibrohimova')).total).toBe(before.total);
  }, 180_000);
});
