/**
 * Comparison of an engine result with an oracle `expected` object by the rules of
 * test/fixtures/oracle/README.md: numbers within `rel` (case default, or per-field
 * overrides by path such as `welch.p` or `coefficients[2].p`) or `abs`, differences
 * ≤ 1e-14 always pass; counts, n, non-Welch df and levels exact; strings compare
 * case-insensitively; `null` must be `null`; fields absent from `expected` are not checked.
 */

export interface Tolerance {
  rel?: number;
  abs?: number;
  fields?: Record<string, { rel?: number; abs?: number }>;
}

/** Fields compared exactly (outside the Welch results, whose df are not integers). */
const EXACT = new Set([
  'n',
  'missing',
  'n1',
  'n2',
  'df',
  'df1',
  'df2',
  'lrDf',
  'a',
  'b',
  'c',
  'd',
  'total',
  'valid',
  'nNonZero',
  'zeros',
  'nPositive',
  'nNegative',
  'cellsBelow5',
  'nItems',
  'observed',
  'table',
  'rowLevels',
  'colLevels',
  'value',
  'level',
]);

function isExact(path: string): boolean {
  if (path.startsWith('welch.')) return false;
  const parts = path.split('.');
  return parts.some((p) => EXACT.has(p.replace(/\[\d+\]/g, '')));
}

export function compareExpected(expected: unknown, actual: unknown, tolerance: Tolerance, path = ''): string[] {
  const out: string[] = [];
  const where = path || '(root)';
  if (expected === null) {
    if (actual !== null) out.push(`${where}: expected null, got ${JSON.stringify(actual)}`);
    return out;
  }
  if (typeof expected === 'number') {
    if (typeof actual !== 'number') {
      out.push(`${where}: expected ${expected}, got ${JSON.stringify(actual)}`);
      return out;
    }
    const diff = Math.abs(actual - expected);
    // Counts are integers; a non-integer under such a name (Lilliefors' D) is a statistic.
    if (Number.isInteger(expected) && isExact(path)) {
      if (actual !== expected) out.push(`${where}: expected exactly ${expected}, got ${actual}`);
      return out;
    }
    if (diff <= 1e-14) return out;
    const field = tolerance.fields?.[path];
    const abs = field ? field.abs : tolerance.abs;
    const rel = field ? field.rel : tolerance.rel;
    const ok = abs !== undefined ? diff <= abs : diff <= (rel ?? 1e-6) * Math.abs(expected);
    if (!ok)
      out.push(
        `${where}: expected ${expected}, got ${actual} (|diff| ${diff.toExponential(2)}, rel ${(diff / Math.abs(expected)).toExponential(2)})`,
      );
    return out;
  }
  if (typeof expected === 'string') {
    if (typeof actual !== 'string' || actual.toLowerCase() !== expected.toLowerCase())
      out.push(`${where}: expected "${expected}", got ${JSON.stringify(actual)}`);
    return out;
  }
  if (typeof expected === 'boolean') {
    if (actual !== expected) out.push(`${where}: expected ${expected}, got ${JSON.stringify(actual)}`);
    return out;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) {
      out.push(`${where}: expected an array, got ${JSON.stringify(actual)}`);
      return out;
    }
    if (actual.length !== expected.length) {
      out.push(`${where}: expected ${expected.length} elements, got ${actual.length}`);
      return out;
    }
    expected.forEach((e, i) => out.push(...compareExpected(e, actual[i], tolerance, `${path}[${i}]`)));
    return out;
  }
  if (typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      out.push(`${where}: expected an object, got ${JSON.stringify(actual)}`);
      return out;
    }
    for (const [k, e] of Object.entries(expected as Record<string, unknown>)) {
      out.push(...compareExpected(e, (actual as Record<string, unknown>)[k], tolerance, path ? `${path}.${k}` : k));
    }
  }
  return out;
}

/** `{"error": …}` as the whole expected object: the engine must return an error value. */
export function expectsError(expected: unknown): boolean {
  return typeof expected === 'object' && expected !== null && Object.keys(expected).length === 1 && 'error' in expected;
}
