/**
 * `naskah new`: for every design, the scaffold is written (study.yaml, data header,
 * manuscript stubs, references.bib, README), `naskah build` of it gives the expected
 * result (data designs: the clear data/no-rows error; narrative: success), and after a
 * few valid rows are appended the data designs build. Also: refusing a non-empty
 * folder, unknown designs, and --help listing the designs.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { INSTRUMENTS } from '../../src/instruments/library/index.ts';
import { expandItems } from '../../src/study/load.ts';
import { DESIGNS } from '../../src/study/schema.ts';
import { run } from '../helpers/io.ts';
import { tempDir } from '../helpers/tmp.ts';

const tmp = tempDir();

/** Deterministic pseudo-random integers (LCG), so the appended rows are the same on every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  return (lo: number, hi: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return lo + (s % (hi - lo + 1));
  };
}

/** `n` valid CSV rows for a study folder, from its study.yaml: levels, ranges and item ranges. */
function validRows(dir: string, n: number, seed = 7): string[] {
  const spec = parse(readFileSync(join(dir, 'study.yaml'), 'utf8'));
  const header = readFileSync(join(dir, spec.data.file), 'utf8').trim().split(',');
  const items = new Map<string, [number, number]>();
  for (const use of Object.values(spec.instruments ?? {}) as { use: string; items: string }[]) {
    for (const col of expandItems(use.items)) items.set(col, INSTRUMENTS.get(use.use)!.itemRange);
  }
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) =>
    header
      .map((col) => {
        if (col === spec.data.id) return String(i + 1);
        const v = spec.variables?.[col];
        if (v?.type === 'categorical') {
          const levels = Object.keys(v.levels);
          return levels[i % levels.length];
        }
        if (v?.type === 'text')
          return String.fromCharCode(65 + (i % 26)) + String.fromCharCode(65 + ((i * 7 + 3) % 26));
        if (v?.type === 'integer' || v?.type === 'number') {
          const [lo, hi] = v.range ?? [0, 100];
          return String(r(lo, Math.min(hi, lo + 30)));
        }
        // Items: every third respondent answers at the low end, so that categories vary.
        const range = items.get(col);
        if (range) return String(i % 3 === 0 ? r(range[0], range[0] + 1) : r(range[0], range[1]));
        throw new Error(`no rule for column ${col}`);
      })
      .join(','),
  );
}

const EXPECTED_FILES: Record<string, string[]> = {
  'one-group-pretest-posttest': [
    'README.md',
    'data/pss.csv',
    'manuscript/en.md',
    'manuscript/id.md',
    'references.bib',
    'study.yaml',
  ],
  'quasi-experiment': [
    'README.md',
    'data/dass.csv',
    'manuscript/en.md',
    'manuscript/id.md',
    'references.bib',
    'study.yaml',
  ],
  'cross-sectional': [
    'README.md',
    'data/survei.csv',
    'manuscript/en.md',
    'manuscript/id.md',
    'references.bib',
    'study.yaml',
  ],
  'case-series': ['README.md', 'data/pss.csv', 'manuscript/en.md', 'manuscript/id.md', 'references.bib', 'study.yaml'],
  narrative: ['README.md', 'manuscript/en.md', 'manuscript/id.md', 'references.bib', 'study.yaml'],
  experimental: [
    'README.md',
    'data/eksperimen.csv',
    'manuscript/en.md',
    'manuscript/id.md',
    'references.bib',
    'study.yaml',
  ],
  'repeated-measures': [
    'README.md',
    'data/pengukuran.csv',
    'manuscript/en.md',
    'manuscript/id.md',
    'references.bib',
    'study.yaml',
  ],
  correlational: [
    'README.md',
    'data/korelasi.csv',
    'manuscript/en.md',
    'manuscript/id.md',
    'references.bib',
    'study.yaml',
  ],
  'secondary-data': [
    'README.md',
    'data/sekunder.csv',
    'manuscript/en.md',
    'manuscript/id.md',
    'references.bib',
    'study.yaml',
  ],
};
const SOURCES: Record<string, string[]> = {
  'one-group-pretest-posttest': ['cohen1983pss'],
  'quasi-experiment': ['lovibond1995manual'],
  'cross-sectional': ['ivancevich1980stress'],
  'case-series': ['cohen1983pss', 'jacobson1991rci', 'cohen1988norms'],
  narrative: [],
  experimental: [],
  'repeated-measures': [],
  correlational: [],
  'secondary-data': [],
};
/** Designs whose scaffolded analyses draw no figure: none since every analysis type with a result to show draws one. */
const NO_FIGURE = new Set<string>();
const ROWS: Record<string, number> = {
  'one-group-pretest-posttest': 8,
  'quasi-experiment': 10,
  'cross-sectional': 12,
  'case-series': 3,
  experimental: 12,
  'repeated-measures': 10,
  correlational: 12,
  'secondary-data': 12,
};

