// Runs first in `npm test`: the end-to-end suites need Debian's Chromium and firefox-esr. When
// one is missing, says which and the one line that installs it, before anything runs; as root
// with apt-get (CI, a fresh container) it installs them itself.
// GUARDRAIL_INSTALL_BROWSERS=0 turns the install off (the message and exit code 1 remain).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const BROWSERS = [
  { name: 'Chromium', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', pkg: 'chromium', env: 'CHROMIUM_PATH' },
  { name: 'Firefox ESR', path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', pkg: 'firefox-esr', env: 'FIREFOX_PATH' },
];

const missing = () => BROWSERS.filter((b) => !fs.existsSync(b.path));
const hasAptGet = () => {
  try {
    execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

let absent = missing();
if (absent.length && process.getuid?.() === 0 && process.env.GUARDRAIL_INSTALL_BROWSERS !== '0' && hasAptGet()) {
  const pkgs = absent.map((b) => b.pkg);
  console.log(`Installing the browsers the end-to-end tests need: ${pkgs.join(', ')} (apt-get)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...pkgs], { stdio: 'inherit', env });
  absent = missing();
}
if (absent.length) {
  const root = process.getuid?.() === 0 ? '' : 'sudo ';
  console.error(
    [
      `The end-to-end tests need ${absent.map((b) => `${b.name} (${b.path})`).join(' and ')}, which ${absent.length > 1 ? 'are' : 'is'} not installed.`,
      `Install with: ${root}apt-get install -y ${absent.map((b) => b.pkg).join(' ')}`,
      `(or point ${absent.map((b) => b.env).join(' / ')} at an installed binary)`,
    ].join('\n'),
  );
  process.exit(1);
}
