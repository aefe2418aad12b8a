// API tokens through the real server and CLI: every user lists (never the secret), makes and revokes
// their own; an admin lists and revokes anyone's, over the API, the admin page and the CLI's --server
// mode; a revoked token stops working with the very next request (even one verified a moment before).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './backends.js';
import { runCli, startServe, type RunningServer } from './cli.js';

interface Listed {
  id: number;
  user: string;
  label: string | null;
  createdAt: string;
  lastUsedAt: string | null;
}

describe('API tokens', () => {
  const work = tempDir('casefile-tokens-');
  const env = { CASEFILE_DATA: path.join(work, 'data') };
  let server: RunningServer;
  const creds: Record<string, { token: string; password: string }> = {};

  const call = (p: string, token: string, init: RequestInit = {}) =>
    fetch(server.base + p, {
      ...init,
      headers: {
        authorization: `Bearer ${token}`,
        ...(init.headers as Record<string, string> | undefined),
      },
    });
  const mine = async (token: string) =>
    ((await (await call('/api/account/tokens', token)).json()) as { tokens: Listed[] }).tokens;
  const newToken = async (token: string, label: unknown) =>
    call('/api/account/tokens', token, {
      method: 'POST',
      body: JSON.stringify({ label }),
      headers: { 'content-type': 'application/json' },
    });
  async function session(name: string): Promise<string> {
    const login = await fetch(`${server.base}/login`, {
      method: 'POST',
      body: new URLSearchParams({ name, password: creds[name]!.password, next: '/' }),
      headers: { origin: server.base },
      redirect: 'manual',
    });
    expect(login.status).toBe(303);
    return /casefile_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')![1]!;
  }

  beforeAll(async () => {
    for (const [name, role] of <Array<[string, string]>>[
      ['root-maren', 'admin'],
      ['ivo-lindqvist', 'investigator'],
      ['fenna-roos', 'fact-checker'],
    ])
      creds[name] = JSON.parse(
        (await runCli(['user', 'add', name, '--role', role, '--json'], env)).stdout,
      ) as { token: string; password: string };
    server = await startServe(env);
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
  });

  it('lets a user make, list and revoke their own tokens, never showing a secret', async () => {
    const ivo = creds['ivo-lindqvist']!.token;
    expect((await newToken(ivo, '')).status).toBe(400);
    expect((await newToken(ivo, 'bad\u0001label')).status).toBe(400);
    const made = await newToken(ivo, 'laptop <script>');
    expect(made.status).toBe(201);
    const laptop = (await made.json()) as { id: number; label: string; token: string };
    expect(laptop.token).toMatch(/^cf_[0-9a-f]{16}\./);
    // The new token works, and is listed with when it was last used; no secret in the list.
    const res = await call('/api/account/tokens', laptop.token);
    expect(res.status).toBe(200);
    const text = await res.text();
    for (const secret of [laptop.token, ivo])
      for (const part of secret.slice(3).split('.')) expect(text).not.toContain(part);
    expect(text).not.toMatch(/secret|hash|lookup/i);
    const listed = (JSON.parse(text) as { tokens: Listed[] }).tokens;
    expect(listed.map((t) => t.label).sort()).toEqual(['first token', 'laptop <script>']);
    expect(listed.find((t) => t.id === laptop.id)!.lastUsedAt).not.toBeNull();
    expect(listed.every((t) => t.user === 'ivo-lindqvist')).toBe(true);
    // Browser sessions are not API tokens: not listed.
    await session('ivo-lindqvist');
    expect(await mine(ivo)).toHaveLength(2);

    // Another user's token is not theirs to revoke: 404, as one that does not exist; nor may they list all.
    const fenna = creds['fenna-roos']!.token;
    const fennaFirst = (await mine(fenna))[0]!;
    expect(
      (await call(`/api/account/tokens/${fennaFirst.id}`, ivo, { method: 'DELETE' })).status,
    ).toBe(404);
    expect((await call('/api/account/tokens/999999', ivo, { method: 'DELETE' })).status).toBe(404);
    expect((await call('/api/tokens', ivo)).status).toBe(403);
    expect((await call(`/api/tokens/${fennaFirst.id}`, ivo, { method: 'DELETE' })).status).toBe(
      403,
    );
    expect((await call('/api/account/tokens', fenna)).status).toBe(200);

    // Revoked: it stops working with the next request, though it was verified a moment ago.
    const revoked = await call(`/api/account/tokens/${laptop.id}`, ivo, { method: 'DELETE' });
    expect(await revoked.json()).toEqual({ id: laptop.id, revoked: true });
    expect((await call('/api/account/tokens', laptop.token)).status).toBe(401);
    expect((await call('/api/documents', laptop.token)).status).toBe(401);
    expect((await mine(ivo)).map((t) => t.label)).toEqual(['first token']);
    // Without authentication, nothing.
    expect((await fetch(`${server.base}/api/account/tokens`)).status).toBe(401);
  });

  it('lets an admin list and revoke anyone’s token over the API', async () => {
    const root = creds['root-maren']!.token;
    const fenna = creds['fenna-roos']!.token;
    const extra = (await (await newToken(fenna, 'desk script')).json()) as {
      id: number;
      token: string;
    };
    expect((await call('/api/documents', extra.token)).status).toBe(200);
    const all = ((await (await call('/api/tokens', root)).json()) as { tokens: Listed[] }).tokens;
    expect(new Set(all.map((t) => t.user))).toEqual(
      new Set(['root-maren', 'ivo-lindqvist', 'fenna-roos']),
    );
    expect((await call(`/api/tokens/${extra.id}`, root, { method: 'DELETE' })).status).toBe(200);
    expect((await call('/api/documents', extra.token)).status).toBe(401);
    expect((await call(`/api/tokens/${extra.id}`, root, { method: 'DELETE' })).status).toBe(404);
    expect((await call('/api/tokens/0', root, { method: 'DELETE' })).status).toBe(404);
    expect((await call('/api/tokens/abc', root, { method: 'DELETE' })).status).toBe(404);
  });

  it('keeps tokens on the account page and the admin page, behind the cross-site checks', async () => {
    const cookie = { cookie: `casefile_session=${await session('fenna-roos')}` };
    const page = await (await fetch(`${server.base}/account`, { headers: cookie })).text();
    expect(page).toContain('Your API tokens');
    expect(page).toContain('first token');
    // A form posted from another site is refused; from the page itself, the token is shown once.
    const crossSite = await fetch(`${server.base}/account/tokens`, {
      method: 'POST',
      body: new URLSearchParams({ label: 'forged' }),
      headers: { ...cookie, origin: 'http://evil.example' },
      redirect: 'manual',
    });
    expect(crossSite.status).toBe(403);
    const made = await fetch(`${server.base}/account/tokens`, {
      method: 'POST',
      body: new URLSearchParams({ label: '<b>phone</b>' }),
      headers: { ...cookie, origin: server.base },
      redirect: 'manual',
    });
    expect(made.status).toBe(200);
    const html = await made.text();
    expect(html).toContain('&lt;b&gt;phone&lt;/b&gt;');
    expect(html).not.toContain('<b>phone</b>');
    const token = /<code id="new-token">(cf_[^<]+)<\/code>/.exec(html)![1]!;
    expect((await call('/api/documents', token)).status).toBe(200);
    const id = (await mine(token)).find((t) => t.label === '<b>phone</b>')!.id;
    // Someone else's token through the account form: 404; one's own: revoked.
    const ivoFirst = (await mine(creds['ivo-lindqvist']!.token))[0]!;
    const notMine = await fetch(`${server.base}/account/tokens/${ivoFirst.id}/revoke`, {
      method: 'POST',
      headers: { ...cookie, origin: server.base },
      redirect: 'manual',
    });
    expect(notMine.status).toBe(404);
    expect((await call('/api/documents', creds['ivo-lindqvist']!.token)).status).toBe(200);
    const gone = await fetch(`${server.base}/account/tokens/${id}/revoke`, {
      method: 'POST',
      headers: { ...cookie, origin: server.base },
      redirect: 'manual',
    });
    expect(gone.status).toBe(303);
    expect((await call('/api/documents', token)).status).toBe(401);
    // The admin form: a fact-checker may not use it; an admin revokes anyone's.
    const refused = await fetch(`${server.base}/admin/tokens/${ivoFirst.id}/revoke`, {
      method: 'POST',
      headers: { ...cookie, origin: server.base },
      redirect: 'manual',
    });
    expect(refused.status).toBe(403);
    const admin = { cookie: `casefile_session=${await session('root-maren')}` };
    const adminPage = await (await fetch(`${server.base}/admin/users`, { headers: admin })).text();
    expect(adminPage).toContain(`/admin/tokens/${ivoFirst.id}/revoke`);
    const byAdmin = await fetch(`${server.base}/admin/tokens/${ivoFirst.id}/revoke`, {
      method: 'POST',
      headers: { ...admin, origin: server.base },
      redirect: 'manual',
    });
    expect(byAdmin.status).toBe(303);
    expect((await call('/api/documents', creds['ivo-lindqvist']!.token)).status).toBe(401);
  });

  it('lists and revokes tokens from the CLI, over the running server and on the database', async () => {
    const root = creds['root-maren']!.token;
    const remote = { ...env, CASEFILE_TOKEN: root };
    const fenna = creds['fenna-roos']!.token;
    const script = (await (await newToken(fenna, 'cli target')).json()) as {
      id: number;
      token: string;
    };
    const listed = await runCli(['token', 'list', '--server', server.base, '--json'], remote);
    expect(listed.code, listed.stderr).toBe(0);
    const rows = listed.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Listed);
    expect(rows.find((r) => r.id === script.id)).toMatchObject({
      user: 'fenna-roos',
      label: 'cli target',
    });
    expect(listed.stdout).not.toContain(script.token.slice(3, 19));
    const onlyFenna = await runCli(
      ['token', 'list', '--user', 'fenna-roos', '--server', server.base],
      remote,
    );
    expect(onlyFenna.stdout).toContain('cli target');
    expect(onlyFenna.stdout).not.toContain('root-maren');
    // The embedded database is held by the server: the command says to use --server.
    const held = await runCli(['token', 'list'], env);
    expect(held.code).not.toBe(0);
    expect(held.stderr).toContain('--server');
    const revoked = await runCli(
      ['token', 'revoke', String(script.id), '--server', server.base],
      remote,
    );
    expect(revoked.code, revoked.stderr).toBe(0);
    expect((await call('/api/documents', script.token)).status).toBe(401);
    const again = await runCli(
      ['token', 'revoke', String(script.id), '--server', server.base],
      remote,
    );
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('no such token');
    // On the database directly, with the server stopped.
    await server.stop();
    const local = await runCli(['token', 'list', '--user', 'root-maren', '--json'], env);
    expect(local.code, local.stderr).toBe(0);
    const rootToken = JSON.parse(local.stdout.trim().split('\n')[0]!) as Listed;
    expect(rootToken.label).toBe('first token');
    expect((await runCli(['token', 'revoke', String(rootToken.id)], env)).code).toBe(0);
    server = await startServe(env);
    expect((await call('/api/documents', root)).status).toBe(401);
  });
});
