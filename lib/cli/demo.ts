// `npm start`: after the build, opens Chromium with Guardrail loaded on its training page
// (a live composer with the same overlay as on the sites). Without a display it checks the
// demo drafts from the packs' own examples and prints what it finds.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createChecker } from '../engine/checker';
import { CORE_PACK_PATH, loadPackFile } from '../policy/files';
import { formatText } from './format';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILD = path.join(ROOT, '.output/chrome-mv3');
const EXTENSION_ID = 'hlhmhfikobjpdehekjlmgblkekpekhjg';
const CHROMIUM = ['chromium', 'chromium-browser', 'google-chrome'].map((b) => `/usr/bin/${b}`).find((p) => fs.existsSync(p));

function openBrowser(binary: string): void {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'guardrail-demo-'));
  console.log(`Opening Chromium with Guardrail (profile ${profile}). Type a draft on the training page.`);
  spawn(binary, [
    `--user-data-dir=${profile}`,
    '--no-first-run',
    '--disable-sync',
    `--disable-extensions-except=${BUILD}`,
    `--load-extension=${BUILD}`,
    `chrome-extension://${EXTENSION_ID}/training.html`,
  ], { stdio: 'ignore', detached: true }).unref();
}

function printDemo(): void {
  const core = loadPackFile(CORE_PACK_PATH);
  const riverbend = loadPackFile(path.join(ROOT, 'policies/examples/riverbend.yaml'));
  const checker = createChecker([core, riverbend]);
  // One draft per category found, so the demo shows the range of checks.
  const seen = new Set<string>();
  const drafts = [...(riverbend.examples ?? []), ...(core.examples ?? [])]
    .map((e) => ({ e, result: checker.check(e.text, { platform: e.platform, author: e.author }) }))
    .filter(({ result }) => {
      const category = result.findings[0]?.category;
      if (!category || seen.has(category)) return false;
      seen.add(category);
      return true;
    });
  for (const [i, { e, result }] of drafts.entries()) {
    console.log(formatText(`demo ${i + 1} (${e.platform ?? 'generic'})`, e.text, result));
  }
  console.log('Load .output/chrome-mv3 in Chrome (chrome://extensions, Developer mode, "Load unpacked") to try it on the sites.');
}

if (!fs.existsSync(path.join(BUILD, 'manifest.json'))) {
  console.error('No build in .output/chrome-mv3: run `npm run build` first.');
  process.exitCode = 2;
} else if ((process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && CHROMIUM) openBrowser(CHROMIUM);
else printDemo();
