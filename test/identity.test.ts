// Identity conflicts through the real CLI, server and browser: an accusation and a border record name
// one woman in two spellings with two birth dates. The archive keeps them apart as two people and
// reports the conflict, with both sources, in the case export and on the person page.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseExport } from '../case/export.js';
import { backends, tempDir } from './backends.js';
import { haveChromium, launchChromium, loggedInPage, shots } from './browser.js';
import { runCli } from './cli.js';
import { servedArchive, writeFiles } from './fixtures.js';

// Every person, place and event here is invented.
const FILES: Record<string, string> = {
  'a-charge.txt': [
    'ОБВИНИТЕЛЬНОЕ ЗАКЛЮЧЕНИЕ',
    'по обвинению Рахимовой Зарины Камоловны, 12.03.1990 года рождения, уроженки г. Куляб.',
    '',
    'Действуя умышленно, 5 мая 2019 года Рахимова З. К. вылетела из г. Душанбе в г. Анталья.',
  ].join('\n'),
  'b-record.txt': [
    'ДОВІДКА',
    'про перетинання державного кордону України',
    '',
    'Громадянка Рахімова Заріна, 17.09.1993 р. н., у період з 2 квітня 2019 р. по 20 червня 2019 р. перебувала на території України.',
  ].join('\n'),
};

const list = await backends();

describe.each(list)('identity conflicts on $name', (backend) => {
  let env: Record<string, string | undefined>;
  let cleanup: () => Promise<void>;
  let work: string;

  beforeAll(async () => {
    const created = await backend.create();
    cleanup = created.cleanup;
    env = {
      CASEFILE_DATA: created.dataDir,
      DATABASE_URL: created.databaseUrl,
      CASEFILE_SEARCH: 'off',
    };
    work = tempDir('casefile-identity-');
    writeFiles(path.join(work, 'in'), FILES);
    expect((await runCli(['ingest', path.join(work, 'in')], env)).code).toBe(0);
  });
  afterAll(async () => {
    await cleanup?.();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('exports two people of one name with different birth dates as a conflict an accusation relies on', async () => {
    const out = path.join(work, 'case.json');
    expect((await runCli(['export', '--case', '--out', out], env)).code).toBe(0);
    const c = JSON.parse(fs.readFileSync(out, 'utf8')) as CaseExport;
    expect(c.identityConflicts).toHaveLength(1);
    const [conflict] = c.identityConflicts;
    expect(conflict!.accusation).toBe(true);
    expect(conflict!.people.flatMap((p) => p.born.map((b) => [b.date, b.filename]))).toEqual(
      expect.arrayContaining([
        ['1990-03-12', 'a-charge.txt'],
        ['1993-09-17', 'b-record.txt'],
      ]),
    );
    expect(new Set(conflict!.people.map((p) => p.id)).size).toBe(2);
    // Each claim says why it has its stance.
    expect(c.claims.find((x) => x.filename === 'a-charge.txt')?.why).toMatch(
      /^alleged: the source is an accusation \(«ОБВИНИТЕЛЬНОЕ ЗАКЛЮЧЕНИЕ»\)/,
    );
  });
});

describe.skipIf(!haveChromium)('identity conflicts on the person page in Chromium', () => {
  const archive = servedArchive('casefile-identity-web-');
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let base: string;
  let password: string;

  beforeAll(async () => {
    writeFiles(path.join(archive.work, 'in'), FILES);
    expect((await runCli(['ingest', path.join(archive.work, 'in')], archive.env)).code).toBe(0);
    ({ password } = await archive.addUser('ines', 'editor'));
    base = (await archive.start()).base;
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the conflict with both birth dates and links to both sources', async () => {
    const page = await loggedInPage(browser, contexts, base, 'ines', password);
    await page.goto(`${base}/people`);
    await page
      .locator('a', { hasText: /Zarina/ })
      .first()
      .click();
    await page.waitForSelector('.person');
    const section = page.locator('section.identity-conflicts');
    await expect.poll(() => section.count()).toBe(1);
    const text = (await section.textContent()) ?? '';
    expect(text).toContain('1990-03-12');
    expect(text).toContain('1993-09-17');
    expect(await section.locator('li.conflict.accusation').count()).toBe(1);
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'identity-conflict.png'), fullPage: true });
    await section.locator('a', { hasText: 'b-record.txt' }).click();
    await page.waitForURL(/\/d\/[0-9a-f]{64}\/p\/1/);
  });
});
