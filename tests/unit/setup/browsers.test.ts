// `npm test` starts with tests/setup/browsers.mjs: on a machine without the browsers it must
// name them and give the install line, and stop, before any test runs.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = path.resolve(__dirname, '../../setup/browsers.mjs');
const run = (env: Record<string, string>) => spawnSync(process.execPath, [SCRIPT], { env: { ...process.env, GUARDRAIL_INSTALL_BROWSERS: '0', ...env }, encoding: 'utf8' });

describe('the browser check before the tests', () => {
  it('names both missing browsers and the one line that installs them, and fails', () => {
    const r = run({ CHROMIUM_PATH: '/nonexistent/chromium', FIREFOX_PATH: '/nonexistent/firefox-esr' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Chromium (/nonexistent/chromium) and Firefox ESR (/nonexistent/firefox-esr)');
    expect(r.stderr).toMatch(/^Install with: (sudo )?apt-get install -y chromium firefox-esr$/m);
  });

  it('names only the missing one', () => {
    const r = run({ CHROMIUM_PATH: process.execPath, FIREFOX_PATH: '/nonexistent/firefox-esr' });
    expect(r.status).toBe(1);
    expect(r.stderr).not.toContain('Chromium');
    expect(r.stderr).toMatch(/apt-get install -y firefox-esr$/m);
  });

  it('says nothing and passes when both are there', () => {
    const r = run({ CHROMIUM_PATH: process.execPath, FIREFOX_PATH: process.execPath });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});
