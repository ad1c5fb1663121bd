// Where to find a Chromium for printing PDFs. Shared by the set-up script (plain Node,
// before dependencies exist, so Node built-ins only) and by src/render/pdf.ts.
import { existsSync } from 'node:fs';

// Chromium's headless shell first (Debian's chromium-headless-shell): it prints the same
// PDFs as the whole browser for a third of the CPU and half the memory, as it starts no
// browser UI, profile databases or extra renderer. Then the whole browser, its binary
// before Debian's /usr/bin/chromium shell wrapper (which runs grep, findmnt and ls first).
export const BROWSER_CANDIDATES = [
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium-headless-shell',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The browser to use: NASKAH_BROWSER when set (and present), else the first system path found. */
export function findBrowser(env = process.env) {
  const chosen = env.NASKAH_BROWSER;
  if (chosen) return existsSync(chosen) ? chosen : null;
  return BROWSER_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** What to tell someone who has no browser, by operating system id from /etc/os-release. */
export function browserInstallAdvice(osId, env = process.env) {
  if (env.NASKAH_BROWSER) {
    return `NASKAH_BROWSER is set to ${env.NASKAH_BROWSER}, but no file is there: point it at a Chromium or Chrome executable.`;
  }
  if (osId === 'ubuntu') {
    return 'On Ubuntu the chromium package is only a snap stub: install Google Chrome (.deb) or run `snap install chromium`, then set NASKAH_BROWSER=/snap/bin/chromium (or the Chrome path).';
  }
  if (osId === 'debian') {
    return 'Install it as root with `apt-get update && apt-get install chromium-headless-shell` (or `chromium`), or set NASKAH_BROWSER to a Chromium or Chrome executable.';
  }
  return 'Install Chromium or Google Chrome and set NASKAH_BROWSER to its executable.';
}
