// Launches Debian's Chromium with the production build loaded, and answers the social sites'
// real URLs with local fixture pages, so the unmodified manifest and matches are what run.
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
export const EXTENSION_ID = 'hlhmhfikobjpdehekjlmgblkekpekhjg';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * Where tests save screenshots: an ignored folder, so a test run leaves the work tree clean.
 * `npm run screenshots` points it at tests/e2e/screenshots to refresh the README's images.
 */
export const SCREENSHOTS = path.resolve(ROOT, process.env.GUARDRAIL_SCREENSHOTS ?? 'test-results/screenshots');

export interface Session {
  context: BrowserContext;
  /** Every request that left a page for a host that is not a fixture (must stay empty). */
  leaks: string[];
  userDataDir: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Maps a URL to the HTML (or file contents) that answers it; return undefined to abort the request. */
  routes?: (url: URL) => { body: string | Buffer; contentType?: string } | undefined;
  userDataDir?: string;
  /** Also serves the DevTools protocol on this port (to reach the engine's worker and offscreen document). */
  debugPort?: number;
  /** Loads the production build (default); false gives the same browser without Guardrail, to compare. */
  extension?: boolean;
}

export async function launch(options: LaunchOptions = {}): Promise<Session> {
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error('no production build: run `npm run build` first');
  const userDataDir = options.userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'guardrail-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(options.extension === false ? [] : [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`]),
      ...(options.debugPort ? [`--remote-debugging-port=${options.debugPort}`] : []),
    ],
    viewport: { width: 1280, height: 900 },
  });
  const leaks: string[] = [];
  await context.route('**/*', async (route) => {
    const req: Request = route.request();
    const url = new URL(req.url());
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    const answer = options.routes?.(url);
    if (answer) return route.fulfill({ status: 200, body: answer.body, contentType: answer.contentType ?? 'text/html; charset=utf-8' });
    leaks.push(`${req.method()} ${req.url()}`);
    return route.abort();
  });
  return {
    context,
    leaks,
    userDataDir,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The extension's service worker (waits for it to start). */
export async function serviceWorker(context: BrowserContext) {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${EXTENSION_ID}/`));
  return existing ?? context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(`chrome-extension://${EXTENSION_ID}/`) });
}

export function extensionPage(context: BrowserContext, page: string): Promise<Page> {
  return context.newPage().then(async (p) => {
    await p.goto(`chrome-extension://${EXTENSION_ID}/${page}`);
    return p;
  });
}
