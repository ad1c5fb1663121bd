/**
 * `naskah check` on a thesis-sized manuscript: a deterministic ~130,000-character text in
 * Bahasa Indonesia and English, full of reported statistics, frequency tables and SPSS
 * output, checked as .txt (target < 1 s) and, printed by Chromium to a ~150-page PDF, as
 * .pdf (target < 5 s). The files are written to a temporary folder before timing starts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFile } from '../src/check/index.ts';
import { findBrowser } from '../src/render/browser.mjs';
import { peakMemoryMb, report, timed } from './measure.ts';
import { seededRandom as rng } from '../test/helpers/prng.ts';

type Block =
  | { kind: 'p'; text: string }
  | { kind: 'h'; text: string }
  | { kind: 'table'; title: string; rows: string[][] };

function fmt(x: number, d: number, lang: 'id' | 'en'): string {
  const s = x.toFixed(d);
  return lang === 'id' ? s.replace('.', ',') : s;
}

function thesis(target: number): Block[] {
  const r = rng(20260518);
  const blocks: Block[] = [];
  let size = 0;
  const push = (b: Block) => {
    blocks.push(b);
    size += b.kind === 'table' ? b.rows.flat().join('\t').length + b.title.length : b.text.length;
  };
  const filler = {
    id: 'Penelitian ini dilakukan pada aparatur sipil negara yang bekerja di lingkungan pemerintah kota dan mengikuti pelatihan manajemen stres selama empat minggu. ',
    en: 'The study was conducted among civil servants working for the city government who attended a four-week stress management training. ',
  };
  let chapter = 0;
  while (size < target) {
    const lang: 'id' | 'en' = chapter % 2 === 0 ? 'id' : 'en';
    chapter++;
    push({ kind: 'h', text: lang === 'id' ? `BAB ${chapter} HASIL PENELITIAN` : `CHAPTER ${chapter} RESULTS` });
    for (let k = 0; k < 6; k++) {
      const df = 20 + Math.floor(r() * 100);
      const t = 1 + r() * 4;
      const f = 1 + r() * 6;
      const chi = 1 + r() * 10;
      const n1 = 10 + Math.floor(r() * 60);
      const n2 = 10 + Math.floor(r() * 60);
      const or = 1.2 + r() * 5;
      const lo = or / (1.5 + r());
      const hi = or * (or / lo);
      const para =
        lang === 'id'
          ? `${filler.id}Skor stres menurun secara signifikan, t(${df}) = ${fmt(t, 2, 'id')}; p = ${fmt(0.01 + r() * 0.04, 3, 'id')}; d = ${fmt(r(), 2, 'id')}. ` +
            `Hasil ANOVA menunjukkan F(2; ${df}) = ${fmt(f, 2, 'id')}; p = 0,0${Math.floor(10 + r() * 80)}. ` +
            `Terdapat hubungan antara masa kerja dan stres (χ²(${1 + (k % 3)}) = ${fmt(chi, 2, 'id')}; p = 0,${Math.floor(100 + r() * 800)}). ` +
            `Responden laki-laki sebanyak ${n1} orang (${fmt((100 * n1) / (n1 + n2), 1, 'id')}%) dan perempuan ${n2} orang (${fmt((100 * n2) / (n1 + n2), 1, 'id')}%). ` +
            `Masa kerja berhubungan dengan stres kerja, OR = ${fmt(or, 2, 'id')}; IK 95% [${fmt(lo, 2, 'id')}; ${fmt(hi, 2, 'id')}]; p = 0,0${Math.floor(10 + r() * 40)}. ` +
            `Rata-rata skor PSS adalah M = ${fmt(10 + r() * 10, 2, 'id')} (SD = ${fmt(3 + r() * 2, 2, 'id')}; n = ${n1 + n2}). ${filler.id}`
          : `${filler.en}Perceived stress decreased, t(${df}) = ${fmt(t, 2, 'en')}, p = .0${Math.floor(10 + r() * 40)}, d = ${fmt(r(), 2, 'en')}. ` +
            `Stress differed across units, F(2, ${df}) = ${fmt(f, 2, 'en')}, p = .0${Math.floor(10 + r() * 80)}. ` +
            `Stress was associated with tenure, χ2(${1 + (k % 3)}) = ${fmt(chi, 2, 'en')}, p = .${Math.floor(100 + r() * 800)}. ` +
            `Of the ${n1 + n2} participants, ${n1} (${fmt((100 * n1) / (n1 + n2), 1, 'en')}%) were men and ${n2} (${fmt((100 * n2) / (n1 + n2), 1, 'en')}%) were women. ` +
            `Tenure was associated with stress, OR = ${fmt(or, 2, 'en')}, 95% CI [${fmt(lo, 2, 'en')}, ${fmt(hi, 2, 'en')}], p = .0${Math.floor(10 + r() * 40)}. ` +
            `The mean PSS score was M = ${fmt(10 + r() * 10, 2, 'en')} (SD = ${fmt(3 + r() * 2, 2, 'en')}, n = ${n1 + n2}). ${filler.en}`;
      push({ kind: 'p', text: para });
    }
    const counts = [10 + Math.floor(r() * 40), 10 + Math.floor(r() * 40), Math.floor(r() * 10)];
    const total = counts.reduce((a, b) => a + b, 0);
    push({
      kind: 'table',
      title:
        lang === 'id'
          ? `Tabel ${chapter}.1 Distribusi frekuensi tingkat stres`
          : `Table ${chapter}.1 Frequency of stress levels`,
      rows: [
        [
          lang === 'id' ? 'Tingkat stres' : 'Stress level',
          lang === 'id' ? 'Frekuensi' : 'Frequency',
          lang === 'id' ? 'Persentase' : 'Percent',
        ],
        ...counts.map((c, i) => [['Rendah', 'Sedang', 'Berat'][i]!, String(c), fmt((100 * c) / total, 1, lang)]),
        [lang === 'id' ? 'Jumlah' : 'Total', String(total), fmt(100, 1, lang)],
      ],
    });
    push({
      kind: 'table',
      title: 'Paired Samples Test',
      rows: [
        ['', 'Paired Differences', '', '', '', '', 't', 'df', 'Sig. (2-tailed)'],
        ['', 'Mean', 'Std. Deviation', 'Std. Error Mean', '95% Confidence Interval of the Difference', '', '', '', ''],
        ['', '', '', '', 'Lower', 'Upper', '', '', ''],
        ['Pair 1', 'PSS pre - PSS post', '4.03125', '4.58017', '.46746', '3.10322', '4.95928', '8.624', '95', '.000'],
      ],
    });
  }
  return blocks;
}

function toText(blocks: Block[]): string {
  return `${blocks
    .map((b) => (b.kind === 'table' ? [b.title, ...b.rows.map((row) => row.join('\t'))].join('\n') : b.text))
    .join('\n\n')}\n`;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Double-spaced A4 pages with wide margins, each chapter and each table on a new page, as theses are printed. */
