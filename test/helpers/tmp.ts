/** Temporary folders for tests, removed after the test file. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export const REPO = join(import.meta.dirname, '..', '..');

export function tempDir(prefix = 'naskah-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A copy of a study from studies/ that a test may change. */
export function copyStudy(name: string, into: string): string {
  const dest = join(into, name);
  cpSync(join(REPO, 'studies', name), dest, { recursive: true });
  return dest;
}
