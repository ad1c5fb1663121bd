/**
 * A whole study with a linear-regression entry built through the CLI in both languages:
 * the generated Markdown resolves (tables, figures, citations of the methods) and both
 * figures are drawn as SVG with the manuscript's number format.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/io.ts';
import { REPO, tempDir } from '../helpers/tmp.ts';

const STUDY = `id: regresi
title: { id: Beban kerja dan kepuasan kerja, en: Workload and job satisfaction }
authors: [{ name: A. Penulis }]
design: correlational
data: { file: data/kepuasan.csv, id: id }
variables:
  unit:
    type: categorical
    label: { id: Unit kerja, en: Work unit }
    levels: { ICU: ICU, IGD: IGD, farmasi: Farmasi, poli: Poli, rawat_inap: { id: Rawat inap, en: Inpatient } }
  beban_kerja: { type: number, label: { id: Beban kerja, en: Workload } }
  dukungan_atasan: { type: number, label: { id: Dukungan atasan, en: Supervisor support } }
  kepuasan: { type: number, label: { id: Kepuasan kerja, en: Job satisfaction } }
analyses:
  - id: regresi_kepuasan
    type: linear-regression
    outcome: kepuasan
    predictors: [beban_kerja, dukungan_atasan, unit]
`;

describe('a study with a linear regression', () => {
  const root = tempDir('naskah-regression-');
  const dir = join(root, 'regresi');
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(join(dir, 'study.yaml'), STUDY);
  copyFileSync(join(REPO, 'test/fixtures/oracle/data/kepuasan_kerja.csv'), join(dir, 'data/kepuasan.csv'));
  const out = join(root, 'out');

  it('builds in both languages with its tables, figures and the cited methods', async () => {
    const r = await run(['build', dir, '--out', out, '--format', 'html,json']);
    expect(r.stderr).toContain('built regresi');
    expect(r.code).toBe(0);
    const en = readFileSync(join(out, 'regresi', 'en.html'), 'utf8');
    const id = readFileSync(join(out, 'regresi', 'id.html'), 'utf8');
    for (const html of [en, id]) {
      expect(html.match(/<svg/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
      expect(html).not.toContain(':figref[');
      expect(html).not.toContain('[@');
    }
    expect(en).toContain('Durbin, J., &amp; Watson, G. S. (1950)');
    expect(en).toContain('Cohen, J., Cohen, P., West, S. G., &amp; Aiken, L. S. (2003)');
    expect(en).toContain('Residuals against fitted values in the regression of the job satisfaction');
    expect(id).toContain('Residual terhadap nilai prediksi pada regresi kepuasan kerja');
    expect(id).toMatch(/F\(6; \d+\) = \d+,\d\d; p &#x3C; 0,001/);
    expect(id).toContain('>Unit kerja: Rawat inap dibandingkan ICU</text>');
    const results = JSON.parse(readFileSync(join(out, 'regresi', 'results.json'), 'utf8'));
    expect(results.analyses.regresi_kepuasan.result.residualPlot).toMatchObject({ n: 151, shown: 151, sampled: false });
  }, 60_000);
});
