// The options page on the production build: importing a broken pack shows its error at its line
// and keeps the pack in use; importing the fixed pack makes an open composer flag a term only
// that pack defines, without reloading the composer's page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionPage, launch, type Session } from './helpers/browser';
import { openSection } from './helpers/options';

// A plain Mastodon-like composer: a textarea in form.compose-form at a matched https URL.
const COMPOSER_URL = 'https://mastodon.social/publish';
const COMPOSER_HTML = `<!doctype html><html><body>
<form class="compose-form" onsubmit="return false"><textarea rows="4" cols="60"></textarea>
<div class="compose-form__submit"><button type="submit">Publish</button></div></form></body></html>`;

// A made-up codename no built-in pack could know.
const CODENAME = 'Quillfeather';
const pack = (version: string, severity: string, terms: string[]) => `pack: acme-health
name: Acme Health
version: ${version}
extends: [healthcare-core]
rules:
  - id: acme/codenames
    category: confidential
    type: existence
    severity: ${severity}
    message: 'Internal project name <img src=x onerror="window.__pwned=1">'
    terms: [${terms.join(', ')}]
  - id: acme/quarterly
    category: confidential
    type: existence
    severity: error
    locked: true
    terms: [unaudited quarterly results]
examples:
  - text: "The ${terms[0]} launch is next week."
    expect: [acme/codenames]
  - text: "Our clinic opens at eight."
    expect: []
`;
const V1 = pack('1.0.0', 'error', ['Bluewren']);
// Line 9 holds the mistake: a severity that does not exist.
const BROKEN = pack('1.1.0', 'critical', ['Bluewren', CODENAME]);
const FIXED = pack('1.1.0', 'error', ['Bluewren', CODENAME]);

let session: Session;
let options: Page;

beforeAll(async () => {
  session = await launch({
    routes: (url) => (url.href.startsWith(COMPOSER_URL) ? { body: COMPOSER_HTML } : undefined),
  });
  options = await extensionPage(session.context, 'options.html');
  await options.getByTestId('options-ready').waitFor();
});

afterAll(async () => {
  await session?.close();
});

async function importPack(source: string): Promise<void> {
  await openSection(options, 'packs');
  await options.getByTestId('import-paste').fill(source);
  await options.getByTestId('import-check').click();
}

function row(id: string) {
  return options.locator(`[data-testid="pack-row"][data-pack-id="${id}"]`);
}

