// The extension's own pages in Debian's firefox-esr on the production Firefox build: the
// options page imports a pack that an open composer then applies without a reload, and the
// popup, opened for that composer's tab, shows and switches the site.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe';
import { launchFirefox, until, type FirefoxSession } from './helpers/firefox';

const COMPOSER_URL = 'https://mastodon.social/publish';
const COMPOSER_HTML = `<!doctype html><html lang="en"><head><title>Mastodon</title><link rel="icon" href="data:,"></head><body>
<form class="compose-form" onsubmit="return false"><textarea rows="4" cols="60" aria-label="Post"></textarea>
<div class="compose-form__submit"><button type="submit">Publish</button></div></form></body></html>`;
// A made-up codename only the imported pack knows.
const CODENAME = 'Quillfeather';
const PACK = `pack: acme-health
name: Acme Health
version: 1.0.0
extends: [healthcare-core]
rules:
  - id: acme/codenames
    category: confidential
    type: existence
    severity: error
    terms: [${CODENAME}]
`;

let session: FirefoxSession;
let composer: Page;

const byTestId = (id: string) => `[data-testid="${id}"]`;
const flagged = (rule: string) => () =>
  composer.evaluate(
    (r) => [...document.querySelectorAll('guardrail-ui')].filter((h) => h.shadowRoot?.querySelector(`[data-guardrail-finding][data-rule="${r}"]`)).length,
    rule,
  );

beforeAll(async () => {
  session = await launchFirefox({ routes: (url) => (url.href.startsWith(COMPOSER_URL) ? { body: COMPOSER_HTML } : undefined) });
  composer = await session.newPage();
  await composer.goto(COMPOSER_URL);
  await composer.click('textarea');
  await composer.keyboard.type(`Sneak peek: ${CODENAME} ships soon. It stays confidential.`);
  expect(await until(flagged('confidential/marker'), (n) => n > 0)).toBeGreaterThan(0);
});

afterAll(async () => {
  await session?.close();
});

describe('Firefox: options page', () => {
  it('imports a pack, and the open composer flags its term without a reload', async () => {
    const options = await session.extensionPage('options.html');
    await options.waitForSelector(byTestId('options-ready'));
    expect(await flagged('acme/codenames')()).toBe(0);
    expect(await seriousViolations(options)).toEqual([]);
    await options.type(byTestId('import-paste'), PACK);
    await options.click(byTestId('import-check'));
    await options.waitForSelector(byTestId('import-install'));
    await options.click(byTestId('import-install'));
    const row = '[data-testid="pack-row"][data-pack-id="acme-health"]';
    await options.waitForSelector(row);
    expect(await options.$eval(row, (e) => e.getAttribute('data-version'))).toBe('1.0.0');
    expect(await until(flagged('acme/codenames'), (n) => n > 0)).toBeGreaterThan(0);
    await options.close();
  });
});

describe('Firefox: popup', () => {
  let popup: Page;

  beforeAll(async () => {
    // Without the "tabs" permission no URL is visible: the composer is the other tab.
    const probe = await session.extensionPage('popup.html');
    const tabId = await probe.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id: number }[]>; getCurrent(): Promise<{ id: number }> } } }).browser.tabs;
      const self = await api.getCurrent();
      return Math.max(...(await api.query({})).map((t) => t.id).filter((id) => id !== self.id));
    });
    await probe.close();
    popup = await session.extensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForSelector(byTestId('popup-ready'));
  });

  const status = (name: string) => popup.$eval(byTestId('popup-status'), (e, n) => e.getAttribute(n), name);

  it('says Guardrail is checking this site and lists the packs in force', async () => {
    expect(await status('data-host')).toBe('mastodon.social');
    expect(await status('data-active')).toBe('true');
    expect(await popup.$$('[data-testid="popup-pack"][data-pack-id="healthcare-core"]')).toHaveLength(1);
    expect(await seriousViolations(popup)).toEqual([]);
  });

  it("switching the site off clears the composer's findings, and on brings them back", async () => {
    await popup.click(byTestId('popup-site-toggle'));
    expect(await until(() => status('data-active'), (v) => v === 'false')).toBe('false');
    expect(await until(flagged('confidential/marker'), (n) => n === 0)).toBe(0);
    await popup.click(byTestId('popup-site-toggle'));
    expect(await until(() => status('data-active'), (v) => v === 'true')).toBe('true');
    expect(await until(flagged('confidential/marker'), (n) => n > 0)).toBeGreaterThan(0);
  });

  it('sent no request anywhere', () => {
    expect(session.leaks).toEqual([]);
  });
});
