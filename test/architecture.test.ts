/**
 * The layout of src/ as a rule: every folder is a stage, and a stage imports only stages
 * that run before it (docs/ARCHITECTURE.md). No file imports a later stage, and no
 * import leads in a circle back to where it started. Every relative import counts,
 * `import type` too: a type from a later stage is a dependency on it all the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers/tmp.ts';

/** Stages in the order they run; a stage may import the ones listed before it. */
const STAGES: string[][] = [
  ['kernel'],
  ['study'],
  ['data'],
  ['instruments'],
  ['stats'],
  ['analysis'],
  ['report'],
  ['render'],
  ['build'],
  ['rebuild'],
  ['scaffold', 'check'],
  ['cli'],
];
/** The files directly in src/: the shared kernel every stage may use. */
const KERNEL = new Set([
  'code-hash.mjs',
  'code-hash.ts',
  'disk-cache.ts',
  'errors.ts',
  'limits.ts',
  'text.ts',
  'version.ts',
]);
/** Files outside src/ that src/ may import. */
const OUTSIDE_ALLOWED = new Set(['package.json']);

const SRC = join(REPO, 'src');
const rank = new Map(STAGES.flatMap((names, i) => names.map((n) => [n, i] as const)));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|mts|mjs|js)$/.test(e.name) && !e.name.endsWith('.d.mts') ? [p] : [];
  });
}

/** Path inside src/ with forward slashes, as messages show it. */
const shown = (abs: string) => relative(REPO, abs).split(sep).join('/');

/** The stage a file of src/ belongs to: its first folder, or the kernel for a file directly in src/. */
function stageOf(abs: string): string {
  const parts = relative(SRC, abs).split(sep);
  return parts.length === 1 ? 'kernel' : parts[0]!;
}

/** Relative import specifiers of a source text (static, re-exports, side effects, dynamic). */
function relativeImports(text: string): string[] {
  // Comments may quote imports; strings never hold one that is not real in this code base.
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\sfrom\s*['"](\.{1,2}\/[^'"]+)['"]/g,
    /\bimport\s*['"](\.{1,2}\/[^'"]+)['"]/g,
    /\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) out.push(m[1]!);
  return out;
}

interface Edge {
  from: string;
  to: string;
  spec: string;
}

function importGraph(): { files: string[]; edges: Edge[] } {
  const files = sourceFiles(SRC).sort();
  const edges = files.flatMap((from) =>
    relativeImports(readFileSync(from, 'utf8')).map((spec) => ({ from, to: resolve(dirname(from), spec), spec })),
  );
  return { files, edges };
}

/** Every circle of imports, each as the list of files along it (first file repeated at the end). */
function cycles(files: string[], edges: Edge[]): string[][] {
  const next = new Map<string, string[]>(files.map((f) => [f, []]));
  for (const e of edges) next.get(e.from)?.push(e.to);
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const g of next.get(f) ?? []) {
      if (state.get(g) === 'open') found.push([...stack.slice(stack.indexOf(g)), g]);
      else if (!state.has(g)) visit(g);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return found;
}

describe('architecture of src/', () => {
  const { files, edges } = importGraph();

  it('finds the imports it checks', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(edges.length).toBeGreaterThan(300);
    expect(
      relativeImports("import type { A } from './a.ts';\nexport { b } from '../b.ts';\nawait import('./c.ts');"),
    ).toEqual(['./a.ts', '../b.ts', './c.ts']);
  });

  it('puts every file in a known stage folder', () => {
    const problems = files
      .filter((f) => {
        const stage = stageOf(f);
        return stage === 'kernel' ? !KERNEL.has(relative(SRC, f)) : !rank.has(stage);
      })
      .map((f) => `${shown(f)}: not in a stage folder (known: ${STAGES.flat().join(', ')})`);
    expect(problems).toEqual([]);
  });

  it('imports no stage that runs later, and nothing outside src/ but package.json', () => {
    const problems: string[] = [];
    for (const e of edges) {
      const where = `${shown(e.from)} imports '${e.spec}'`;
      if (!e.to.startsWith(SRC + sep)) {
        if (!OUTSIDE_ALLOWED.has(relative(REPO, e.to))) problems.push(`${where}: outside src/`);
        continue;
      }
      const a = stageOf(e.from);
      const b = stageOf(e.to);
      if (a === b) continue;
      const ra = rank.get(a);
      const rb = rank.get(b);
      if (ra === undefined || rb === undefined) continue; // reported by the test above
      if (rb > ra) problems.push(`${where}: ${b}/ runs after ${a}/`);
      else if (rb === ra) problems.push(`${where}: ${a}/ and ${b}/ are independent stages`);
    }
    expect(problems).toEqual([]);
  });

  it('has no circle of imports', () => {
    expect(cycles(files, edges).map((c) => c.map(shown).join(' → '))).toEqual([]);
  });

  it('would see a circle and a backward import', () => {
    const a = join(SRC, 'study', 'a.ts');
    const b = join(SRC, 'study', 'b.ts');
    const found = cycles(
      [a, b],
      [
        { from: a, to: b, spec: './b.ts' },
        { from: b, to: a, spec: './a.ts' },
      ],
    );
    expect(found.map((c) => c.map(shown))).toEqual([['src/study/a.ts', 'src/study/b.ts', 'src/study/a.ts']]);
    expect(rank.get(stageOf(join(SRC, 'analysis', 'x.ts')))! > rank.get(stageOf(a))!).toBe(true);
  });
});
