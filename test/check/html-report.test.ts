/**
 * `naskah check --format html`: one self-contained page for reviewers. Its structure is
 * asserted on the string; then headless Chromium opens it, takes a screenshot, and a click
 * on a summary link must bring the marked finding into view.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { CliIO } from '../../src/cli/command.ts';
import { findBrowser } from '../../src/render/browser.mjs';
import { tempDir } from '../helpers/tmp.ts';

const fixtures = join(import.meta.dirname, 'fixtures');

async function run(cwd: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    isTTY: false,
    cwd,
    env: {},
  };
  const code = await main(['check', ...args], io);
  return { code, out, err };
}

describe('naskah check --format html', () => {
  it('writes one self-contained page: summary with links, the text with each finding marked in place', async () => {
    const r = await run(fixtures, 'naskah-id.md', '--format', 'html');
    expect(r.code).toBe(1);
    const html = r.out;
    expect(html.startsWith('<!doctype html>')).toBe(true);
    // Nothing loaded from elsewhere: no scripts, no links, no external images.
    expect(html).not.toMatch(/<script|<link|src=|url\(/i);
    expect(html).toContain('<h1>naskah check: naskah-id.md (Bahasa Indonesia, α = 0,05)</h1>');
    // The inconsistent p on line 15 is listed in the summary, linked to its mark in the text.
    const link = /<li class="v-inconsistent"><a href="#(f\d+)">baris 15 · nilai p · TIDAK KONSISTEN<\/a>/.exec(html);
    expect(link).not.toBeNull();
    const id = link![1]!;
    expect(html).toContain(`<span id="${id}"></span><mark class="v-inconsistent">t(95) = 8,62; p = 0,020</mark>`);
    // Its card says what was recomputed and why.
    expect(html).toContain(
      `<div class="card v-inconsistent" id="c${id.slice(1)}"><b>nilai p · TIDAK KONSISTEN</b><div>dilaporkan: t(95) = 8,62; p = 0,020</div><div>dihitung ulang: p = `,
    );
  });

  it('opens in Chromium, and a summary link scrolls to its finding', async () => {
    const browserPath = findBrowser();
    if (!browserPath) {
      console.log('html report: no Chromium found, browser part skipped');
      return;
    }
    const dir = tempDir('naskah-check-html-');
    // A long text, so that the finding lies far below the first screen.
    const filler = 'Penelitian ini dilakukan pada pegawai pemerintah kota.\n'.repeat(300);
    const text = `${filler}\nSkor stres menurun secara bermakna, t(95) = 1,20; p = 0,020.\n${filler}`;
    writeFileSync(join(dir, 'naskah.txt'), text);
    const r = await run(dir, 'naskah.txt', '--format', 'html');
    expect(r.code).toBe(1);
    const file = join(dir, 'report.html');
    writeFileSync(file, r.out);
    const { default: puppeteer } = await import('puppeteer-core');
    const browser = await puppeteer.launch({
      executablePath: browserPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', `--user-data-dir=${join(dir, 'profile')}`],
    });
    try {
      const page = await browser.newPage();
      await page.setViewport({ width: 1000, height: 700 });
      await page.goto(`file://${file}`, { waitUntil: 'load' });
      const shot = await page.screenshot({ path: join(dir, 'report.png') });
      expect(shot.length).toBeGreaterThan(10_000);
      const before = await page.evaluate(() => {
        const mark = document.querySelector('mark.v-decision-error')!;
        return { top: mark.getBoundingClientRect().top, height: window.innerHeight };
      });
      expect(before.top).toBeGreaterThan(before.height);
      await page.click('ol.flagged a');
      await page.waitForFunction(() => location.hash.startsWith('#f'));
      const after = await page.evaluate(() => {
        const target = document.querySelector(location.hash)!;
        const mark = target.nextElementSibling!;
        const box = mark.getBoundingClientRect();
        return { tag: mark.tagName, text: mark.textContent, top: box.top, height: window.innerHeight };
      });
      expect(after.tag).toBe('MARK');
      expect(after.text).toBe('t(95) = 1,20; p = 0,020');
      expect(after.top).toBeGreaterThanOrEqual(0);
      expect(after.top).toBeLessThan(after.height);
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('says a file is too large instead of running for minutes (exit 2)', async () => {
    const dir = tempDir('naskah-check-large-');
    writeFileSync(join(dir, 'huge.txt'), 'Penelitian ini dilakukan pada pegawai.\n'.repeat(260_000));
    const r = await run(dir, 'huge.txt');
    expect(r.code).toBe(2);
    expect(r.err).toContain('huge.txt has 10,140,000 characters of text; naskah check reads at most 10,000,000');
  });
});
