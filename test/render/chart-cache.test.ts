/**
 * Charts are drawn from a cached compile of their shape with the values fed to a fresh
 * view (src/render/chart.ts). That must give the very SVG the plain way gives, for every
 * figure of every example study, and again when drawn twice.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { analyze } from '../../src/analysis/index.ts';
import { findStudies } from '../../src/cli/commands/build.ts';
import { readDataset } from '../../src/data/read.ts';
import { scoreInstruments } from '../../src/instruments/score.ts';
import { chartToSvg, drawInline } from '../../src/render/chart.ts';
import { composeDocument } from '../../src/report/index.ts';
import { STUDY_REGISTRIES } from '../../src/build/registries.ts';
import { loadStudy, nodeStudyFiles } from '../../src/study/load.ts';
import { REPO, tempDir } from '../helpers/tmp.ts';

// An empty disk cache, so every chart here is drawn (src/render/chart.ts reads the folder on first use).
process.env.NASKAH_CHART_CACHE = tempDir();

function figures(): [string, Record<string, unknown>][] {
  const out: [string, Record<string, unknown>][] = [];
  for (const dir of findStudies(join(REPO, 'studies'))) {
    let study: ReturnType<typeof loadStudy>['study'];
    try {
      study = loadStudy(dir, { cwd: REPO, files: nodeStudyFiles, registries: STUDY_REGISTRIES }).study;
      if (!study.data) continue;
      const results = analyze(study, scoreInstruments(study, readDataset(study, nodeStudyFiles)));
      for (const lang of study.languages) {
        const doc = composeDocument(study, results, lang, { version: 'test' });
        for (const [key, fig] of Object.entries(doc.figures)) out.push([`${study.id} ${lang} ${key}`, fig.spec]);
      }
    } catch {
      // A study another test is about (or one being written) may not build; the others still count.
    }
  }
  return out;
}

describe('chart cache', () => {
  const all = figures();
  it('has figures to check', () => expect(all.length).toBeGreaterThan(0));
  it.each(all)(
    '%s: cached drawing = plain drawing',
    async (_name, spec) => {
      const plain = await drawInline(spec);
      expect(await chartToSvg(spec)).toBe(plain);
      // Same shape, other values (a data fix): still the plain drawing of the new spec.
      const values = ((spec.data as { values?: Record<string, unknown>[] } | undefined)?.values ?? []).map((v) => {
        const w = { ...v };
        for (const [k, x] of Object.entries(w))
          if (typeof x === 'number' && k !== 'x' && k !== 'order') w[k] = x * 1.1 + 0.5;
        return w;
      });
      if (values.length) {
        const moved = { ...spec, data: { values } };
        expect(await chartToSvg(moved)).toBe(await drawInline(moved));
      }
    },
    60_000,
  );
});
