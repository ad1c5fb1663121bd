/**
 * Sharding: `naskah build --shard K/N` builds a deterministic 1/N share of the studies so
 * that the machines of a CI job matrix split thousands of studies with no coordinator.
 * A study belongs to the shard picked by the SHA-256 of its id (the `id:` of its
 * study.yaml, which names its output folder), so the split depends on nothing but the ids:
 * not on the machine, the order the folders are listed in, or which other studies exist.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'yaml';
import { NaskahError } from '../errors.ts';

export interface Shard {
  /** 1-based: the K of K/N. */
  index: number;
  count: number;
}

/** Parses "K/N" (1 ≤ K ≤ N); `flag` names the option in the message. */
export function parseShard(text: string, flag = '--shard'): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : Number.NaN;
  const count = m ? Number(m[2]) : Number.NaN;
  if (!m || count < 1 || index < 1 || index > count || !Number.isSafeInteger(count)) {
    throw new NaskahError('cli/usage', `${flag} "${text}" is not a shard: it needs K/N with 1 ≤ K ≤ N`, {
      hint: `e.g. ${flag} 2/4 builds the second of four shares; give each CI job its own K with the same N.`,
    });
  }
  return { index, count };
}

/** The shard (1-based) a study id falls in: the first 48 bits of its SHA-256, modulo N. */
export function shardOf(id: string, count: number): number {
  const h = createHash('sha256').update(id, 'utf8').digest();
  return (h.readUIntBE(0, 6) % count) + 1;
}

/**
 * The id a study folder builds under. A study.yaml that cannot be read or has no id
 * falls back to the folder name: the build reports the problem, in exactly one shard.
 */
export function studyIdOf(dir: string, read: (path: string) => string = (p) => readFileSync(p, 'utf8')): string {
  try {
    const doc = parse(read(`${dir}/study.yaml`)) as { id?: unknown } | null;
    if (doc && typeof doc.id === 'string' && doc.id) return doc.id;
  } catch {
    // The build of this study will name the error with its line and column.
  }
  return basename(dir);
}

/** The study folders of `dirs` that belong to `shard`, in their given order. */
export function selectShard(dirs: string[], shard: Shard, idOf: (dir: string) => string = studyIdOf): string[] {
  if (shard.count === 1) return dirs;
  return dirs.filter((d) => shardOf(idOf(d), shard.count) === shard.index);
}
