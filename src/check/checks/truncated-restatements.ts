/**
 * A hand computation's result restated with its digits cut, not rounded. Theses that compute a
 * statistic step by step end the chain with many decimals ("= 0,6136375") and then state the
 * result in words ("didapat hasil koefisien korelasi sebesar 0.613"): 0,61364 rounds to 0,614,
 * and 0,613 is what cutting the digits gives. The restatement is read only when it closely
 * follows the computed value (same passage, no other computed value between), is introduced as
 * the result ("sebesar", "adalah", "yaitu", "of", "was"), keeps at least three significant
 * digits (so a different quantity is unlikely to match the cut digits) and fewer decimals than
 * the computation, and matches the cut value but not the rounded one (a value at a rounding
 * tie is left alone). Only the first restatement of each computed value is reported: later
 * ones repeat the same slip.
 */
import { makeFinding, type CheckContext, type CheckUnit, type Located } from './check.ts';

/** The end of a computation: "= 0,6136375" not followed by another operator. */
const COMPUTED = /=\s*(-?\d{1,6}[.,]\d{4,})(?![\d.,]*\d)(?!\s*[-+×x*/^:√])/gu;
/** The result told in words within the following passage. */
const RESTATED = /\b(?:sebesar|adalah|yaitu|ialah|bernilai|of|was)\s+(-?\d{1,6}[.,]\d{2,3})(?![\d]|[.,]\d)/giu;
const PASSAGE = 600;

function decimalsOf(raw: string): number {
  const m = /[.,](\d+)$/u.exec(raw);
  return m ? m[1]!.length : 0;
}

/** "0.613" → 3, "12,30" → 4: the digits from the first non-zero one. */
function significantDigits(raw: string): number {
  return raw.replace(/[-.,]/gu, '').replace(/^0+/u, '').length;
}

const numberOf = (raw: string) => Number(raw.replace(',', '.'));

export const truncatedRestatementsCheck: CheckUnit = {
  id: 'repeated-values',
  run(ctx: CheckContext): Located[] {
    const text = ctx.source.text;
    const out: Located[] = [];
    const computed = [...text.matchAll(COMPUTED)];
    computed.forEach((c, i) => {
      const preciseRaw = c[1]!;
      const from = c.index + c[0].length;
      const until = Math.min(from + PASSAGE, computed[i + 1]?.index ?? text.length);
      const passage = text.slice(from, until);
      const m = RESTATED.exec(passage);
      RESTATED.lastIndex = 0;
      if (!m) return;
      const printedRaw = m[1]!;
      const d = decimalsOf(printedRaw);
      if (d >= decimalsOf(preciseRaw) || significantDigits(printedRaw) < 3) return;
      const precise = numberOf(preciseRaw);
      const printed = numberOf(printedRaw);
      const scale = 10 ** d;
      const cut = Math.trunc(precise * scale + Math.sign(precise) * 1e-9) / scale;
      const rounded = (Math.round(Math.abs(precise) * scale) / scale) * Math.sign(precise);
      const tie = Math.abs((Math.abs(precise * scale) % 1) - 0.5) < 1e-9;
      if (tie || Math.abs(printed - cut) > 1e-9 || Math.abs(printed - rounded) < 1e-9) return;
      const start = from + m.index + m[0].lastIndexOf(printedRaw);
      const place = { start, end: start + printedRaw.length, quoteStart: c.index, quoteEnd: start + printedRaw.length };
      const decimal = printedRaw.includes(',') ? ',' : '.';
      const roundedRaw = rounded.toFixed(d).replace('.', decimal);
      out.push(
        makeFinding(
          ctx,
          'repeated-values',
          'inconsistent',
          place,
          printedRaw,
          ctx.m.truncatedRestatementRecomputed(preciseRaw, roundedRaw),
          ctx.m.truncatedRestatement(printedRaw, preciseRaw),
        ),
      );
    });
    return out;
  },
};