describe.each(DESIGNS.map((d) => [d]))('naskah new --design %s', (design) => {
  const name = `studi-${design}`;
  const dir = join(tmp, name);
  const out = join(tmp, 'out');

  it('writes the scaffold: commented study.yaml, header-only data, manuscript stubs, references, README', async () => {
    const r = await run(['new', name, '--design', design], { cwd: tmp });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`created ${name}/ (design: ${design}, id: ${name})`);
    for (const f of EXPECTED_FILES[design]!) {
      expect(existsSync(join(dir, f)), f).toBe(true);
      expect(r.stdout).toContain(`  ${f}`);
    }
    const yamlText = readFileSync(join(dir, 'study.yaml'), 'utf8');
    expect(yamlText).toMatch(/^# /m);
    expect(yamlText).not.toContain('{{');
    const spec = parse(yamlText);
    expect(spec.id).toBe(name);
    expect(spec.design).toBe(design);
    expect(spec.title).toEqual({ id: expect.any(String), en: expect.any(String) });
    for (const lang of ['id', 'en']) {
      const md = readFileSync(join(dir, 'manuscript', `${lang}.md`), 'utf8');
      expect(md).toContain('::section[methods]');
      if (design !== 'narrative')
        for (const s of ['::section[results]', '::section[conclusion]']) expect(md).toContain(s);
    }
    const bib = readFileSync(join(dir, 'references.bib'), 'utf8');
    expect([...bib.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1])).toEqual(SOURCES[design]);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain(`# ${name}`);
    if (design === 'narrative') {
      expect(spec.data).toBeUndefined();
      expect(spec.analyses).toBeUndefined();
      return;
    }
    // The header names exactly the columns study.yaml reads: id, variables, instrument items.
    const header = readFileSync(join(dir, spec.data.file), 'utf8');
    expect(header.endsWith('\n')).toBe(true);
    expect(header.trim().split('\n')).toHaveLength(1);
    const columns = header.trim().split(',');
    const items = Object.values((spec.instruments ?? {}) as Record<string, { items: string }>).flatMap((u) =>
      expandItems(u.items),
    );
    expect(columns).toEqual([spec.data.id, ...Object.keys(spec.variables), ...items]);
  });

  it(
    design === 'narrative' ? 'builds as it is' : 'does not build before data rows are added: data/no-rows, exit 1',
    async () => {
      const r = await run(['build', dir, '--out', out, '--format', 'html,json']);
      if (design === 'narrative') {
        expect(r.stderr).toContain(`built ${name}`);
        expect(r.code).toBe(0);
        const html = readFileSync(join(out, name, 'en.html'), 'utf8');
        expect(html).toContain('This is a narrative practice article');
        return;
      }
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('error[data/no-rows]');
      expect(r.stderr).toContain('has a header but no data rows');
      expect(r.stderr).toContain('Add one row per participant below the header');
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(join(out, name))).toBe(false);
    },
  );

  it.skipIf(design === 'narrative')('builds after a few valid rows are appended', async () => {
    const spec = parse(readFileSync(join(dir, 'study.yaml'), 'utf8'));
    appendFileSync(join(dir, spec.data.file), `${validRows(dir, ROWS[design]!).join('\n')}\n`);
    const r = await run(['build', dir, '--out', out, '--format', 'html,json']);
    expect(r.stderr).toContain(`built ${name}`);
    expect(r.code).toBe(0);
    const results = JSON.parse(readFileSync(join(out, name, 'results.json'), 'utf8'));
    expect(results.n).toBe(ROWS[design]);
    expect(Object.keys(results.analyses)).toEqual(spec.analyses.map((a: { id: string }) => a.id));
    for (const lang of ['id', 'en']) {
      const html = readFileSync(join(out, name, `${lang}.html`), 'utf8');
      expect(html).not.toContain('NaN');
      if (!NO_FIGURE.has(design)) expect(html).toContain('<svg');
    }
  });
});

describe('naskah new refuses and explains', () => {
  it('refuses an existing non-empty folder and leaves it as it was', async () => {
    const dir = join(tmp, 'ada-isinya');
    mkdirSync(dir);
    writeFileSync(join(dir, 'catatan.txt'), 'jangan ditimpa\n');
    const r = await run(['new', dir, '--design', 'narrative']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error[new/folder-not-empty]');
    expect(r.stderr).toContain('already exists and is not empty');
    expect(r.stderr).toContain('Choose a new folder name');
    expect(existsSync(join(dir, 'study.yaml'))).toBe(false);
    expect(readFileSync(join(dir, 'catatan.txt'), 'utf8')).toBe('jangan ditimpa\n');
  });
  it('accepts an existing empty folder', async () => {
    const dir = join(tmp, 'kosong');
    mkdirSync(dir);
    const r = await run(['new', dir]);
    expect(r.code).toBe(0);
    expect(parse(readFileSync(join(dir, 'study.yaml'), 'utf8')).design).toBe('one-group-pretest-posttest');
  });
  it('makes a valid id from the folder name', async () => {
    const r = await run(['new', 'Studi Kota Metro 2024', '--design', 'case-series'], { cwd: tmp });
    expect(r.code).toBe(0);
    expect(parse(readFileSync(join(tmp, 'Studi Kota Metro 2024', 'study.yaml'), 'utf8')).id).toBe(
      'studi-kota-metro-2024',
    );
  });
  it('names the designs for an unknown one, with a suggestion', async () => {
    const r = await run(['new', join(tmp, 'x'), '--design', 'case-serie']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unknown design "case-serie" (did you mean "case-series"?)');
    for (const d of DESIGNS) expect(r.stderr).toContain(d);
    expect(existsSync(join(tmp, 'x'))).toBe(false);
  });
  it('asks for a folder', async () => {
    const r = await run(['new']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error[cli/usage]');
    expect(r.stderr).toContain('naskah new <dir>');
  });
  it('--help lists every design', async () => {
    const r = await run(['new', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: naskah new <dir> [--design DESIGN]');
    for (const d of DESIGNS) expect(r.stdout).toMatch(new RegExp(`^  ${d}\\s+\\S`, 'm'));
  });
  it('is listed by naskah --help', async () => {
    const r = await run(['--help']);
    expect(r.stdout).toMatch(/^ {2}new\s+create a study folder/m);
  });
});
