import * as fs from 'node:fs';
import * as path from 'node:path';

import { type Browser, chromium } from 'playwright-core';

import { REPO_ROOT } from '@pn/testing';

import { createActiveContract, createPartner } from '../support/fixtures';
import { e2eStack } from '../support/stack';

const CHROMIUM = '/usr/bin/chromium';

describe('web page: sign in through Keycloak, see who you are and your renewals, sign out', () => {
  const stack = e2eStack();
  // The page's origin must be one of pn-web's redirect URIs: localhost, not 127.0.0.1 only.
  const origin = `http://localhost:${stack.port('gateway')}`;
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('signs lee.legal in with the real login form and shows name, roles, entities and renewals', async () => {
    const partner = await createPartner('lee.legal', 'US01', `Browser Freight ${Date.now()}`);
    const contract = await createActiveContract(partner);
    const page = await browser.newPage();

    await page.goto(`${origin}/`);
    await page.waitForSelector('body[data-state="signed-out"]');
    await page.click('#sign-in');
    await page.waitForSelector('#kc-login');
    await page.fill('#username', 'lee.legal');
    await page.fill('#password', 'demo');
    await page.click('#kc-login');
    await page.waitForSelector('body[data-state="signed-in"]', { timeout: 20_000 });

    expect(await page.textContent('#user-name')).toContain('Lee');
    expect(await page.textContent('#user-roles')).toBe('legal');
    expect(await page.textContent('#user-entities')).toContain('US01');
    expect(await page.textContent('#user-entities')).not.toContain('UK01');
    const row = page.locator(`#renewals tbody tr[data-contract-id="${contract.id}"]`);
    await row.waitFor({ timeout: 10_000 });
    expect(await row.textContent()).toContain(partner.legalName);

    const screenshots = path.join(REPO_ROOT, '.pn', 'e2e', 'screenshots');
    fs.mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: path.join(screenshots, 'signed-in.png'), fullPage: true });

    await page.click('#sign-out');
    await page.waitForSelector('body[data-state="signed-out"]', { timeout: 20_000 });
    expect(new URL(page.url()).origin).toBe(origin);
    await page.close();
  });
});
