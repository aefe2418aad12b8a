// An upload refused must not tell whether the collection exists: for a user who may not upload into
// it, a collection that holds documents, one they may only read, and a name nobody has used are all
// answered alike (status and body), and nothing is stored or opened.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './backends.js';
import { runCli, startServe, type RunningServer } from './cli.js';
import { writeFiles } from './fixtures.js';

describe('upload refusals', () => {
  const work = tempDir('casefile-upload-refusal-');
  const env = { CASEFILE_DATA: path.join(work, 'data') };
  let server: RunningServer;
  const tokens: Record<string, string> = {};

  const upload = (who: string, collection: string) => {
    const body = new FormData();
    body.append('file', new Blob([`A plover desk note for ${collection}.`]), 'plover-note.txt');
    return fetch(`${server.base}/api/documents?collection=${encodeURIComponent(collection)}`, {
      method: 'POST',
      body,
      headers: { authorization: `Bearer ${tokens[who]}` },
    });
  };
  const answer = async (res: Response) => ({ status: res.status, body: await res.text() });

  beforeAll(async () => {
    writeFiles(path.join(work, 'lapwing'), {
      'lapwing-memo.txt': 'Lapwing desk memo, 2 May 2020.\n',
    });
    writeFiles(path.join(work, 'plover'), { 'plover-memo.txt': 'Plover desk memo, 3 May 2020.\n' });
    expect(
      (await runCli(['ingest', path.join(work, 'lapwing'), '--collection', 'lapwing'], env)).code,
    ).toBe(0);
    expect(
      (await runCli(['ingest', path.join(work, 'plover'), '--collection', 'plover'], env)).code,
    ).toBe(0);
    for (const [name, role] of <Array<[string, string]>>[
      ['root-odile', 'admin'],
      ['ivo-tarrant', 'investigator'],
      ['fay-orrin', 'fact-checker'],
    ])
      tokens[name] = (
        JSON.parse((await runCli(['user', 'add', name, '--role', role, '--json'], env)).stdout) as {
          token: string;
        }
      ).token;
    // The investigator may read plover, but upload nowhere named; a grant to nobody opens "tern".
    for (const args of [
      ['collection', 'grant', 'plover', '--user', 'ivo-tarrant', '--level', 'read'],
      ['collection', 'grant', 'plover', '--user', 'fay-orrin', '--level', 'read'],
    ])
      expect((await runCli(args, env)).code).toBe(0);
    server = await startServe(env);
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
  });

  it('answers alike for a collection that exists and one that does not', async () => {
    const unreadable = await answer(await upload('ivo-tarrant', 'lapwing'));
    const readOnly = await answer(await upload('ivo-tarrant', 'plover'));
    const missing = await answer(await upload('ivo-tarrant', 'sandpiper-never-made'));
    expect(unreadable.status).toBe(404);
    expect(missing).toEqual(unreadable);
    expect(readOnly).toEqual(unreadable);
    expect(unreadable.body).not.toMatch(/lapwing|plover|sandpiper/i);
    // Nothing was opened or stored by the refusals.
    const collections = (await (
      await fetch(`${server.base}/api/collections`, {
        headers: { authorization: `Bearer ${tokens['ivo-tarrant']}` },
      })
    ).json()) as { collections: Array<{ name: string }> };
    expect(collections.collections.map((c) => c.name)).not.toContain('sandpiper-never-made');
    const all = (await (
      await fetch(`${server.base}/api/documents`, {
        headers: { authorization: `Bearer ${tokens['root-odile']}` },
      })
    ).json()) as { total: number };
    expect(all.total).toBe(2);
  });

  it('answers alike for a role that may not upload, whatever the collection', async () => {
    const answers = [];
    for (const collection of ['lapwing', 'plover', 'sandpiper-never-made'])
      answers.push(await answer(await upload('fay-orrin', collection)));
    expect(answers[0]!.status).toBe(403);
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it('lets an admin open a collection by uploading into it', async () => {
    expect((await upload('root-odile', 'sandpiper')).status).toBe(200);
  });
});
