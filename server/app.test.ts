// The server's middleware, in process over a throwaway archive (PGlite): who is authenticated by what,
// which requests the cross-site checks refuse, the permission per route, schema errors, static files.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadConfig } from '../core/config.js';
import type { AppContext, Route } from '../http/context.js';
import { validJson, validQuery } from '../http/params.js';
import { addUser, login } from '../store/accounts.js';
import { openArchive, type Archive } from '../store/archive.js';
import { tempDir } from '../test/backends.js';
import { ALL_ROUTES, createApp } from './app.js';

const shape = z.object({ n: z.string().regex(/^\d+$/, { error: '"n" is a number' }) });
const ROUTES: Route[] = [
  { method: 'POST', path: '/open', permission: 'public', handler: (c) => c.json({ ok: true }) },
  {
    method: 'GET',
    path: '/api/who',
    permission: 'read',
    handler: (c) => c.json({ name: c.get('user').name, by: c.get('authBy') }),
  },
  {
    method: 'POST',
    path: '/api/change',
    permission: 'read',
    json: shape,
    handler: (c) => c.json({ n: validJson(c, shape).n }),
  },
  {
    method: 'GET',
    path: '/api/admin',
    permission: 'admin',
    query: shape,
    handler: (c) => c.json({ n: validQuery(c, shape).n }),
  },
  {
    method: 'GET',
    path: '/page',
    permission: 'admin',
    web: true,
    handler: (c) => c.html('<p>page</p>'),
  },
];

describe('the route table', () => {
  it('queues the searches (API and web page) behind the search slots, and nothing else', () => {
    expect(
      ALL_ROUTES.filter((r) => r.queued)
        .map((r) => `${r.method} ${r.path}`)
        .sort(),
    ).toEqual(['GET /', 'GET /api/search']);
  });
});

describe('server middleware', () => {
  const dir = tempDir('casefile-server-');
  let archive: Archive;
  let app: ReturnType<typeof createApp>;
  let token = '';
  let cookie = '';
  const origin = 'http://localhost';

  beforeAll(async () => {
    archive = await openArchive({
      ...loadConfig({ data: dir }),
      databaseUrl: undefined,
      search: false,
    });
    const ctx: AppContext = {
      archive,
      search: {} as AppContext['search'],
      ready: () => true,
      publicUrl: origin,
    };
    app = createApp(ctx, ROUTES);
    token = (await addUser(archive.db, 'vera', 'editor')).token;
    const made = await addUser(archive.db, 'vera-web', 'editor');
    cookie = `casefile_session=${(await login(archive.db, 'vera-web', made.password))!.session}`;
  });
  afterAll(async () => {
    await archive?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const call = (path: string, init: RequestInit = {}) => app.request(`${origin}${path}`, init);

  it('authenticates by bearer token or session cookie, and a token alone decides when one is sent', async () => {
    expect(
      await (await call('/api/who', { headers: { authorization: `Bearer ${token}` } })).json(),
    ).toEqual({ name: 'vera', by: 'bearer' });
    expect(await (await call('/api/who', { headers: { cookie } })).json()).toEqual({
      name: 'vera-web',
      by: 'cookie',
    });
    for (const headers of [
      {},
      { authorization: 'Bearer cf_0000.not-a-token' },
      { authorization: 'Bearer cf_0000.not-a-token', cookie },
      { authorization: 'Basic dmVyYQ==' },
      { cookie: 'casefile_session=nothing' },
    ] as Array<Record<string, string>>) {
      const res = await call('/api/who', { headers });
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect(await res.json()).toEqual({ error: 'authentication required' });
    }
    const page = await call('/page?x=1');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/login?next=%2Fpage%3Fx%3D1');
  });

  it('refuses cross-site changes made with the cookie (csrf and sameOrigin), never those made with a token', async () => {
    const change = (headers: Record<string, string>, body = '{"n":"1"}') =>
      call('/api/change', {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', ...headers },
      });
    expect((await change({ cookie, origin })).status).toBe(200);
    expect((await change({ cookie, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    for (const headers of [
      { cookie },
      { cookie, origin: 'http://evil.example' },
      { cookie, origin: 'null' },
      { cookie, 'sec-fetch-site': 'cross-site' },
    ] as Array<Record<string, string>>) {
      const res = await change(headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(await res.json()).toEqual({ error: 'cross-site request refused' });
    }
    // A form post from another site: Hono's csrf() refuses it too.
    expect(
      (
        await call('/api/change', {
          method: 'POST',
          body: 'n=1',
          headers: {
            cookie,
            origin: 'http://evil.example',
            'content-type': 'application/x-www-form-urlencoded',
          },
        })
      ).status,
    ).toBe(403);
    expect(
      (await change({ authorization: `Bearer ${token}`, origin: 'http://evil.example' })).status,
    ).toBe(200);
    // Public forms (the login) are checked without a user.
    expect(
      (await call('/open', { method: 'POST', headers: { origin: 'http://evil.example' } })).status,
    ).toBe(403);
    expect((await call('/open', { method: 'POST', headers: { origin } })).status).toBe(200);
  });

  it('checks the permission of each route, then its schemas (400 with the first message)', async () => {
    const res = await call('/api/admin?n=1', { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: 'the role editor may not admin' });
    const page = await call('/page', { headers: { cookie } });
    expect(page.status).toBe(403);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const bad = await call('/api/change', {
      method: 'POST',
      body: '{"n":"x"}',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: '"n" is a number' });
    const malformed = await call('/api/change', {
      method: 'POST',
      body: '{',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ error: 'Malformed JSON in request body' });
  });

  it('serves the static files with their types and a cache header, and nothing outside them', async () => {
    const full = createApp({
      archive,
      search: {} as AppContext['search'],
      ready: () => true,
      publicUrl: origin,
    });
    const css = await full.request(`${origin}/static/app.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.headers.get('cache-control')).toBe('public, max-age=3600');
    for (const path of [
      '/static/..%2fpackage.json',
      '/static/fonts/..%2f..%2fpackage.json',
      '/static/%2e%2e%2fapp.css',
      '/static/nothing.css',
      '/static/fonts',
    ]) {
      expect((await full.request(`${origin}${path}`)).status, path).toBe(404);
    }
  });
});
