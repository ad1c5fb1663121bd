/**
 * The last line of defence before a result leaves the statistics engine: any NaN or
 * ±Infinity that slipped through (an unforeseen degenerate input) becomes `null`, and the
 * result's top-level `note` records where, so nothing non-finite reaches results.json or
 * the manuscript.
 */

export function sanitizeResult<T>(result: T): T {
  const paths: string[] = [];
  const walk = (value: unknown, path: string): unknown => {
    if (typeof value === 'number') {
      if (Number.isFinite(value)) return value;
      paths.push(path || '(result)');
      return null;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = walk(value[i], `${path}[${i}]`);
      return value;
    }
    if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) {
      const obj = value as Record<string, unknown>;
      for (const key of Object.keys(obj)) obj[key] = walk(obj[key], path ? `${path}.${key}` : key);
      return obj;
    }
    if (ArrayBuffer.isView(value)) {
      // Typed arrays cannot hold null; results are plain JSON, so convert.
      return walk(Array.from(value as unknown as ArrayLike<number>), path);
    }
    return value;
  };
  const out = walk(result, '') as T;
  if (paths.length && out !== null && typeof out === 'object' && !Array.isArray(out)) {
    const obj = out as Record<string, unknown>;
    const msg = `non-finite value${paths.length > 1 ? 's' : ''} replaced by null: ${paths.join(', ')}`;
    obj.note = typeof obj.note === 'string' && obj.note ? `${obj.note}; ${msg}` : msg;
  }
  return out;
}

/** Every path in a value holding a non-finite number (for tests and assertions). */
export function nonFinitePaths(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path || '(value)'];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinitePaths(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
      nonFinitePaths(v, path ? `${path}.${k}` : k),
    );
  }
  return [];
}
