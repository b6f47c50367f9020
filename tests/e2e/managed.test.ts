// Managed deployment on the production build: a Chromium policy file in
// /etc/chromium/policies/managed (the tests run as root) installs and locks a pack through
// storage.managed, and the options page shows it as managed and locked.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ID, extensionPage, launch, type Session } from './helpers/browser';
import { openSection } from './helpers/options';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'guardrail-test.json');

const ORG_PACK = `pack: northwind-health
name: Northwind Health
version: 3.2.0
extends: [healthcare-core]
rules:
  - id: northwind/codenames
    category: confidential
    type: existence
    severity: error
    terms: [Kestrel Ridge]
`;

function writePolicy(config: Record<string, unknown>): void {
  fs.mkdirSync(POLICY_DIR, { recursive: true });
  fs.writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: config } } }, null, 2));
}

let session: Session;
let options: Page;

beforeAll(async () => {
  writePolicy({ packs: [ORG_PACK], lockPacks: true, enforcement: 'block', allowPersonalExceptions: false, allowedSites: ['*.northwind.example'] });
  session = await launch();
  options = await extensionPage(session.context, 'options.html');
  await options.getByTestId('options-ready').waitFor();
});

afterAll(async () => {
  await session?.close();
  fs.rmSync(POLICY_FILE, { force: true });
});

const row = (id: string) => options.locator(`[data-testid="pack-row"][data-pack-id="${id}"]`);

describe('managed deployment', () => {
  it('installs the managed pack and shows it as managed and locked', async () => {
    await expect.poll(() => row('northwind-health').count(), { timeout: 20_000 }).toBe(1);
    const r = row('northwind-health');
    expect(await r.getAttribute('data-origin')).toBe('managed');
    // The pack and its lock arrive in the same transaction: never one without the other.
    expect(await r.getAttribute('data-locked')).toBe('true');
    expect(await r.getAttribute('data-version')).toBe('3.2.0');
    expect(await r.getByTestId('pack-toggle').isDisabled()).toBe(true);
    expect(await r.getByTestId('pack-locked').count()).toBe(1);
    expect(await options.getByTestId('managed-status').getAttribute('data-status')).toBe('loaded');
    expect(await options.getByTestId('managed-lock').getAttribute('data-locked')).toBe('true');
  });

  it('applies the managed settings: no personal exceptions, rules of the managed pack locked', async () => {
    expect(await options.getByTestId('exceptions-forbidden').count()).toBe(1);
    await row('northwind-health').getByTestId('pack-details-toggle').click();
    const rule = options.locator('[data-testid="rule-row"][data-rule-id="northwind/codenames"]');
    expect(await rule.getAttribute('data-locked')).toBe('true');
    expect(await rule.getByTestId('rule-severity').isDisabled()).toBe(true);
  });

  it('the managed pack checks drafts (try it) and the background serves it to composers', async () => {
    await openSection(options, 'try');
    await options.getByTestId('tryit-input').fill('The Kestrel Ridge numbers are in.');
    // The engine's Worker compiles the new policy on its first check from this page (it may be cold).
    await expect.poll(() => options.locator('[data-testid="tryit-finding"][data-rule="northwind/codenames"]').count(), { timeout: 15_000 }).toBe(1);
    const snapshot = await options.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ packs: { pack: string; enforcement?: string }[] }> } } }).chrome.runtime.sendMessage({
        type: 'policy/get',
        site: 'www.linkedin.com',
      }),
    );
    expect(snapshot.packs.map((p) => p.pack)).toEqual(['healthcare-core', 'northwind-health', 'managed']);
    expect(snapshot.packs.at(-1)!.enforcement).toBe('block');
  });

  it('follows a policy change live: a new version, unlocked', async () => {
    writePolicy({ packs: [ORG_PACK.replace('version: 3.2.0', 'version: 3.3.0')], lockPacks: false });
    await expect.poll(() => row('northwind-health').getAttribute('data-version'), { timeout: 60_000, interval: 1_000 }).toBe('3.3.0');
    expect(await row('northwind-health').getAttribute('data-locked')).toBe('false');
    expect(await row('northwind-health').getByTestId('pack-toggle').isDisabled()).toBe(false);
    expect(await options.getByTestId('exceptions-forbidden').count()).toBe(0);
  });
});
