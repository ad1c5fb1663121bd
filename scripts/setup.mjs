#!/usr/bin/env node
// Set-up that `npm start`, `npm test` and `npm run naskah` run first, so a fresh clone
// on a machine with only Node 20 needs no other step. It is a no-op when everything is
// in place, and it writes only to stderr so that `--json` output on stdout stays clean.
//
// 1. npm packages: `npm ci` when node_modules is missing or older than package-lock.json.
// 2. A Chromium for PDF output: NASKAH_BROWSER, then the usual system paths; on Debian as
//    root, `apt-get install chromium-headless-shell` (Chromium's headless shell: the same
//    PDFs as the whole browser, for a third of its CPU and half its memory); otherwise a
//    message naming what to install or set.
//    A missing browser is not fatal here: HTML and JSON builds do not need one, and a PDF
//    build stops with the same message.
// 3. LibreOffice, which the tests use to open naskah's .docx files as a word processor
//    does: NASKAH_SOFFICE, then the usual paths; on Debian as root, `apt-get install
//    libreoffice-writer-nogui` (Writer without the GUI libraries: the smallest set that
//    converts a .docx to PDF headless). Not fatal when missing: building never needs it.
//
// This file must run before any dependency is installed, so it uses Node built-ins only.
// `npm start` and `npm run naskah` run it inside the naskah process itself (bin/naskah.mjs
// calls setup() when npm started it), so the check costs a few file reads, not a second
// Node start-up; `npm run setup` and `npm test` run this file directly. When everything is
// in place the check loads nothing beyond node:fs and node:path: node:crypto and
// node:child_process (about as much CPU again as the check itself) are required only when
// something has to be hashed or installed.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser, browserInstallAdvice } from '../src/render/browser.mjs';
import { findOffice, OFFICE_DEBIAN_PACKAGES, officeInstallAdvice } from '../src/render/office.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
/** child_process.spawnSync, loaded on first use. */
const spawnSync = (...args) => require('node:child_process').spawnSync(...args);
const say = (msg) => process.stderr.write(`naskah setup: ${msg}\n`);

function checkNode() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 20) {
    say(`Node ${process.versions.node} is too old; naskah needs Node 20 or newer.`);
    process.exit(1);
  }
}

function ensurePackages() {
  const lock = join(root, 'package-lock.json');
  const stamp = join(root, 'node_modules', '.naskah-installed');
  // A second stamp records the lock file's size and mtime beside that hash: when they match,
  // the lock is the one installed and hashing it (most of this check's time) is skipped.
  const quick = join(root, 'node_modules', '.naskah-installed-stat');
  const st = statSync(lock);
  const seen = `${st.size}:${st.mtimeMs}`;
  const read = (f) => (existsSync(f) ? readFileSync(f, 'utf8').trim() : '');
  const installed = read(stamp);
  if (installed && read(quick) === `${installed} ${seen}`) return;
  const want = require('node:crypto').createHash('sha256').update(readFileSync(lock)).digest('hex');
  if (installed === want) {
    try {
      writeFileSync(quick, `${want} ${seen}\n`);
    } catch {
      // A read-only node_modules: the hash is checked each time, which is still correct.
    }
    return;
  }
  say('installing npm packages (npm ci)…');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (r.status !== 0) {
    say('`npm ci` failed (see above). Check the network access to the npm registry and run `npm ci` by hand.');
    process.exit(1);
  }
  writeFileSync(stamp, `${want}\n`);
}

function osRelease() {
  try {
    const text = readFileSync('/etc/os-release', 'utf8');
    return Object.fromEntries(
      text
        .split('\n')
        .filter((l) => l.includes('='))
        .map((l) => {
          const i = l.indexOf('=');
          return [l.slice(0, i), l.slice(i + 1).replace(/^"|"$/g, '')];
        }),
    );
  } catch {
    return {};
  }
}

function ensureBrowser() {
  if (process.env.NASKAH_SKIP_BROWSER === '1') return;
  if (findBrowser()) return;
  const os = osRelease();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (os.ID === 'debian' && isRoot) {
    say("no Chromium found; installing Debian's chromium-headless-shell package (apt-get)…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const opts = { stdio: ['ignore', process.stderr, process.stderr], env };
    const u = spawnSync('apt-get', ['update', '-q'], opts);
    const i =
      u.status === 0
        ? spawnSync(
            'apt-get',
            ['install', '-y', '-q', 'chromium-headless-shell', 'fonts-liberation', 'fonts-dejavu-core'],
            opts,
          )
        : u;
    if (i.status === 0 && findBrowser()) {
      say(`Chromium installed: ${findBrowser()}`);
      return;
    }
    say('installing chromium-headless-shell with apt-get failed (see above); PDF output will not be available.');
    return;
  }
  say(`no Chromium found; PDF output will not be available. ${browserInstallAdvice(os.ID)}`);
}

/**
 * strace, for the test that proves a PDF build touches no network
 * (test/render/no-network.test.ts); like Chromium, installed only on Debian as root and
 * only when missing. Without it that test is skipped, nothing else needs it.
 */
function ensureStrace() {
  // Looking along PATH costs a few stat calls; starting `strace -V` cost a process each time.
  if (onPath('strace')) return;
  if (spawnSync('strace', ['-V'], { stdio: 'ignore' }).status === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (osRelease().ID !== 'debian' || !isRoot) return;
  say('installing strace (apt-get) for the no-network test…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const opts = { stdio: ['ignore', process.stderr, process.stderr], env };
  let i = spawnSync('apt-get', ['install', '-y', '-q', 'strace'], opts);
  if (i.status !== 0 && spawnSync('apt-get', ['update', '-q'], opts).status === 0)
    i = spawnSync('apt-get', ['install', '-y', '-q', 'strace'], opts);
  if (i.status !== 0) say('installing strace failed (see above); the no-network test will be skipped.');
}

function ensureOffice() {
  if (process.env.NASKAH_SKIP_OFFICE === '1') return;
  if (findOffice()) return;
  const os = osRelease();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (os.ID === 'debian' && isRoot) {
    say(`no LibreOffice found; installing Debian's ${OFFICE_DEBIAN_PACKAGES[0]} package (apt-get)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const opts = { stdio: ['ignore', process.stderr, process.stderr], env };
    const u = spawnSync('apt-get', ['update', '-q'], opts);
    const i = u.status === 0 ? spawnSync('apt-get', ['install', '-y', '-q', ...OFFICE_DEBIAN_PACKAGES], opts) : u;
    if (i.status === 0 && findOffice()) {
      say(`LibreOffice installed: ${findOffice()}`);
      return;
    }
    say('installing LibreOffice with apt-get failed (see above); the Word-output tests will be skipped.');
    return;
  }
  say(`no LibreOffice found; the Word-output tests will be skipped. ${officeInstallAdvice(os.ID)}`);
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      if (statSync(join(dir, name)).isFile()) return true;
    } catch {
      // Not in this folder.
    }
  }
  return false;
}

export function setup() {
  checkNode();
  ensurePackages();
  ensureBrowser();
  ensureStrace();
  ensureOffice();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) setup();
