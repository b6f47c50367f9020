// Managed deployment in Debian's firefox-esr, with the README's own Firefox example: the test
// writes that policies.json to /etc/firefox/policies (where firefox-esr reads it on Linux; the
// tests run as root), pointing its install_url at the production package, so Firefox itself
// force-installs the extension and hands it the 3rdparty configuration as storage.managed.
import { zipSync } from 'fflate';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/browser';
import { FIREFOX_BUILD, FIREFOX_ID, launchFirefox, until, type FirefoxSession } from './helpers/firefox';

const POLICY_DIR = '/etc/firefox/policies';
const POLICY_FILE = path.join(POLICY_DIR, 'policies.json');

/** The JSON block under the README's "**Firefox**" deployment paragraph. */
interface FirefoxPolicies {
  policies: { ExtensionSettings: Record<string, { install_url: string }>; '3rdparty': { Extensions: Record<string, { packs: string[]; lockPacks: boolean }> } };
}

function readmeFirefoxPolicy(): FirefoxPolicies {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const from = readme.indexOf('**Firefox**: `policies.json`');
  const block = /```json\n([\s\S]*?)\n```/.exec(readme.slice(from));
  if (from < 0 || !block) throw new Error("README.md has no Firefox policies.json example");
  return JSON.parse(block[1]);
}

/** The production Firefox build as the .xpi an IT department would host. */
function packageXpi(dir: string): string {
  const files: Record<string, Uint8Array> = {};
  const walk = (at: string) => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[path.relative(FIREFOX_BUILD, full).split(path.sep).join('/')] = fs.readFileSync(full);
    }
  };
  walk(FIREFOX_BUILD);
  const xpi = path.join(dir, 'guardrail-firefox.xpi');
  fs.writeFileSync(xpi, zipSync(files));
  return xpi;
}

let session: FirefoxSession;
let options: Page;
let tmp: string;
let previous: string | undefined;
const example = readmeFirefoxPolicy();
const managed = example.policies['3rdparty'].Extensions[FIREFOX_ID];
const packId = /^pack: (\S+)/m.exec(managed.packs[0])![1];

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guardrail-ff-policy-'));
  const policy = structuredClone(example);
  policy.policies.ExtensionSettings[FIREFOX_ID].install_url = `file://${packageXpi(tmp)}`;
  previous = fs.existsSync(POLICY_FILE) ? fs.readFileSync(POLICY_FILE, 'utf8') : undefined;
  fs.mkdirSync(POLICY_DIR, { recursive: true });
  fs.writeFileSync(POLICY_FILE, JSON.stringify(policy, null, 2));
  session = await launchFirefox({ install: 'policy' });
  options = await session.extensionPage('options.html');
  await options.waitForSelector('[data-testid="options-ready"]');
});

afterAll(async () => {
  await session?.close();
  if (previous === undefined) fs.rmSync(POLICY_FILE, { force: true });
  else fs.writeFileSync(POLICY_FILE, previous);
  fs.rmSync(tmp, { recursive: true, force: true });
});

const row = `[data-testid="pack-row"][data-pack-id="${packId}"]`;
const attr = (selector: string, name: string) => options.$eval(selector, (e, n) => e.getAttribute(n), name).catch(() => null);

describe('Firefox managed deployment (the README example)', () => {
  it('the example locks the pack', () => {
    expect(managed.lockPacks).toBe(true);
  });

  it('force-installs the extension and shows the managed pack installed and locked', async () => {
    expect(await until(() => attr(row, 'data-origin'), (v) => v === 'managed', 20_000)).toBe('managed');
    expect(await attr(row, 'data-locked')).toBe('true');
    expect(await options.$eval(`${row} [data-testid="pack-toggle"]`, (e) => (e as HTMLInputElement).disabled)).toBe(true);
    expect(await options.$$(`${row} [data-testid="pack-locked"]`)).toHaveLength(1);
    expect(await attr('[data-testid="managed-status"]', 'data-status')).toBe('loaded');
    expect(await attr('[data-testid="managed-lock"]', 'data-locked')).toBe('true');
    expect(await options.$$('[data-testid="exceptions-forbidden"]')).toHaveLength(1);
  });

  it('the managed pack checks drafts', async () => {
    const term = /terms: \[([^,\]]+)/.exec(managed.packs[0])![1];
    await options.click('[data-testid="nav-try"]');
    await options.waitForSelector('#section-try:not([hidden]) [data-testid="tryit-input"]');
    await options.type('[data-testid="tryit-input"]', `The ${term} numbers are in.`);
    const rule = /- id: (\S+)/.exec(managed.packs[0])![1];
    const finding = `[data-testid="tryit-finding"][data-rule="${rule}"]`;
    expect(await until(() => options.$$(finding).then((f) => f.length), (n) => n > 0)).toBeGreaterThan(0);
  });

  it('sent no request anywhere', () => {
    expect(session.leaks).toEqual([]);
  });
});
