/** What diff and verify say of a results.json they will not read (src/rebuild/messages.ts), word for word. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NaskahError } from '../../src/errors.ts';
import { loadBuild } from '../../src/rebuild/load.ts';
import { messages as M } from '../../src/rebuild/messages.ts';

describe('rebuild read messages', () => {
  it('word each refusal exactly', () => {
    expect(M.buildNotRegular('the old build', '/tmp/fifo')).toBe(
      'the old build "/tmp/fifo" is not a regular file (a device, pipe or socket)',
    );
    expect(M.buildNotRegularHint).toBe('Give a results.json file or a build folder such as out/<study-id>.');
    expect(M.resultsTooLarge('the new build', 'big.json', 120 * 1024 * 1024, 100 * 1024 * 1024)).toBe(
      'the new build "big.json" is 120 MB, more than the 100 MB naskah reads for a results.json',
    );
    expect(M.resultsTooLargeHint).toBe(
      'Give a results.json written by `naskah build`; the limits are listed in docs/limits.md.',
    );
  });

  it('refuses a device as a build', () => {
    const dir = mkdtempSync(join(tmpdir(), 'naskah-load-'));
    try {
      const err = (() => {
        try {
          loadBuild('/dev/null', dir, 'the old build');
        } catch (e) {
          return e;
        }
      })();
      expect(err).toBeInstanceOf(NaskahError);
      expect((err as NaskahError).code).toBe('diff/not-a-file');
      expect((err as NaskahError).message).toBe(
        'the old build "/dev/null" is not a regular file (a device, pipe or socket)',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
