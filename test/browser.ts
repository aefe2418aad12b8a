// Headless Chromium (Debian's package, driven by playwright-core) for the web UI's tests: where it is,
// where screenshots go, how it is started, and a page logged in through the login form.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const haveChromium = fs.existsSync(CHROMIUM);
/** Screenshots of each step, for a person to look at. */
export const shots = path.resolve(import.meta.dirname, '../test-artifacts/screenshots');

/** Chromium without sandbox, GPU or network of its own (no updates, no sync). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Fails the test when the page opens a dialog: document text ran as script. */
export function failOnDialog(page: Page): Page {
  page.on('dialog', () => {
    throw new Error('a dialog opened: document text ran as script');
  });
  return page;
}

/**
 * A page in a fresh browser context, logged in through the login form. The context is added to
 * `contexts`, which the caller closes after its tests.
 */
export async function loggedInPage(
  browser: Browser,
  contexts: BrowserContext[],
  base: string,
  name: string,
  password: string,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = failOnDialog(await context.newPage());
  await page.goto(`${base}/login`);
  await page.fill('input[name=name]', name);
  await page.fill('input[name=password]', password);
  await Promise.all([
    page.waitForURL((u) => !u.pathname.startsWith('/login')),
    page.click('button[type=submit]'),
  ]);
  return page;
}
