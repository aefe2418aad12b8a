// A person's key outlives a join, over the API in process (the real ingest, routes and database:
// PGlite, and PostgreSQL when it runs). Keys stand in bookmarks and exports; when a later document
// joins two people who each had a key, the key given up answers with a redirect to the person now
// holding its mentions, for whoever may see that person, and only with what they may read. Every
// person, place and sentence here is invented.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../cli/ingest.js';
import type { AppContext } from '../http/context.js';
import { createApp } from '../server/app.js';
import type { Archive } from '../store/archive.js';
import { WEB_ROUTES } from '../web/routes.js';
import { backends, tempDir } from './backends.js';
import { deskArchive, deskReaders, peopleApi } from './desks.js';
import { writeFiles } from './fixtures.js';

// Wren writes Oswin Fairlock with his birth date; lark writes "Oswin Fairlok" (a letter off) twice
// without one: two people. A later lark card gives lark's man the same birth date, which joins them
// across the collections (a spelling a letter off, born the same day): the person with more
// mentions (lark's, three against two) keeps its key, wren's key is given up.
const FIRST: Record<'wren' | 'lark', Record<string, string>> = {
  wren: {
    'wren-register.txt':
      'Wren register.\nHolder: Oswin Fairlock\nDate of birth: 12 April 1979\nOn 2 May 2020 Oswin Fairlock arrived in Ghent.\n',
  },
  lark: {
    'lark-memo.txt': 'Lark memo. Guest Oswin Fairlok left Porto on 9 May 2020.\n',
    'lark-note.txt': 'Lark note. Oswin Fairlok arrived in Porto on 7 May 2020.\n',
    'lark-list.txt': 'Lark list. On 8 May 2020 Oswin Fairlok stayed in Porto.\n',
  },
};
const LATER = {
  'lark-card.txt': 'Lark card.\nHolder: Oswin Fairlok\nDate of birth: 12 April 1979\n',
};

const list = await backends();

describe.each(list)('person keys after a join on $name', (backend) => {
  const cleanups: Array<() => Promise<void>> = [];
  let archive: Archive;
  let api: ReturnType<typeof peopleApi>;
  let tokens: Record<string, string>;
  const keys: Record<'wren' | 'lark', string> = { wren: '', lark: '' };
  beforeAll(async () => {
    archive = await deskArchive(backend, FIRST, ['wren', 'lark'], cleanups);
    tokens = await deskReaders(archive, {
      'wil-wren': ['wren'],
      'lia-lark': ['lark'],
      'bo-both': ['wren', 'lark'],
    });
    api = peopleApi(archive, tokens);
    for (const desk of ['wren', 'lark'] as const) {
      const seen = await api.people(desk === 'wren' ? 'wil-wren' : 'lia-lark');
      expect(seen.map((p) => p.name)).toHaveLength(1);
      keys[desk] = seen[0]!.key;
    }
    const dir = tempDir('casefile-key-moves-');
    writeFiles(dir, LATER);
    const results = await ingestPaths(archive, [dir], { json: true, collection: 'lark' });
    expect(results.map((r) => r.status)).toEqual(['done']);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 300_000);
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it('joins the two once both are born the same day, under the key of the one with more mentions', async () => {
    expect(keys.wren).not.toBe(keys.lark);
    const both = await api.people('bo-both');
    expect(both).toHaveLength(1);
    expect(both[0]!.key).toBe(keys.lark);
    expect(both[0]!.documents).toBe(5);
  });

  it("sends the given-up key to the person now holding it, showing a reader only their collection's documents", async () => {
    const moved = await api.call('wil-wren', `/api/people/${keys.wren}`);
    expect(moved.status).toBe(307);
    expect(moved.location).toBe(`/api/people/${keys.lark}`);
    const now = await api.call('wil-wren', moved.location!);
    expect(now.status).toBe(200);
    const files = (now.body.documents as Array<{ filename: string }>).map((d) => d.filename);
    expect(files).toEqual(['wren-register.txt']);
    expect(JSON.stringify(now.body)).not.toMatch(/lark|Porto|Fairlok/i);
  });

  it('keeps the kept key where it was, and answers an unknown key 404', async () => {
    expect((await api.call('lia-lark', `/api/people/${keys.lark}`)).status).toBe(200);
    // A lark reader given wren's key is sent to the person they know, with nothing of wren's.
    const sent = await api.call('lia-lark', `/api/people/${keys.wren}`);
    expect(sent.location).toBe(`/api/people/${keys.lark}`);
    const seen = await api.call('lia-lark', sent.location!);
    expect(JSON.stringify(seen.body)).not.toMatch(/wren|Ghent|Fairlock/i);
    expect((await api.call('lia-lark', `/api/people/${'0'.repeat(32)}`)).status).toBe(404);
  });

  it("sends the person page of a given-up key on too, with only the reader's documents", async () => {
    const ctx = { archive, search: {}, ready: () => true, publicUrl: 'http://localhost' };
    const web = createApp(ctx as unknown as AppContext, WEB_ROUTES);
    const page = (p: string) =>
      web.request(`http://localhost${p}`, {
        headers: { authorization: `Bearer ${tokens['wil-wren']}` },
      });
    const moved = await page(`/people/${keys.wren}`);
    expect(moved.status).toBe(307);
    expect(moved.headers.get('location')).toBe(`/people/${keys.lark}`);
    const now = await page(`/people/${keys.lark}`);
    expect(now.status).toBe(200);
    const html = await now.text();
    expect(html).toContain('wren-register.txt');
    expect(html).not.toMatch(/lark-|Porto|Fairlok/i);
  });
});