function toHtml(blocks: Block[]): string {
  const body = blocks
    .map((b) => {
      if (b.kind === 'h') return `<h1>${esc(b.text)}</h1>`;
      if (b.kind === 'p') return `<p>${esc(b.text)}</p>`;
      return `<p class="table-title">${esc(b.title)}</p><table>${b.rows.map((row) => `<tr>${row.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table>`;
    })
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    @page { size: A4; margin: 4cm 3cm 3cm 4cm; }
    body { font-family: 'DejaVu Serif', serif; font-size: 13pt; line-height: 2.3; text-align: justify; }
    h1 { font-size: 14pt; break-before: page; text-align: center; }
    .table-title { break-before: page; }
    table { border-collapse: collapse; margin: 1em 0; font-size: 10pt; line-height: 1.4; }
    td { padding: 2px 10px; }
  </style></head><body>${body}</body></html>`;
}

async function printPdf(html: string, dir: string): Promise<string | null> {
  const executablePath = findBrowser();
  if (!executablePath) return null;
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', `--user-data-dir=${join(dir, 'profile')}`],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const out = join(dir, 'thesis.pdf');
    await page.pdf({ path: out, format: 'A4', preferCSSPageSize: true });
    return out;
  } finally {
    await browser.close();
  }
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'naskah-check-bench-'));
try {
  const blocks = thesis(130_000);
  const text = toText(blocks);
  const txt = join(dir, 'thesis.txt');
  writeFileSync(txt, text);
  const pdf = await printPdf(toHtml(blocks), dir);

  // A first run warms up the module cache and JIT, as a second `naskah check` in a session would be.
  await checkFile(txt);
  const t = await timed(() => checkFile(txt));
  report(
    `check .txt (${(text.length / 1000).toFixed(0)}k chars, ${t.value.findings.length} findings)`,
    `${t.ms.toFixed(0)} ms`,
    '< 1000 ms',
  );
  const again = await timed(() => checkFile(txt));
  report('check .txt (second run)', `${again.ms.toFixed(0)} ms`);
  if (pdf) {
    // pdf.js is loaded once before timing: under the tsx loader that runs benches, loading its
    // 3 MB of modules takes seconds that the bundled command (timed below) does not spend.
    await import('pdfjs-dist/legacy/build/pdf.mjs');
    const worker = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
    await import(worker);
    const p = await timed(() => checkFile(pdf));
    const pages = Math.max(...p.value.findings.map((f) => f.page ?? 0));
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const { readFileSync } = await import('node:fs');
    const doc = await getDocument({ data: new Uint8Array(readFileSync(pdf)), verbosity: 0 }).promise;
    report(`check .pdf (${doc.numPages} pages, findings to page ${pages})`, `${p.ms.toFixed(0)} ms`, '< 5000 ms');
    await doc.destroy();
  } else {
    report('check .pdf', 'skipped', 'no Chromium found (set NASKAH_BROWSER)');
  }
  report('peak memory (in process)', `${peakMemoryMb().toFixed(0)} MB`);

  // The command as users run it: bin/naskah.mjs on plain Node (the esbuild bundle, no TypeScript
  // loader), from process start to exit. A first run builds the bundle if the sources changed.
  const cli = (file: string) =>
    spawnSync(process.execPath, [join(root, 'bin', 'naskah.mjs'), 'check', file, '--json'], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
  cli(txt);
  for (const [label, file, target] of [
    ['naskah check thesis.txt (whole command)', txt, '< 1000 ms'],
    ['naskah check thesis.pdf (whole command)', pdf, '< 5000 ms'],
  ] as const) {
    if (!file) continue;
    const t0 = performance.now();
    const r = cli(file);
    const ms = performance.now() - t0;
    if (r.status !== 0 && r.status !== 1) throw new Error(`naskah check ${file} failed (${r.status}): ${r.stderr}`);
    report(label, `${ms.toFixed(0)} ms`, target);
  }
} finally {
  // KEEP=1 leaves the generated thesis (.txt, .pdf) in place, to profile or inspect it.
  if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
  else process.stdout.write(`kept ${dir}\n`);
}
