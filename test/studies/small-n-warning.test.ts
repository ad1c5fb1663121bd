/**
 * A significance test asked for with too few pairs: a copy of pekerja-sosial-kdm (n = 3)
 * with a paired-comparison added. The build prints warning[analysis/small-n-test] and
 * still builds; the methods state the limitation and the conclusion draws none from the
 * test, in both languages; the reliable change text no longer claims that no test is
 * reported.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, type Run } from '../helpers/io.ts';
import { htmlText } from '../helpers/text.ts';
import { LOCALES } from '../../src/report/locale/index.ts';
import { copyStudy, tempDir } from '../helpers/tmp.ts';

const tmp = tempDir();
const out = join(tmp, 'out');
let build: Run;
let results: any;
const text: Record<string, string> = {};

beforeAll(async () => {
  const dir = copyStudy('pekerja-sosial-kdm', tmp);
  appendFileSync(
    join(dir, 'study.yaml'),
    [
      '  - id: uji',
      '    type: paired-comparison',
      '    before: pss_pre',
      '    after: pss_post',
      '    hypothesis: { direction: decrease }',
      '    labels:',
      '      before: { id: sebelum intervensi, en: before the intervention }',
      '      after: { id: sesudah intervensi, en: after the intervention }',
      '      outcome: { id: skor stres, en: stress score }',
      '',
    ].join('\n'),
  );
  build = await run(['build', dir, '--out', out, '--format', 'html,json']);
  results = JSON.parse(readFileSync(join(out, 'pekerja-sosial-kdm', 'results.json'), 'utf8'));
  for (const lang of ['id', 'en'])
    text[lang] = htmlText(readFileSync(join(out, 'pekerja-sosial-kdm', `${lang}.html`), 'utf8'));
}, 120_000);

describe('build output', () => {
  it('builds and prints the small-n warning with its location and a hint', () => {
    expect(build.code).toBe(0);
    expect(build.stderr).toContain('built pekerja-sosial-kdm');
    expect(build.stderr).toContain('warning[analysis/small-n-test]');
    expect(build.stderr).toMatch(/study\.yaml:\d+:\d+ \(analyses\[1\]\)/);
    expect(build.stderr).toContain('analysis "uji" asks for a significance test with only n = 3 pairs');
    expect(build.stderr).toContain('type: reliable-change');
    expect(build.stderr.match(/warning\[/g)).toHaveLength(1);
  });
  it('records the warning in results.json', () => {
    expect(results.analyses.uji.warnings).toEqual([{ code: 'small-n-test', n: 3, minimum: 5 }]);
    expect(results.analyses.perubahan.warnings).toBeUndefined();
  });
});

describe.each([
  [
    'en',
    (test: string) => ({
      method: new RegExp(
        `With only n = 3 pairs, the ${test} has almost no power and its p ?-value cannot support a conclusion either way; the test is reported for completeness only and no conclusion is drawn from it\\.`,
      ),
      conclusion: `With only n = 3 pairs, the ${test} of the stress score cannot support a conclusion either way.`,
      individual: /Change is described participant by participant because with n = 3 a significance test/,
      noTestClaim: 'No significance test of the change across participants is reported',
      hypothesis: 'the data do not support the hypothesis',
    }),
  ],
  [
    'id',
    (test: string) => ({
      method: new RegExp(
        `Dengan hanya n = 3 pasang, ${test} hampir tidak memiliki kuasa statistik dan nilai p ?-nya tidak dapat menjadi dasar simpulan ke arah mana pun; uji ini dilaporkan hanya sebagai pelengkap`,
      ),
      conclusion: `Dengan hanya n = 3 pasang, ${test} atas skor stres tidak dapat menjadi dasar simpulan ke arah mana pun.`,
      individual: /Perubahan dideskripsikan per partisipan karena dengan n = 3 uji signifikansi/,
      noTestClaim: 'Uji signifikansi atas perubahan seluruh partisipan tidak dilaporkan',
      hypothesis: 'tidak mendukung hipotesis',
    }),
  ],
] as const)('%s manuscript', (lang, expected) => {
  it('states the limitation in the methods and draws no conclusion from the test', () => {
    const testName = LOCALES[lang].tests[results.analyses.uji.test as string]!;
    expect(testName).toBeTruthy();
    const e = expected(testName);
    const t = text[lang]!;
    expect(t).toMatch(e.method);
    expect(t).toContain(e.conclusion);
    expect(t).not.toContain(e.hypothesis);
  });
  it('keeps the reliable change reasoning without claiming that no test is reported', () => {
    const e = expected('');
    expect(text[lang]).toMatch(e.individual);
    expect(text[lang]).not.toContain(e.noTestClaim);
  });
});
