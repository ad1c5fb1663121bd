/**
 * `naskah build --shard K/N`: a study's share comes from the SHA-256 of its id alone, so N
 * shards together build every study exactly once, whatever the order of the folders;
 * `naskah verify --shard K/N` checks the studies of one share against their builds.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/command.ts';
import { main } from '../../src/cli/main.ts';
import { NaskahError } from '../../src/errors.ts';
import { parseShard, selectShard, shardOf, studyIdOf } from '../../src/rebuild/shard.ts';
import { REPO, tempDir } from '../helpers/tmp.ts';

describe('the share of a study', () => {
  const ids = Array.from({ length: 500 }, (_, i) => `study-${i}`);

  it('is picked by the first 48 bits of the SHA-256 of the id, modulo N', () => {
    // `printf asn-metro | sha256sum` starts 09f75080c515: 0x09f75080c515 mod 3 = 1 → shard 2 of 3.
    expect(shardOf('asn-metro', 3)).toBe(2);
    expect(shardOf('asn-metro', 2)).toBe(2);
    expect(shardOf('s1', 3)).toBe(1);
    expect(shardOf('s2', 3)).toBe(3);
    expect(shardOf('anything', 1)).toBe(1);
  });

  for (const n of [1, 2, 3, 7, 16]) {
    it(`N = ${n}: every study falls in exactly one shard, whatever the order`, () => {
      const seen = new Map<string, number>();
      const reversed = [...ids].reverse();
      for (let k = 1; k <= n; k++) {
        const share = selectShard(ids, { index: k, count: n }, (d) => d);
        expect(new Set(selectShard(reversed, { index: k, count: n }, (d) => d))).toEqual(new Set(share));
        for (const id of share) seen.set(id, (seen.get(id) ?? 0) + 1);
      }
      expect(seen.size).toBe(ids.length);
      expect([...seen.values()].every((c) => c === 1)).toBe(true);
    });
  }

  it('spreads studies evenly: each of 4 shares holds 500/4 ± 20% of 500 studies', () => {
    for (let k = 1; k <= 4; k++) {
      const size = selectShard(ids, { index: k, count: 4 }, (d) => d).length;
      expect(size).toBeGreaterThan(100);
      expect(size).toBeLessThan(150);
    }
  });

  it('K/N must be whole numbers with 1 ≤ K ≤ N, or the message says how to write it', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/4', '5/4', '2', '2/0', 'a/b', '-1/3', '1.5/3']) {
      expect(() => parseShard(bad)).toThrow(NaskahError);
      expect(() => parseShard(bad)).toThrow(/needs K\/N with 1 ≤ K ≤ N/);
    }
  });

  it("uses the study.yaml id, not the folder name; an unreadable study.yaml falls back to the folder's name", () => {
    const files: Record<string, string> = {
      '/x/folder-a/study.yaml': 'id: s1\ntitle: t\n',
      '/x/folder-b/study.yaml': 'id: [unclosed\n',
    };
    const read = (p: string) => {
      const t = files[p];
      if (t === undefined) throw new Error('ENOENT');
      return t;
    };
    expect(studyIdOf('/x/folder-a', read)).toBe('s1');
    expect(studyIdOf('/x/folder-b', read)).toBe('folder-b');
    expect(studyIdOf('/x/folder-c', read)).toBe('folder-c');
  });
});

describe('naskah build --shard and naskah verify --shard', () => {
  const root = tempDir();
  // Folder names differ from the ids: the share must follow the id (which names out/<id>).
  const ids = ['s1', 's2', 's3', 's6'];
  const outputs: string[][] = [];
  const stderrs: string[] = [];

  async function runCli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const io: CliIO = {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      isTTY: false,
      cwd: root,
      env: { ...process.env },
    };
    return { code: await main(argv, io), stdout, stderr };
  }

  beforeAll(async () => {
    for (const [i, id] of ids.entries()) {
      const dir = join(root, 'studies', `folder-${i}`);
      cpSync(join(REPO, 'studies', 'asn-metro'), dir, { recursive: true });
      const f = join(dir, 'study.yaml');
      writeFileSync(f, readFileSync(f, 'utf8').replace(/^id: .*$/m, `id: ${id}`));
    }
    for (let k = 1; k <= 3; k++) {
      const out = join(root, `out-${k}`);
      const r = await runCli(['build', '--shard', `${k}/3`, '--out', out, '--lang', 'en', '--format', 'json']);
      expect(r.code).toBe(0);
      stderrs.push(r.stderr);
      outputs.push(existsSync(out) ? readdirSync(out).filter((d) => !d.startsWith('.')) : []);
    }
  }, 240_000);

  it('three shards together build every study of studies/ exactly once', () => {
    expect(outputs.flat().sort()).toEqual([...ids].sort());
    expect(outputs.map((o) => o.sort())).toEqual([['s1', 's6'], [], ['s2', 's3']]);
  });

  it('each shard says how many studies it took, and an empty share says so and succeeds', () => {
    expect(stderrs[0]).toContain('shard 1/3: 2 studies of 4');
    expect(stderrs[1]).toContain('shard 2/3: no study falls in this share');
  });

  it('verify --shard checks the studies of its share against <out>/<id>', async () => {
    const r = await runCli(['verify', '--shard', '3/3', '--against', join(root, 'out-3')]);
    expect(r.stderr).toContain('shard 3/3: 2 studies of 4');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('s2');
    expect(r.stdout).toContain('s3');
    expect(r.stdout).not.toContain('s1');
  }, 120_000);

  it('verify --shard fails (exit 2) for a study of the share whose build is missing', async () => {
    const r = await runCli(['verify', '--shard', '1/3', '--against', join(root, 'out-3')]);
    expect(r.code).toBe(2);
  }, 120_000);

  it('--shard with --watch is a usage error', async () => {
    const r = await runCli(['build', '--shard', '1/2', '--watch', join(root, 'studies', 'folder-0')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--shard splits a batch');
  });
});
