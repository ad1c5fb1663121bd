/**
 * F's printed without df in a table whose header names each F column with its df
 * (recognisers/header-f-df.ts): the row's F's take them in order. The F tail probabilities were
 * computed in R 4 with pf(x, df1, df2, lower.tail = FALSE) at the ends of each printed F's
 * rounding interval. Each case lists every p-value finding, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const pFindings = (text: string) =>
  checkText(text, { lang: 'en' })
    .findings.filter((f) => f.check === 'p-value')
    .map((f) => [f.verdict, f.recomputed]);

describe("the df of an F column named in the table's header", () => {
  it('gives each F of a row the df of its column, in order', () => {
    const text =
      'Table 2. Scores before and after training\nA B Group F(2, 20), p Time F(1, 20), p\nScore 1\nPre 10.1 ± 2.0 11.2 ± 2.1 F=3.9, F=12.0,\nPost 12.0 ± 2.2 13.5 ± 2.0 p=.04 p<.01\nScore 2\nPre 8.4 ± 1.5 8.9 ± 1.2 F=1.2, F=5.1,\nPost 9.0 ± 1.6 9.8 ± 1.1 p=.03 p=.04\n';
    expect(pFindings(text)).toEqual([
      // F(2, 20) 3.85–3.95: p .0358–.0385, printed .04 (.035–.045).
      ['consistent', 'p = 0.0358 to 0.0385 for |F(2, 20)| ∈ [3.85, 3.95]'],
      // F(1, 20) 11.95–12.05: p .0024–.0025 < .01.
      ['consistent', 'p = 0.0024 to 0.0025 for |F(1, 20)| ∈ [11.95, 12.05]'],
      // F(2, 20) 1.15–1.25: p .3079–.3367, printed .03.
      ['decision-error', 'p = 0.3079 to 0.3367 for |F(2, 20)| ∈ [1.15, 1.25]'],
      // F(1, 20) 5.05–5.15: p .0345–.0361, printed .04.
      ['consistent', 'p = 0.0345 to 0.0361 for |F(1, 20)| ∈ [5.05, 5.15]'],
    ]);
  });

  it('gives no df when the row has more F columns than the header names', () => {
    const text =
      'Table 2. Scores\nA B Group F(2, 20), p Time, p\nPre 10.1 ± 2.0 11.2 ± 2.1 F=1.2, F=12.0,\nPost 12.0 ± 2.2 13.5 ± 2.0 p=.03 p<.01\n';
    expect(pFindings(text).map((f) => f[0])).toEqual(['not-checkable', 'not-checkable']);
  });
});
