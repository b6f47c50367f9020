// Pins the production manifest's permissions and the extension pages' CSP, so that widening
// either is a visible decision; and checks that the CSP really forbids inline script and eval.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, extensionPage, launch, type Session } from './helpers/browser';

const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

describe('manifest', () => {
  it('asks for exactly the minimum permissions', () => {
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'alarms', 'offscreen', 'scripting', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('sets a strict CSP for extension pages', () => {
    const csp: string = manifest.content_security_policy.extension_pages;
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|\*/);
  });

  it('declares the managed storage schema with the documented keys', () => {
    expect(manifest.storage.managed_schema).toBe('managed_schema.json');
    const schema = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, manifest.storage.managed_schema), 'utf8'));
    expect(Object.keys(schema.properties).sort()).toEqual(
      ['allowPause', 'allowPersonalExceptions', 'allowedSites', 'enforcement', 'lockPacks', 'packUrls', 'packs', 'refreshMinutes', 'reportEndpoint'].sort(),
    );
  });

  it('carries no remote code: pages load only packaged scripts, and no script evaluates or imports code at run time', () => {
    const files = fs.readdirSync(EXTENSION_DIR, { recursive: true, encoding: 'utf8' });
    for (const html of files.filter((f) => f.endsWith('.html'))) {
      const sources = [...fs.readFileSync(path.join(EXTENSION_DIR, html), 'utf8').matchAll(/<script\b[^>]*>/g)].map((m) => /\bsrc="([^"]*)"/.exec(m[0])?.[1]);
      expect(sources.length).toBeGreaterThan(0);
      for (const src of sources) expect(src, html).toMatch(/^\/[\w./-]+\.js$/);
    }
    const scripts = files.filter((f) => f.endsWith('.js'));
    expect(scripts).toContain('background.js');
    for (const js of scripts) {
      const code = fs.readFileSync(path.join(EXTENSION_DIR, js), 'utf8');
      // Global eval, Function constructors, importScripts and import() of a URL (calls and
      // definitions of methods named eval, "x.eval(" and "}eval(a,b){", are not eval).
      expect(code.match(/(?:^|[^.\w$])eval\((?![\w$,\s]*\)\s*\{)|\bnew Function\(|\bimportScripts\(|\bimport\(\s*['"`]https?:/g), js).toBeNull();
    }
  });

  it('has no web-accessible resources for pages to probe', () => {
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('keeps the engine out of the content script: under 150 KB, no compromise, no re2js', () => {
    const content = fs.readFileSync(path.join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
    expect(Buffer.byteLength(content)).toBeLessThan(150_000);
    // Markers: compromise's pattern tags and name, re2js's class.
    for (const marker of ['#Person', 'compromise', 'RE2JS']) expect(content).not.toContain(marker);
    const worker = fs.readFileSync(path.join(EXTENSION_DIR, 'engine-worker.js'), 'utf8');
    expect(worker).toContain('#Person');
  });
});

describe('the CSP in force on the options page', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('refuses eval and inline script', async () => {
    const page = await extensionPage(session.context, 'options.html');
    await page.getByTestId('options-ready').waitFor();
    const violations: string[] = [];
    await page.exposeFunction('__violation', (d: string) => violations.push(d));
    await page.evaluate(() => {
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __violation(d: string): void }).__violation(e.violatedDirective));
      // Run from a timer, outside the test driver's own evaluation (which DevTools exempts).
      (setTimeout as (code: string, ms: number) => number)('window.__evalRan = true', 0);
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.body.append(s);
    });
    await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2);
    const ran = await page.evaluate(() => {
      const w = window as unknown as { __evalRan?: boolean; __inlineRan?: boolean };
      return { evalRan: w.__evalRan === true, inlineRan: w.__inlineRan === true };
    });
    expect(ran).toEqual({ evalRan: false, inlineRan: false });
    expect(violations.every((d) => d.startsWith('script-src'))).toBe(true);
  });
});
