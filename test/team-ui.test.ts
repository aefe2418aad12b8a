// The team's pages in a real Chromium: an admin makes a group, adds and removes a member and grants
// the group a collection on /admin/users (the member's access follows at once), and revokes a token;
// a user makes and revokes their own API token on /account. Screenshots go to
// test-artifacts/screenshots/team-*.png. All names are invented.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './backends.js';
import { runCli, startServe, type RunningServer } from './cli.js';
import { writeFiles } from './fixtures.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const shots = path.resolve(import.meta.dirname, '../test-artifacts/screenshots');

describe.skipIf(!fs.existsSync(CHROMIUM))('groups and tokens in the web UI', () => {
  const work = tempDir('casefile-team-ui-');
  const env = { CASEFILE_DATA: path.join(work, 'data') };
  let server: RunningServer;
  let browser: Browser;
  const creds: Record<string, { token: string; password: string }> = {};

  const api = (p: string, who: string) =>
    fetch(server.base + p, { headers: { authorization: `Bearer ${creds[who]!.token}` } });
  const readable = async (who: string) =>
    (
      (await (await api('/api/collections', who)).json()) as {
        collections: Array<{ name: string; level: string }>;
      }
    ).collections;

  async function loggedIn(name: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('dialog', () => {
      throw new Error('a dialog opened: text ran as script');
    });
    await page.goto(`${server.base}/login`);
    await page.fill('input[name=name]', name);
    await page.fill('input[name=password]', creds[name]!.password);
    await Promise.all([
      page.waitForURL((u) => !u.pathname.startsWith('/login')),
      page.click('button[type=submit]'),
    ]);
    return page;
  }

  beforeAll(async () => {
    fs.mkdirSync(shots, { recursive: true });
    writeFiles(path.join(work, 'curlew'), {
      'curlew-note.txt': 'Curlew desk note: the barge Wendmoor docked on 4 June 2018.\n',
    });
    expect(
      (await runCli(['ingest', path.join(work, 'curlew'), '--collection', 'curlew'], env)).code,
    ).toBe(0);
    for (const [name, role] of <Array<[string, string]>>[
      ['root-agathe', 'admin'],
      ['ines-halloran', 'investigator'],
      ['edo-brannik', 'editor'],
    ])
      creds[name] = JSON.parse(
        (await runCli(['user', 'add', name, '--role', role, '--json'], env)).stdout,
      ) as { token: string; password: string };
    server = await startServe(env, {});
    browser = await chromium.launch({ executablePath: CHROMIUM });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets an admin make a group, change its members and grant it a collection', async () => {
    const admin = await loggedIn('root-agathe');
    await admin.goto(`${server.base}/admin/users`);
    await admin.fill('form[aria-label="Create a group"] input[name=name]', 'night desk');
    await admin.click('form[aria-label="Create a group"] button[type=submit]');
    await admin.waitForSelector('tr[data-group="night desk"]');
    const row = 'tr[data-group="night desk"]';
    await admin.selectOption(
      `${row} form[aria-label^="Add a member"] select[name=user]`,
      'ines-halloran',
    );
    await admin.click(`${row} form[aria-label^="Add a member"] button[type=submit]`);
    await admin.waitForSelector(`${row} li[data-member="ines-halloran"]`);
    expect(await readable('ines-halloran')).not.toContainEqual(
      expect.objectContaining({ name: 'curlew' }),
    );
    await admin.fill(`${row} form.grant-form input[name=collection]`, 'curlew');
    await admin.selectOption(`${row} form.grant-form select[name=level]`, 'upload');
    await admin.click(`${row} form.grant-form button[type=submit]`);
    await admin.waitForSelector(`${row} li[data-collection="curlew"]`);
    // Markup in a collection name is shown as text.
    await admin.fill(
      `${row} form.grant-form input[name=collection]`,
      '<img src=x onerror=alert(1)>',
    );
    await admin.click(`${row} form.grant-form button[type=submit]`);
    await admin.waitForSelector(`${row} li[data-collection="<img src=x onerror=alert(1)>"]`);
    expect(await admin.locator(`${row} td.collections`).textContent()).toContain(
      '<img src=x onerror=alert(1)>: read',
    );
    expect(await admin.locator(`${row} img`).count()).toBe(0);
    await admin.screenshot({ path: path.join(shots, 'team-groups.png'), fullPage: true });
    // The member reads and uploads into curlew at once; the group's grant, then the member, go.
    expect(await readable('ines-halloran')).toContainEqual({
      name: 'curlew',
      level: 'upload',
      documents: 1,
    });
    const search = await api('/api/documents?collection=curlew', 'ines-halloran');
    expect(((await search.json()) as { total: number }).total).toBe(1);
    await admin.click(`${row} li[data-collection="<img src=x onerror=alert(1)>"] button`);
    await admin.waitForURL(`${server.base}/admin/users`);
    await admin.click(`${row} li[data-member="ines-halloran"] button`);
    await admin.waitForURL(`${server.base}/admin/users`);
    expect(await admin.locator(`${row} li[data-member]`).count()).toBe(0);
    expect(await readable('ines-halloran')).not.toContainEqual(
      expect.objectContaining({ name: 'curlew' }),
    );
    expect(await admin.locator(`${row} td.collections`).textContent()).toContain('curlew: upload');
    await admin.click(`${row} li[data-collection="curlew"] button`);
    await admin.waitForURL(`${server.base}/admin/users`);
    expect(await admin.locator(`${row} li[data-collection]`).count()).toBe(0);
    // A taken or malformed name is refused on the page.
    await admin.fill('form[aria-label="Create a group"] input[name=name]', 'night desk');
    await admin.click('form[aria-label="Create a group"] button[type=submit]');
    expect(await admin.locator('p.error').textContent()).toContain('exists');
    await admin.context().close();
  });

  it('refuses the group forms to every other role, with an HTML page', async () => {
    const editor = await loggedIn('edo-brannik');
    const res = await editor.request.post(`${server.base}/admin/groups`, {
      form: { name: 'rogue desk' },
      headers: { origin: server.base },
    });
    expect(res.status()).toBe(403);
    expect(res.headers()['content-type']).toContain('text/html');
    const listed = (await (await api('/api/collections', 'root-agathe')).json()) as {
      groups: Array<{ name: string }>;
    };
    expect(listed.groups.map((g) => g.name)).toEqual(['night desk']);
    await editor.context().close();
  });

  it('lets a user make and revoke their own API token on their account page', async () => {
    const ines = await loggedIn('ines-halloran');
    await ines.goto(`${server.base}/account`);
    await ines.fill('form[aria-label="New API token"] input[name=label]', 'field laptop');
    await ines.click('form[aria-label="New API token"] button[type=submit]');
    const token = (await ines.locator('#new-token').textContent())!;
    expect(token).toMatch(/^cf_/);
    const ok = await fetch(`${server.base}/api/account/tokens`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(ok.status).toBe(200);
    await ines.goto(`${server.base}/account`);
    expect(await ines.locator('#new-token').count()).toBe(0);
    expect(await ines.locator('table.tokens-table').textContent()).toContain('field laptop');
    await ines.screenshot({ path: path.join(shots, 'team-account-tokens.png'), fullPage: true });
    await ines.click('button[aria-label="Revoke the token field laptop"]');
    await ines.waitForURL(`${server.base}/account`);
    expect(await ines.locator('table.tokens-table').textContent()).not.toContain('field laptop');
    const revoked = await fetch(`${server.base}/api/account/tokens`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(revoked.status).toBe(401);
    await ines.context().close();
  });
});
