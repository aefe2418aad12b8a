// The API over real HTTP against `casefile serve`: health, authentication, every route refused or
// allowed per role (generated from the route table, so a new route cannot be forgotten), search.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../api/app.js';
import { allowed } from '../api/permissions.js';
import { ROLES, type Role } from '../schema/tables.js';
import type { SearchResponse } from '../search/query.js';
import { tempDir } from './backends.js';
import { binPath, runCli } from './cli.js';
import { corpusFiles } from './fixtures.js';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

describe('API over HTTP', () => {
  let work: string;
  let server: ChildProcess;
  let base: string;
  const tokens = {} as Record<Role, string>;

  async function startServer(env: Record<string, string>): Promise<{ out: () => string }> {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [binPath, 'serve', '--port', String(port)], { env: { ...process.env, ...env, DATABASE_URL: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    server.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    await new Promise<void>((resolve, reject) => {
      const deadline = Date.now() + 60_000;
      const poll = setInterval(() => {
        if (out.includes('listening')) {
          clearInterval(poll);
          resolve();
        } else if (Date.now() > deadline || server.exitCode !== null) {
          clearInterval(poll);
          reject(new Error(`server did not start: ${out}`));
        }
      }, 100);
    });
    return { out: () => out };
  }

  async function stopServer(): Promise<void> {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      await exited;
    }
  }

  beforeAll(async () => {
    work = tempDir('casefile-api-');
    const env = { CASEFILE_DATA: path.join(work, 'data') };
    // The first start with no users creates an admin and prints its credentials once.
    const first = await startServer(env);
    tokens.admin = /API token: (\S+)/.exec(first.out())![1]!;
    expect(first.out()).toMatch(/password: +\S{16,}/);
    await stopServer();

    const input = path.join(work, 'input');
    fs.mkdirSync(input);
    for (const f of ['12-news-przemysl-ruling.pdf', '02-charge-ibrohimov.pdf']) fs.copyFileSync(path.join(corpusFiles, f), path.join(input, f));
    expect((await runCli(['ingest', input], env)).code).toBe(0);
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      const run = await runCli(['user', 'add', `${role}-1`, '--role', role, '--json'], env);
      const created = JSON.parse(run.stdout) as { name: string; role: Role; token: string; password: string };
      expect(created).toMatchObject({ name: `${role}-1`, role });
      expect(created.token).toMatch(/^cf_[0-9a-f]{16}\./);
      tokens[role] = created.token;
    }
    const second = await startServer(env);
    // Users exist now: no second admin, no credentials printed.
    expect(second.out()).not.toMatch(/API token/);
  }, 300_000);

  afterAll(async () => {
    await stopServer();
    fs.rmSync(work, { recursive: true, force: true });
  });

  const call = (p: string, token?: string) => fetch(base + p, token ? { headers: { authorization: `Bearer ${token}` } } : {});

  it('answers health without a user, and sends strict security headers', async () => {
    const res = await call('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses every non-public route without a user or with a bad token (401)', async () => {
    for (const route of ROUTES.filter((r) => r.permission !== 'public' && r.method === 'GET')) {
      const p = route.path.replace(':id', '1');
      expect((await call(p)).status, p).toBe(401);
      expect((await call(p, 'cf_0000000000000000.not-a-real-token-at-all')).status, p).toBe(401);
    }
  });

  it('allows and refuses each route for each role as the permission table says (403)', async () => {
    for (const route of ROUTES.filter((r) => r.permission !== 'public' && r.method === 'GET')) {
      for (const role of ROLES) {
        const res = await call(route.path.replace(':id', '1') + (route.path === '/api/search' ? '?q=x' : ''), tokens[role]);
        if (allowed(role, route.permission)) expect(res.status, `${role} ${route.path}`).not.toBe(403);
        else expect(res.status, `${role} ${route.path}`).toBe(403);
      }
    }
  });

  it('searches across spellings over HTTP and reports documents', async () => {
    const res = await call('/api/search?q=Ibrohimova&limit=5', tokens.editor);
    expect(res.status).toBe(200);
    const body = (await res.json()) as SearchResponse;
    expect(body.hits.map((h) => h.filename)).toEqual(expect.arrayContaining(['02-charge-ibrohimov.pdf', '12-news-przemysl-ruling.pdf']));
    expect((await call('/api/search?q=x&from=yesterday', tokens.editor)).status).toBe(400);
    const doc = await (await call(`/api/documents/${body.hits[0]!.documentId}`, tokens.investigator)).json();
    expect(doc).toMatchObject({ status: 'done', filename: body.hits[0]!.filename });
    expect((await call('/api/documents/999999', tokens.investigator)).status).toBe(404);
  });
});
