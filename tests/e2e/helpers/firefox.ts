// Launches Debian's firefox-esr with the production Firefox build through puppeteer-core over
// WebDriver BiDi, and answers the social sites' real URLs with the same fixture pages as the
// Chromium suite. Every other request is refused and recorded: page requests by the request
// interceptor, and anything else the browser sends (the background page included) by a local
// proxy that every connection goes through and that forwards nothing.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from './browser';
import type { LaunchOptions } from './browser';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = path.join(ROOT, '.output/firefox-mv2');
export const FIREFOX_ID = 'guardrail@guardrail.health';
/** Firefox gives each extension a random internal UUID per profile; a pref pins it for the tests. */
export const FIREFOX_UUID = '6f1c2a0e-3b7d-4c58-9e21-5a4d0b8c7e13';
export const FIREFOX_ORIGIN = `moz-extension://${FIREFOX_UUID}`;

export interface FirefoxSession {
  browser: Browser;
  /** Requests refused because no fixture answers them (must stay empty). */
  leaks: string[];
  /** A new tab whose requests go through the fixture routes. */
  newPage(): Promise<Page>;
  /** A new tab on one of the extension's own pages (options.html, popup.html?tab=…). */
  extensionPage(page: string): Promise<Page>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  routes?: LaunchOptions['routes'];
  /** 'temporary' installs the build over BiDi; 'policy' leaves the install to policies.json. */
  install?: 'temporary' | 'policy';
}

/** A proxy that forwards nothing: it records where the browser tried to go and refuses. */
async function sinkProxy(leaks: string[]): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    leaks.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    leaks.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxSession> {
  if (!fs.existsSync(path.join(FIREFOX_BUILD, 'manifest.json'))) throw new Error('no Firefox build: run `npm run build:firefox` first');
  const leaks: string[] = [];
  const proxy = await sinkProxy(leaks);
  const port = (proxy.address() as AddressInfo).port;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Remote settings ignore their server pref (set to a dummy by puppeteer) unless this is set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    // Lets the tests open moz-extension:// pages (BiDi refuses them otherwise).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ID]: FIREFOX_UUID }),
      // ESR honours this: the policy test force-installs the unsigned production package.
      'xpinstall.signatures.required': false,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
  if ((options.install ?? 'temporary') === 'temporary') await browser.installExtension(FIREFOX_BUILD);

  const newPage = async (): Promise<Page> => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.protocol === 'moz-extension:' || url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:') return void req.continue();
      const answer = options.routes?.(url);
      if (answer) return void req.respond({ status: 200, body: answer.body, contentType: answer.contentType ?? 'text/html; charset=utf-8' });
      leaks.push(`${req.method()} ${req.url()}`);
      return void req.abort();
    });
    return page;
  };

  return {
    browser,
    leaks,
    newPage,
    async extensionPage(name) {
      const page = await newPage();
      // BiDi reports no load for moz-extension:// documents: start the navigation and wait for the document.
      page.goto(`${FIREFOX_ORIGIN}/${name}`).catch(() => undefined);
      // A script run while the old document is torn down fails with a protocol error, sometimes several times in a
      // row under load: ask again, paced, until a deadline rather than a count.
      const deadline = Date.now() + 20_000;
      for (;;) {
        try {
          await page.waitForFunction((origin) => location.origin === origin && document.readyState === 'complete', {}, FIREFOX_ORIGIN);
          return page;
        } catch (e) {
          const torn = /protocol error/i.test(String(e)) || /protocol error/i.test(String((e as Error).cause));
          if (!torn || Date.now() > deadline) throw e;
          await new Promise((r) => setTimeout(r, 250));
        }
      }
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => proxy.close(resolve));
    },
  };
}

/** Polls fn until it returns a value that passes ok (puppeteer has no expect.poll). */
export async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}
