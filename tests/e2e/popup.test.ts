// The popup on the production build, opened for a composer's tab: status on this site, the packs
// in force, the per-site switch and a pause, each reaching the open composer without a reload.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe';
import { extensionPage, launch, SCREENSHOTS, serviceWorker, type Session } from './helpers/browser';

const COMPOSER_URL = 'https://mastodon.social/publish';
const COMPOSER_HTML = `<!doctype html><html><body>
<form class="compose-form" onsubmit="return false"><textarea rows="4" cols="60"></textarea>
<div class="compose-form__submit"><button type="submit">Publish</button></div></form></body></html>`;
// Flagged by the built-in core pack (an error-level confidential marker).
const RISKY = 'Sharing the confidential staffing plan with everyone.';

let session: Session;
let composer: Page;
let popup: Page;

const findings = () =>
  composer.evaluate(() => [...document.querySelectorAll('guardrail-ui')].reduce((n, h) => n + (h.shadowRoot?.querySelectorAll('[data-guardrail-finding]').length ?? 0), 0));

beforeAll(async () => {
  session = await launch({ routes: (url) => (url.href.startsWith(COMPOSER_URL) ? { body: COMPOSER_HTML } : undefined) });
  composer = await session.context.newPage();
  await composer.goto(COMPOSER_URL);
  await composer.locator('textarea').click();
  await composer.keyboard.type(RISKY);
  await composer.waitForFunction(
    () => [...document.querySelectorAll('guardrail-ui')].some((h) => h.shadowRoot?.querySelector('[data-guardrail-finding]')),
    undefined,
    { timeout: 15_000 },
  );
  const worker = await serviceWorker(session.context);
  // Without the "tabs" permission the worker cannot see URLs; tab ids grow with creation, and
  // the composer is the newest tab at this point.
  const tabId = await worker.evaluate(async () => {
    const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }).chrome.tabs.query({});
    return Math.max(...tabs.map((t) => t.id));
  });
  popup = await extensionPage(session.context, `popup.html?tab=${tabId}`);
  await popup.getByTestId('popup-ready').waitFor();
});

afterAll(async () => {
  await session?.close();
});

const status = () => popup.getByTestId('popup-status');

describe('popup', () => {
  it('says Guardrail is checking this site and lists the packs in force', async () => {
    expect(await status().getAttribute('data-host')).toBe('mastodon.social');
    expect(await status().getAttribute('data-active')).toBe('true');
    expect(await popup.locator('[data-testid="popup-pack"][data-pack-id="healthcare-core"]').count()).toBe(1);
    expect(await popup.getByTestId('popup-add-site').count()).toBe(0);
  });

  it('shows the live finding count of the composer, by severity and without text', async () => {
    await expect.poll(() => popup.getByTestId('popup-composers').getAttribute('data-composers'), { timeout: 10_000 }).toBe('1');
    await expect.poll(async () => Number(await popup.getByTestId('popup-count-error').getAttribute('data-count')), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await popup.locator('body').textContent()).not.toContain('confidential staffing');
    // axe-core on the popup with the counts shown: no serious or critical violation.
    expect(await seriousViolations(popup)).toEqual([]);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.locator('body').screenshot({ path: path.join(SCREENSHOTS, 'popup.png') });
    // Emptying the draft brings the counts to zero with the popup still open.
    await composer.locator('textarea').fill('');
    await composer.locator('textarea').press('End');
    await expect.poll(async () => Number(await popup.getByTestId('popup-count-error').getAttribute('data-count')), { timeout: 15_000 }).toBe(0);
    await composer.locator('textarea').click();
    await composer.keyboard.type(RISKY);
    await expect.poll(async () => Number(await popup.getByTestId('popup-count-error').getAttribute('data-count')), { timeout: 15_000 }).toBeGreaterThan(0);
  });

  it('switching the site off clears the composer\'s findings, and on brings them back', async () => {
    await popup.getByTestId('popup-site-toggle').click();
    await expect.poll(() => status().getAttribute('data-active')).toBe('false');
    await expect.poll(findings, { timeout: 15_000 }).toBe(0);
    await popup.getByTestId('popup-site-toggle').click();
    await expect.poll(() => status().getAttribute('data-active')).toBe('true');
    await expect.poll(findings, { timeout: 15_000 }).toBeGreaterThan(0);
  });

  it('pauses for a limited time and resumes', async () => {
    await popup.getByTestId('popup-pause-15').click();
    await expect.poll(() => status().textContent()).toMatch(/Paused until/);
    await expect.poll(findings, { timeout: 15_000 }).toBe(0);
    const alarm = await (await serviceWorker(session.context)).evaluate(() =>
      (globalThis as unknown as { chrome: { alarms: { get(n: string): Promise<{ scheduledTime: number } | undefined> } } }).chrome.alarms.get('guardrail/pause-end'),
    );
    // The pause ends by itself: an alarm is set about 15 minutes ahead.
    expect(alarm!.scheduledTime - Date.now()).toBeGreaterThan(13 * 60_000);
    expect(alarm!.scheduledTime - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    await popup.getByTestId('popup-resume').click();
    await expect.poll(() => status().getAttribute('data-active')).toBe('true');
    await expect.poll(findings, { timeout: 15_000 }).toBeGreaterThan(0);
  });
});
