/**
 * Maps a field path in a parsed YAML document to its line and column, so every
 * validation message can point into study.yaml.
 */
import { isMap, isSeq, isScalar, isPair, type LineCounter, type Document, type Node } from 'yaml';

export type FieldPath = (string | number)[];

export interface Locator {
  /** Position of the value at `path` (or of its key when `at` is 'key'); falls back to the nearest parent. */
  locate(path: FieldPath, at?: 'key' | 'value'): { line: number; column: number } | undefined;
}

export function makeLocator(doc: Document, counter: LineCounter): Locator {
  return {
    locate(path, at = 'value') {
      let node: unknown = doc.contents;
      let best: [number, number] | undefined = rangeOf(node);
      for (let i = 0; i < path.length; i++) {
        const seg = path[i]!;
        if (isMap(node)) {
          const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
          if (!pair) break;
          const last = i === path.length - 1;
          if (last && at === 'key') {
            best = rangeOf(pair.key) ?? best;
            break;
          }
          node = pair.value;
          best = rangeOf(node) ?? rangeOf(pair.key) ?? best;
        } else if (isSeq(node) && typeof seg === 'number') {
          node = node.items[seg];
          best = rangeOf(node) ?? best;
        } else break;
      }
      if (!best) return undefined;
      const pos = counter.linePos(best[0]);
      return { line: pos.line, column: pos.col };
    },
  };
}

function rangeOf(node: unknown): [number, number] | undefined {
  const r = (node as Node | undefined)?.range;
  return r ? [r[0], r[1]] : undefined;
}

/** `analyses[1].before` from ['analyses', 1, 'before']. */
export function formatPath(path: FieldPath): string {
  let s = '';
  for (const seg of path) s += typeof seg === 'number' ? `[${seg}]` : s ? `.${seg}` : seg;
  return s;
}

/** ajv's `/analyses/1/before` → ['analyses', 1, 'before']. */
export function pointerToPath(pointer: string): FieldPath {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
