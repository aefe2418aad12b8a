// Archives of several desks' documents, each desk's files in a collection of its name, with the
// people routes over them called as users: shared by the tests of people under access by collection.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { PEOPLE_ROUTES } from '../api/people.js';
import { ingestPaths } from '../cli/ingest.js';
import { loadConfig } from '../core/config.js';
import type { AppContext } from '../http/context.js';
import { createApp } from '../server/app.js';
import { grantCollection, userIdByName } from '../store/access.js';
import { addUser } from '../store/accounts.js';
import { openArchive, type Archive } from '../store/archive.js';
import { tempDir, type Backend } from './backends.js';
import { writeFiles } from './fixtures.js';

/**
 * An archive on `backend` holding each desk's files (file name → text), ingested into the collection
 * named after the desk; every file must be read. Its cleanup is pushed on `cleanups`.
 */
export async function deskArchive(
  backend: Backend,
  files: Record<string, Record<string, Buffer | string>>,
  desks: string[],
  cleanups: Array<() => Promise<void>>,
): Promise<Archive> {
  const created = await backend.create();
  const archive = await openArchive({
    ...loadConfig({ data: created.dataDir }),
    databaseUrl: created.databaseUrl,
    search: false,
  });
  cleanups.push(async () => {
    await archive.close();
    await created.cleanup();
  });
  const work = tempDir('casefile-desks-');
  for (const desk of desks) {
    const dir = path.join(work, desk);
    fs.mkdirSync(dir);
    writeFiles(dir, files[desk] ?? {});
    const results = await ingestPaths(archive, [dir], { json: true, collection: desk });
    expect(results.map((r) => r.status)).toEqual(results.map(() => 'done'));
  }
  fs.rmSync(work, { recursive: true, force: true });
  return archive;
}

/** Investigators by name, each granted read on the desks listed: their API tokens by name. */
export async function deskReaders(
  archive: Archive,
  grants: Record<string, string[]>,
): Promise<Record<string, string>> {
  const tokens: Record<string, string> = {};
  for (const [name, desks] of Object.entries(grants)) {
    tokens[name] = (await addUser(archive.db, name, 'investigator')).token;
    const userId = (await userIdByName(archive.db, name))!;
    for (const desk of desks) await grantCollection(archive.db, desk, { userId }, 'read');
  }
  return tokens;
}

/** A person as `/api/people` lists them. */
type Listed = { key: string; name: string; variants: string[]; documents: number };

/**
 * The people routes over `archive` in process, called as the user of `tokens[who]`: a GET, or a POST
 * of `body` as JSON (a redirect's target in `location`). `people(who)` lists the people that user sees, sorted by name.
 */
export function peopleApi(archive: Archive, tokens: Record<string, string>) {
  const ctx: AppContext = {
    archive,
    search: {} as AppContext['search'],
    ready: () => true,
    publicUrl: 'http://localhost',
  };
  const app = createApp(ctx, PEOPLE_ROUTES);
  const call = async (who: string, p: string, body?: unknown) => {
    const res = await app.request(`http://localhost${p}`, {
      ...(body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) }),
      headers: {
        authorization: `Bearer ${tokens[who]}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
    });
    const text = await res.text();
    const location = res.headers.get('location');
    return {
      status: res.status,
      ...(location ? { location } : {}),
      body: (text ? JSON.parse(text) : {}) as Record<string, unknown>,
    } as { status: number; location?: string; body: Record<string, unknown> };
  };
  const people = async (who: string) =>
    ((await call(who, '/api/people')).body.people as Listed[]).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
  return { call, people };
}