describe('options page', () => {
  it('lists the built-in core pack, locked and active, and offers the riverbend example without enabling it', async () => {
    await expect.poll(() => row('healthcare-core').getAttribute('data-origin')).toBe('builtin');
    expect(await row('healthcare-core').getAttribute('data-locked')).toBe('true');
    expect(await row('riverbend').count()).toBe(0);
    expect(await options.getByTestId('import-example-riverbend').count()).toBe(1);
  });

  it('installs a valid pack after showing its self-test', async () => {
    await importPack(V1);
    const preview = options.getByTestId('import-preview');
    await preview.waitFor();
    expect(await preview.getByTestId('selftest-results').getAttribute('data-passed')).toBe('2');
    await options.getByTestId('import-install').click();
    await expect.poll(() => row('acme-health').getAttribute('data-version')).toBe('1.0.0');
  });

  it('renders pack messages as text (markup in a message shows literally)', async () => {
    await openSection(options, 'try');
    await options.getByTestId('tryit-input').fill('The Bluewren launch is close.');
    const finding = options.locator('[data-testid="tryit-finding"][data-rule="acme/codenames"]');
    await finding.waitFor();
    expect(await finding.textContent()).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await finding.locator('img').count()).toBe(0);
    expect(await options.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await options.getByTestId('tryit-input').fill('');
    await openSection(options, 'packs');
  });

  it('shows a broken pack\'s error at its line and field, and keeps the old version', async () => {
    await importPack(BROKEN);
    const error = options.getByTestId('import-error').first();
    await error.waitFor();
    expect(new URL(options.url()).hash).toBe('#/packs');
    expect(await error.getAttribute('data-line')).toBe('9');
    expect(await error.getAttribute('data-path')).toBe('rules[0].severity');
    expect(await error.textContent()).toMatch(/Line 9\b/);
    expect(await options.getByTestId('import-install').count()).toBe(0);
    expect(await row('acme-health').getAttribute('data-version')).toBe('1.0.0');
    // Still 1.0.0 after a reload: nothing was written.
    await options.reload();
    await options.getByTestId('options-ready').waitFor();
    expect(await row('acme-health').getAttribute('data-version')).toBe('1.0.0');
  });

  it('the fixed pack makes an open composer flag its new term without a reload', async () => {
    const composer = await session.context.newPage();
    await composer.goto(COMPOSER_URL);
    await composer.locator('textarea').click();
    await composer.keyboard.type(`Sneak peek: ${CODENAME} ships soon.`);
    // The composer is checked with version 1.0.0, which does not know the codename.
    const flagged = () =>
      composer.evaluate(() =>
        [...document.querySelectorAll('guardrail-ui')].some((h) => h.shadowRoot?.querySelector('[data-guardrail-finding][data-rule="acme/codenames"]')),
      );
    await composer.waitForTimeout(1_500);
    expect(await flagged()).toBe(false);
    await composer.evaluate(() => Object.assign(window, { __sameDocument: true }));

    await options.bringToFront();
    await importPack(FIXED);
    await options.getByTestId('import-diff').waitFor();
    expect(await options.getByTestId('diff-changed').textContent()).toMatch(/acme\/codenames: terms/);
    await options.getByTestId('import-install').click();
    await expect.poll(() => row('acme-health').getAttribute('data-version')).toBe('1.1.0');

    await composer.bringToFront();
    await expect.poll(flagged, { timeout: 15_000 }).toBe(true);
    expect(await composer.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  });

  it('imports a JSON pack from a file (with a byte-order mark)', async () => {
    await openSection(options, 'packs');
    const json = JSON.stringify({ pack: 'file-pack', version: '0.1.0', rules: [{ id: 'file/x', category: 'quality', type: 'existence', terms: ['zzyzx'] }] });
    await options.getByTestId('import-file').setInputFiles({ name: 'file-pack.json', mimeType: 'application/json', buffer: Buffer.from(`\uFEFF${json}`, 'utf8') });
    await options.locator('[data-testid="import-preview"][data-pack-id="file-pack"]').waitFor();
    await options.getByTestId('import-install').click();
    await expect.poll(() => row('file-pack').getAttribute('data-origin')).toBe('imported');
  });

  it('accepts personal exceptions from the composer except for categories the pack forbids (phi)', async () => {
    await openSection(options, 'you');
    const send = (message: object) =>
      options.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ ok: boolean }> } } }).chrome.runtime.sendMessage(m), message);
    expect(await send({ type: 'exception/add', term: 'Mrs. Alvarez', category: 'phi' })).toMatchObject({ ok: false });
    expect(await send({ type: 'exception/add', term: 'Bluewren', category: 'confidential' })).toEqual({ ok: true });
    await expect.poll(() => options.getByTestId('exception-item').allTextContents()).toEqual([expect.stringMatching(/^Bluewren/)]);
  });

  it('keeps the replaced version in the pack\'s history', async () => {
    await openSection(options, 'packs');
    await row('acme-health').getByTestId('pack-details-toggle').click();
    expect(await options.getByTestId('pack-versions').textContent()).toMatch(/1\.0\.0/);
  });

  it('a per-rule severity override applies at once; a locked rule cannot be changed', async () => {
    const rule = options.locator('[data-testid="rule-row"][data-rule-id="acme/codenames"]');
    await rule.getByTestId('rule-severity').selectOption('info');
    // Not "Bluewren": an earlier test accepted it as a personal exception.
    await openSection(options, 'try');
    await options.getByTestId('tryit-input').fill(`The ${CODENAME} launch is close.`);
    await expect
      .poll(() => options.locator('[data-testid="tryit-finding"][data-rule="acme/codenames"]').getAttribute('data-severity'))
      .toBe('info');
    const locked = options.locator('[data-testid="rule-row"][data-rule-id="acme/quarterly"]');
    expect(await locked.getAttribute('data-locked')).toBe('true');
    expect(await locked.getByTestId('rule-severity').isDisabled()).toBe(true);
    expect(await rule.getAttribute('data-locked')).toBe('false');
  });
});
